import type { CareerEdge, CareerGraph } from "../../../src/domain/careerGraph.ts";
import type { AskedQuestion } from "../../../src/domain/route/findRoutes.ts";
import type { Objective } from "../../../src/domain/route/question.ts";

/**
 * A plain, slow statement of what a route is and costs, independent of the finder's code: every route by
 * depth-first enumeration, each with its cost [months min, months max, steps, fee cents].
 */
export interface ReferenceRoute {
  readonly start: string;
  readonly edges: readonly string[];
  readonly cost: readonly number[];
}

const ORDER: Record<Objective, number[]> = { fastest: [0, 1, 2, 3], steps: [2, 0, 1, 3], cost: [3, 0, 2, 1] };

export function compareReference(objective: Objective, a: readonly number[], b: readonly number[]): number {
  for (const slot of ORDER[objective])
    if (a[slot] !== b[slot]) return (a[slot] as number) - (b[slot] as number);
  return 0;
}

const months = (years: number) => Math.round(years * 12);

function medianOf(values: number[], fallback: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? fallback : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
}

export function referenceRoutes(graph: CareerGraph, question: AskedQuestion): ReferenceRoute[] {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const isCredential = (id: string) => nodes.get(id)?.kind === "credential";
  const edges = graph.edges.filter(
    (e) => nodes.has(e.source) && nodes.has(e.target) && e.source !== e.target,
  );
  const lowest = (id: string) => {
    const fees = nodes.get(id)?.fees ?? [];
    return fees.length === 0 ? -1 : Math.round(Math.min(...fees.map((f) => f.amount)) * 100);
  };
  const unknownMonths = medianOf(
    graph.edges.filter((e) => e.time).map((e) => months(e.time?.minYears ?? 0)),
    12,
  );
  const unknownFee = medianOf(
    graph.nodes.map((n) => lowest(n.id)).filter((c) => c >= 0),
    0,
  );
  const time = (e: CareerEdge, most: boolean) => {
    if (e.time) return months(most ? Math.max(e.time.minYears, e.time.maxYears ?? 0) : e.time.minYears);
    return e.kind === "qualifies-for" ? 0 : unknownMonths;
  };
  const fee = (id: string) => (isCredential(id) ? (lowest(id) >= 0 ? lowest(id) : unknownFee) : 0);
  const honour = question.requirements;
  const avoid = new Set(question.avoid);
  const heldStart = new Set(
    question.held.filter((id) => isCredential(id) && !avoid.has(id) && id !== question.from),
  );
  if (honour && isCredential(question.from)) heldStart.add(question.from);
  const checkpoints = [...question.via, question.to].filter((v, i, all) => v !== all[i - 1]);
  if (new Set(checkpoints).size !== checkpoints.length) return [];
  const routes: ReferenceRoute[] = [];

  interface State {
    start: string;
    /** Nodes entered, with the months (min, max) they were entered at. */
    entered: { id: string; t0: number; t1: number }[];
    pos: string | null;
    posAt: [number, number];
    edges: string[];
    cost: number[];
    progress: number;
  }
  const holds = (s: State, c: string) => heldStart.has(c) || s.entered.slice(1).some((x) => x.id === c);
  const meets = (s: State, id: string) =>
    (nodes.get(id)?.requirements?.credentials ?? []).every((g) =>
      g.oneOf.some((c) => isCredential(c) && holds(s, c)),
    );
  const byId = new Map(edges.map((e) => [e.id, e]));
  /** No pointless exams: each credential earned is left from, asked for later, a stop or the goal. */
  const everyExamUsed = (s: State) =>
    s.edges.every((id, i) => {
      const target = byId.get(id)?.target ?? "";
      if (!isCredential(target) || checkpoints.includes(target)) return true;
      return s.edges.slice(i + 1).some((laterId) => {
        const later = byId.get(laterId);
        const asks = nodes.get(later?.target ?? "")?.requirements?.credentials ?? [];
        return later?.source === target || asks.some((g) => g.oneOf.includes(target));
      });
    });
  const visit = (s: State) => {
    if (s.progress === checkpoints.length) {
      if (!honour || everyExamUsed(s)) routes.push({ start: s.start, edges: s.edges, cost: s.cost });
      return;
    }
    const moves: [CareerEdge, [number, number]][] = [];
    const last = s.entered.at(-1) as State["entered"][number];
    if (!honour) {
      for (const e of edges) if (e.source === last.id) moves.push([e, [last.t0, last.t1]]);
    } else {
      for (const e of edges) {
        if (e.source === s.pos && e.kind !== "qualifies-for") moves.push([e, s.posAt]);
        if (e.kind !== "qualifies-for" || !isCredential(e.source) || !holds(s, e.source)) continue;
        if (e.target === s.pos || isCredential(e.target)) continue;
        const earned = s.entered.slice(1).find((x) => x.id === e.source);
        moves.push([e, earned ? [earned.t0, earned.t1] : [0, 0]]);
      }
    }
    for (const [e, [a0, a1]] of moves) {
      const w = e.target;
      if (avoid.has(w) || s.entered.some((x) => x.id === w)) continue;
      if (honour ? heldStart.has(w) : heldStart.has(w) || w === question.from) continue;
      const at = checkpoints.indexOf(w);
      if (at >= 0 && at !== s.progress) continue;
      if (honour && !meets(s, w)) continue;
      const wait = honour ? months(nodes.get(w)?.requirements?.experience?.years ?? 0) : 0;
      const t0 = Math.max(s.cost[0] as number, a0 + time(e, false), wait);
      const t1 = Math.max(s.cost[1] as number, a1 + time(e, true), wait);
      const stays = honour && isCredential(w);
      visit({
        start: s.start,
        entered: [...s.entered, { id: w, t0, t1 }],
        pos: stays ? s.pos : w,
        posAt: stays ? s.posAt : [t0, t1],
        edges: [...s.edges, e.id],
        cost: [t0, t1, (s.cost[2] as number) + 1, (s.cost[3] as number) + fee(w)],
        progress: at >= 0 ? s.progress + 1 : s.progress,
      });
    }
  };
  const starts = honour ? [question.from] : [question.from, ...heldStart];
  for (const start of starts) {
    if (avoid.has(start) || !nodes.has(start)) continue;
    let progress = checkpoints[0] === start ? 1 : 0;
    if (honour)
      while (progress < checkpoints.length && heldStart.has(checkpoints[progress] as string)) progress++;
    const pos = honour && isCredential(start) ? null : start;
    visit({
      start,
      entered: [{ id: start, t0: 0, t1: 0 }],
      pos,
      posAt: [0, 0],
      edges: [],
      cost: [0, 0, 0, 0],
      progress,
    });
  }
  return routes;
}

