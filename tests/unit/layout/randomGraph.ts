import type { CareerEdge, CareerGraph, CareerNode } from "../../../src/domain/careerGraph.ts";
import { seeded } from "../../../src/domain/layout/random.ts";
import { makeCredential, makeEdge, makeGraph, makePosition } from "../../fixtures/builders.ts";

const WORDS = [
  "Medical",
  "Coder",
  "Senior",
  "Billing",
  "Auditor",
  "Clinical",
  "Director",
  "of",
  "HIM",
  "Revenue",
];
/** Ids a plain object would mishandle, mixed in to prove the layout keys by Map. */
const AWKWARD_IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", " ", "ñ-é"];

export interface RandomGraphOptions {
  readonly nodes: number;
  readonly edges: number;
  readonly levels?: number;
  readonly seed?: number;
}

/**
 * A layered career graph: levels in order, about a third credentials, labels of varied length, and edges
 * of every kind that never lead to a lower level (advances go to the same or the next level).
 */
export function randomLayeredGraph({ nodes, edges, levels = 4, seed = 1 }: RandomGraphOptions): CareerGraph {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const levelIds = Array.from({ length: levels }, (_, i) => `level-${i}`);
  const list: CareerNode[] = [];
  for (let i = 0; i < nodes; i++) {
    const id = i < AWKWARD_IDS.length ? (AWKWARD_IDS[i] ?? `n${i}`) : `n${i}`;
    const level = pick(levelIds);
    const label = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(WORDS)).join(" ");
    list.push(random() < 0.3 ? makeCredential(id, level, { label }) : makePosition(id, level, { label }));
  }
  const rank = new Map(levelIds.map((id, i) => [id, i]));
  const byLevel = (level: number, kind: CareerNode["kind"]) =>
    list.filter((node) => rank.get(node.level) === level && node.kind === kind);
  const groups = new Map<string, CareerNode[]>();
  const group = (level: number, kind: CareerNode["kind"]) => {
    const key = `${level}/${kind}`;
    const found = groups.get(key) ?? byLevel(level, kind);
    groups.set(key, found);
    return found;
  };
  const out: CareerEdge[] = [];
  for (let tries = 0; out.length < edges && tries < edges * 20; tries++) {
    const kind = pick(["advances-to", "advances-to", "lateral", "qualifies-for", "prepares-for"] as const);
    const from = Math.floor(random() * levels);
    const to = kind === "lateral" ? from : Math.min(levels - 1, from + (random() < 0.6 ? 1 : 0));
    const sourceKind = kind === "qualifies-for" ? "credential" : "position";
    const targetKind = kind === "prepares-for" ? "credential" : "position";
    const sources = group(from, sourceKind);
    const targets = group(to, targetKind);
    if (sources.length === 0 || targets.length === 0) continue;
    const source = pick(sources);
    const target = pick(targets);
    if (source.id !== target.id) out.push(makeEdge(source.id, target.id, kind, `e${out.length}`));
  }
  const graph = makeGraph(list, out);
  return { ...graph, levels: levelIds.map((id, i) => ({ id, label: `Level ${i + 1}` })) };
}
