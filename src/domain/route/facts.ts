import type { CareerEdge, CareerNode, EdgeKind, Fee } from "../careerGraph.ts";

/** Edge kinds as small numbers for the search's typed arrays. */
export const KIND_CODE: Record<EdgeKind, number> = {
  "advances-to": 0,
  lateral: 1,
  "qualifies-for": 2,
  "prepares-for": 3,
};
export const QUALIFIES = 2;

/**
 * A career map's requirements, times and fees as numbers the route search can use quickly. Times are whole
 * months and fees whole cents, so sums are exact and ties are real ties.
 */
export interface RouteFacts {
  readonly isCredential: Uint8Array;
  /** Per node: its credential groups as node numbers (a group naming no credential of the map is empty). */
  readonly groups: readonly (readonly Int32Array[])[];
  /** Per node: months of experience it asks for, 0 for none. */
  readonly experienceMonths: Int32Array;
  /** Per node: the lowest exam fee the map lists, in cents; -1 where it lists none. */
  readonly feeCents: Float64Array;
  readonly edgeKind: Uint8Array;
  /** Per edge: the typical time before the move in months; -1 where the map gives none. */
  readonly edgeMinMonths: Int32Array;
  readonly edgeMaxMonths: Int32Array;
  /** What a path without a time counts for when routes are ranked: the median of the map's path times. */
  readonly unknownMonths: number;
  /** What an exam without a fee counts for when routes are ranked: the median of the map's lowest fees. */
  readonly unknownFeeCents: number;
  readonly hasTimes: boolean;
  /** Per edge: the months it counts for when ranked (see `edgeMonths` in costs.ts), least and most. */
  readonly rankMin: Float64Array;
  readonly rankMax: Float64Array;
  /** Per node: the fee cents entering it counts for when ranked (credentials; 0 for positions). */
  readonly rankFee: Float64Array;
}

const toMonths = (years: number) => Math.round(years * 12);

/** The fee that counts for a credential: the lowest listed (often the members' price). */
export function lowestFee(fees: readonly Fee[] | undefined): Fee | undefined {
  let best: Fee | undefined;
  for (const fee of fees ?? []) if (best === undefined || fee.amount < best.amount) best = fee;
  return best;
}

function median(values: number[], fallback: number): number {
  if (values.length === 0) return fallback;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

export function buildRouteFacts(
  nodes: readonly CareerNode[],
  edges: readonly CareerEdge[],
  indexOf: ReadonlyMap<string, number>,
): RouteFacts {
  const n = nodes.length;
  const isCredential = new Uint8Array(n);
  const experienceMonths = new Int32Array(n);
  const feeCents = new Float64Array(n).fill(-1);
  const groups = nodes.map((node, v) => {
    isCredential[v] = node.kind === "credential" ? 1 : 0;
    const years = node.requirements?.experience?.years;
    if (years !== undefined) experienceMonths[v] = toMonths(years);
    const fee = lowestFee(node.fees);
    if (fee !== undefined) feeCents[v] = Math.round(fee.amount * 100);
    return (node.requirements?.credentials ?? []).map((group) =>
      Int32Array.from(
        group.oneOf.flatMap((id) => {
          const c = indexOf.get(id);
          return c !== undefined && nodes[c]?.kind === "credential" ? [c] : [];
        }),
      ),
    );
  });
  const m = edges.length;
  const edgeKind = new Uint8Array(m);
  const edgeMinMonths = new Int32Array(m).fill(-1);
  const edgeMaxMonths = new Int32Array(m).fill(-1);
  const known: number[] = [];
  edges.forEach((edge, e) => {
    edgeKind[e] = KIND_CODE[edge.kind];
    if (!edge.time) return;
    const min = toMonths(edge.time.minYears);
    edgeMinMonths[e] = min;
    edgeMaxMonths[e] = Math.max(min, toMonths(edge.time.maxYears ?? edge.time.minYears));
    known.push(min);
  });
  const fees = [...feeCents].filter((cents) => cents >= 0);
  const unknownMonths = median(known, 12);
  const unknownFeeCents = median(fees, 0);
  const rank = (own: Int32Array) =>
    Float64Array.from(own, (months, e) =>
      months >= 0 ? months : edgeKind[e] === QUALIFIES ? 0 : unknownMonths,
    );
  return {
    isCredential,
    groups,
    experienceMonths,
    feeCents,
    edgeKind,
    edgeMinMonths,
    edgeMaxMonths,
    unknownMonths,
    unknownFeeCents,
    hasTimes: known.length > 0,
    rankMin: rank(edgeMinMonths),
    rankMax: rank(edgeMaxMonths),
    rankFee: Float64Array.from(feeCents, (cents, v) =>
      isCredential[v] !== 1 ? 0 : cents >= 0 ? cents : unknownFeeCents,
    ),
  };
}