/**
 * The routes as a person tells them apart: parallel paths and the order of exams taken one after another
 * in one role do not count. The best cost of each, best first under the objective.
 */
export function distinctBest(graph: CareerGraph, routes: ReferenceRoute[], objective: Objective) {
  const byId = new Map(graph.edges.map((e) => [e.id, e]));
  const best = new Map<string, ReferenceRoute>();
  for (const route of routes) {
    const look = lookOf(route.edges.map((id) => byId.get(id) as CareerEdge));
    const known = best.get(look);
    if (!known || compareReference(objective, route.cost, known.cost) < 0) best.set(look, route);
  }
  return [...best.entries()]
    .map(([look, route]) => ({ look, route }))
    .sort((a, b) => compareReference(objective, a.route.cost, b.route.cost));
}

export function lookOf(edges: readonly CareerEdge[]): string {
  const parts: string[] = [];
  let block: string[] = [];
  let source = "";
  for (const e of edges) {
    const part = `${e.source}\u0000${e.target}`;
    if (e.kind === "prepares-for" && (block.length === 0 || e.source === source)) {
      source = e.source;
      block.push(part);
      continue;
    }
    parts.push(...block.sort());
    block = [];
    if (e.kind === "prepares-for") {
      source = e.source;
      block.push(part);
    } else parts.push(part);
  }
  parts.push(...block.sort());
  return parts.join("\u0001");
}
