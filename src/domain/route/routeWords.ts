import type { EdgeBasis, EdgeKind } from "../careerGraph.ts";
import { labelWithYear } from "../figureLabel.ts";
import type { Pay, RouteExplanation, RouteStep, Years } from "./explainRoute.ts";
import type { Need } from "./needs.ts";
import type { Objective } from "./question.ts";

/** Words shared by the route finder and the printed plan, so the screen and the paper say the same. */

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

export const OBJECTIVE_WORDS: Record<Objective, string> = {
  fastest: "Fastest",
  steps: "Fewest steps",
  cost: "Lowest exam cost",
};

/** The fee rule in one sentence, shown beside the objective choice and on the printed plan. */
export const FEE_RULE =
  "Exam cost adds the lowest fee the map lists for each exam (often the members' price).";

const PATH_WORDS: Record<EdgeKind, string> = {
  "advances-to": "promotion",
  lateral: "lateral move",
  "prepares-for": "exam preparation",
  "qualifies-for": "credential entry",
};

function amountOfTime(years: number): string {
  if (years === 0) return "0 years";
  if (years < 1) return plural(Math.round(years * 12), "month");
  const rounded = Math.round(years * 10) / 10;
  return `${rounded} year${rounded === 1 ? "" : "s"}`;
}

/** "2 years", "1–3 years", "6 months". */
export function yearsText(years: Years): string {
  if (years.min === years.max) return amountOfTime(years.min);
  const max = amountOfTime(years.max);
  if (years.min >= 1 && years.max >= 1) return `${Math.round(years.min * 10) / 10}–${max}`;
  return `${amountOfTime(years.min)} to ${max}`;
}

/** The route's total time, saying how many steps the map gives no time for instead of counting them as none. */
export function totalYearsText({ totals }: RouteExplanation): string {
  const unknown = totals.stepsWithoutTime;
  if (totals.steps === 0) return "no time";
  if (unknown > 0 && totals.years.max === 0) return "time not on the map";
  const base = yearsText(totals.years);
  return unknown === 0 ? base : `${base} + ${plural(unknown, "step")} without a time`;
}

export function moneyText(amount: number, currency = "USD"): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

/** "$399 in exam fees (2025)", "no exam fees", with exams the map has no fee for named as such. */
export function feesText({ totals }: RouteExplanation): string {
  const { fees, examsWithoutFee, credentialsToEarn } = totals;
  if (credentialsToEarn.length === 0) return "no exams";
  const known = credentialsToEarn.length - examsWithoutFee;
  const parts: string[] = [];
  if (known > 0)
    parts.push(`${moneyText(fees.amount, fees.currency)} in exam fees (${fees.years.join(", ")})`);
  if (examsWithoutFee > 0) parts.push(`${plural(examsWithoutFee, "exam")} without a fee on the map`);
  return parts.join(" + ");
}

/** "$48,780 a year (BLS, median pay 2024)". */
export function payText(pay: Pay | null): string {
  return pay === null ? "pay not on the map" : `${moneyText(pay.value)} a year (${labelWithYear(pay)})`;
}

/** What the route does at a step, in a few words. */
export function stepAction(step: RouteStep): string {
  switch (step.kind) {
    case "advance":
      return `Advance from ${step.from.label} to ${step.to.label}`;
    case "lateral":
      return `Move across from ${step.from.label} to ${step.to.label}`;
    case "earn-credential":
      return `Earn ${step.to.label} while in ${step.from.label}`;
    case "qualify":
      return `With ${step.from.label}, get hired as ${step.to.label}`;
  }
}

/** The step's own time: "about 2–3 years in Coder first", or that the map has none. */
export function stepTimeText(step: RouteStep): string {
  if (step.time === null) {
    return step.kind === "qualify" ? "No time of its own on the map" : "The map gives no time for this step";
  }
  const where = step.kind === "qualify" ? `holding ${step.from.label}` : `in ${step.from.label}`;
  return `Typically ${yearsText(step.time)} ${where} first`;
}

/** After the step's own time: the wait for experience, if any, and when the step is done. */
export function stepTimingTail(step: RouteStep): string {
  const wait =
    step.waitYears > 0
      ? `; then about ${yearsText({ min: step.waitYears, max: step.waitYears })} more for the experience asked`
      : "";
  return `${wait}. Done by year ${yearsText(step.doneBy)}.`;
}

/** One requirement as a sentence: what is asked, and how the route meets it. */
export function needText(need: Need, honoured: boolean): string {
  if (need.kind === "credential") {
    const names = need.oneOf.map((c) => c.label).join(", ");
    const asked = need.oneOf.length === 1 ? `Needs ${names}` : `Needs one of ${names}`;
    if (need.metBy) return `${asked}: you hold ${need.metBy.label} by then`;
    return honoured ? asked : `${asked}: not met (requirements are off)`;
  }
  if (need.kind === "experience") {
    const what = need.text === null ? "" : ` ${need.text}`;
    return `${amountOfTime(need.years)} of experience${what}`;
  }
  return `Education: ${need.text}`;
}

/** Why the map says so: its source, or "Editorial" and the reasoning. */
export function basisText(basis: EdgeBasis): string {
  return basis.kind === "sourced" ? `Source: ${basis.source}` : `Editorial: ${basis.note}`;
}

/** "also a lateral move" for a step whose two nodes are joined by other kinds of path as well. */
export function otherPathsText(step: RouteStep): string | null {
  if (step.otherKinds.length === 0) return null;
  return `also possible as ${step.otherKinds.map((kind) => `a ${PATH_WORDS[kind]}`).join(" or ")}`;
}

/** The route's moves in a row, e.g. "Earn CPC · Coder · Supervisor": enough to tell two routes apart. */
export function stepsInShort(explanation: RouteExplanation): string {
  if (explanation.steps.length === 0) return "You are already there";
  return explanation.steps
    .map((step) => {
      if (step.kind === "earn-credential") return `earn ${step.to.label}`;
      if (step.kind === "qualify") return `${step.to.label} (with ${step.from.label})`;
      return step.to.label;
    })
    .join(" → ");
}

/**
 * What sets a route apart from the others: the nodes it goes through or credentials it earns that the
 * first route does not, and what it leaves out; the first route is "the best by" the objective.
 */
export function differenceText(all: readonly RouteExplanation[], rank: number, objective: Objective): string {
  const mine = all[rank];
  const best = all[0];
  if (!mine || !best) return "";
  if (rank === 0) return `${OBJECTIVE_WORDS[objective]} of the ${plural(all.length, "route")} found`;
  const inner = (x: RouteExplanation) => new Set(x.steps.slice(0, -1).map((step) => step.to.label));
  const ours = inner(mine);
  const theirs = inner(best);
  const added = [...ours].filter((label) => !theirs.has(label));
  const dropped = [...theirs].filter((label) => !ours.has(label));
  const parts: string[] = [];
  if (added.length > 0) parts.push(`goes through ${added.join(", ")}`);
  if (dropped.length > 0) parts.push(`skips ${dropped.join(", ")}`);
  if (mine.start.id !== best.start.id) parts.push(`starts from ${mine.start.label}`);
  return parts.length > 0
    ? `Unlike route 1, ${parts.join("; ")}`
    : "Same stops as route 1, in another order or way";
}
