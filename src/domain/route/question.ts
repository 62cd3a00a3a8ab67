/** The most ranked alternatives a question may ask for. */
export const MAX_ROUTES = 5;

/** What "best" means for a route: fewest years, fewest steps, or the lowest total of exam fees. */
export type Objective = "fastest" | "steps" | "cost";

export const OBJECTIVES: readonly Objective[] = ["fastest", "steps", "cost"];

/**
 * The route question, one shape for the store, the address bar and the route finder. Ids are node ids of
 * the career map; `from` and `to` are null while the person fills the question in.
 *
 * - `held`: credentials the person already has; they count for every requirement and are never earned again.
 * - `via`: nodes the route must enter (or, for a credential, earn), in this order.
 * - `avoid`: nodes the route must not touch; an avoided held credential does not count.
 * - `objective`: null means the map's default ({@link defaultObjective}).
 * - `requirements`: true honours what each position and exam asks for; false follows the map's arrows as
 *   drawn, for authors checking their paths.
 */
export interface RouteQuestion {
  readonly from: string | null;
  readonly to: string | null;
  readonly held: readonly string[];
  readonly via: readonly string[];
  readonly avoid: readonly string[];
  readonly objective: Objective | null;
  readonly requirements: boolean;
}

export const EMPTY_QUESTION: RouteQuestion = {
  from: null,
  to: null,
  held: [],
  via: [],
  avoid: [],
  objective: null,
  requirements: true,
};

/** Whether the person has set anything that the Clear button would take away. */
export function hasAnything(question: RouteQuestion): boolean {
  const { from, to, held, via, avoid } = question;
  return from !== null || to !== null || held.length + via.length + avoid.length > 0;
}

/** "Fastest" where the map gives times for its paths; otherwise "fewest steps", the only measure it has. */
export function defaultObjective(hasTimes: boolean): Objective {
  return hasTimes ? "fastest" : "steps";
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export function sameQuestion(a: RouteQuestion, b: RouteQuestion): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    sameIds(a.held, b.held) &&
    sameIds(a.via, b.via) &&
    sameIds(a.avoid, b.avoid) &&
    a.objective === b.objective &&
    a.requirements === b.requirements
  );
}

/**
 * The nodes a list of the question may not take, because another part of the question already uses them:
 * the ends are never held, stops or avoided, and a node is not both a stop and avoided.
 */
export function unavailableFor(question: RouteQuestion, list: "held" | "via" | "avoid"): string[] {
  const ends = [question.from, question.to].filter((id): id is string => id !== null);
  if (list === "held") return ends;
  return [...ends, ...(list === "via" ? question.avoid : question.via)];
}
