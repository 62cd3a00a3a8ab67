import type { CareerEdge, CareerGraph, CareerNode } from "../../src/domain/careerGraph.ts";
import { seeded } from "../../src/domain/layout/random.ts";

export const LEVELS = ["entry", "mid", "advanced", "master"] as const;
const LEVEL_SHARE = [0.35, 0.3, 0.2, 0.15];
const SOURCE = "https://example.org/bench";
export const ISSUERS = ["aapc", "ahima", "guild"] as const;

export interface LevelGroup {
  readonly positions: CareerNode[];
  readonly credentials: CareerNode[];
}

/** Each level's generated positions and credentials (`credentialShare` of each level, at least one). */
export function levelGroups(nodeCount: number, credentialShare: number): LevelGroup[] {
  return LEVELS.map((level, l) => {
    const size = Math.max(2, Math.round(nodeCount * (LEVEL_SHARE[l] ?? 0)));
    const credentials = Math.max(1, Math.round(size * credentialShare));
    const make = (kind: CareerNode["kind"], count: number, tag: string) =>
      Array.from({ length: count }, (_, i): CareerNode => {
        const id = `${level}-${tag}${i}`;
        const node = { id, kind, level, label: id, summary: `Generated ${kind}.`, sources: [SOURCE] };
        return kind === "credential" ? { ...node, issuer: ISSUERS[i % ISSUERS.length] as string } : node;
      });
    return {
      positions: make("position", size - credentials, "p"),
      credentials: make("credential", credentials, "c"),
    };
  });
}

/** Picks a node of a list near a "column" (0 to 1), as real maps cluster by specialty; never `avoid`. */
export function nearPicker(random: () => number) {
  return (list: readonly CareerNode[], column: number, avoid?: string): CareerNode => {
    const spread = 0.01 + 3 / list.length;
    let i = Math.round((column + (random() * 2 - 1) * spread) * (list.length - 1));
    i = Math.min(list.length - 1, Math.max(0, i));
    if (list[i]?.id === avoid) i = i === 0 ? 1 : i - 1;
    return list[i] as CareerNode;
  };
}

/**
 * The lateral target nearest to `picked` (outward from it, in the list's order) that no lateral joins to
 * `source` yet, in either direction: Cytoscape cannot draw parallel laterals between two close nodes and
 * warns for each. Takes no random draw, so every other edge of a lattice stays as it was.
 */
export function freeLateral(
  list: readonly CareerNode[],
  picked: CareerNode,
  source: CareerNode,
  joined: Set<string>,
): CareerNode {
  const pair = (target: CareerNode) => [source.id, target.id].sort().join("\u0000");
  const start = list.indexOf(picked);
  for (let step = 0; step < list.length; step++) {
    for (const i of step === 0 ? [start] : [start + step, start - step]) {
      const target = list[i];
      if (target && target.id !== source.id && !joined.has(pair(target))) {
        joined.add(pair(target));
        return target;
      }
    }
  }
  return picked;
}

/**
 * Where a generated edge starts: a random level, a position or (with `credentialShare`) a credential of it,
 * and the column it sits in. Both lattices draw their edges this way, in this order of random draws.
 */
export function pickEdgeSource(groups: readonly LevelGroup[], random: () => number, credentialShare: number) {
  const l = Math.floor(random() * LEVELS.length);
  const group = groups[l] as LevelGroup;
  const next = groups[Math.min(l + 1, LEVELS.length - 1)] as LevelGroup;
  const isCredential = random() < credentialShare;
  const list = isCredential ? group.credentials : group.positions;
  const column = Math.floor(random() * list.length) / Math.max(1, list.length - 1);
  const source = list[Math.round(column * (list.length - 1))] as CareerNode;
  return { group, next, ahead: l + 1 < LEVELS.length, isCredential, column, source };
}

/**
 * A career lattice shaped like the real map: four levels, 70% positions and 30% credentials per level.
 * Edges run forward a level or stay level (laterals, credentials), never back; each goes to a node near
 * the same "column", as real maps cluster by specialty, so routes are several steps long.
 */
export function generateLattice(nodeCount: number, edgeCount: number, seed: number): CareerGraph {
  const random = seeded(seed);
  const groups = levelGroups(nodeCount, 0.3);
  const near = nearPicker(random);
  const edges: CareerEdge[] = [];
  const basis = { kind: "inferred", note: "generated" } as const;
  const joined = new Set<string>();
  while (edges.length < edgeCount) {
    const { group, next, ahead, isCredential, column, source } = pickEdgeSource(groups, random, 0.3);
    const r = random();
    let edge: Omit<CareerEdge, "id" | "basis">;
    if (isCredential) {
      const to = near(r < 0.6 && ahead ? next.positions : group.positions, column);
      edge = { source: source.id, target: to.id, kind: "qualifies-for" };
    } else if (r < 0.5 && ahead) {
      edge = { source: source.id, target: near(next.positions, column).id, kind: "advances-to" };
    } else if (r < 0.7) {
      const to = freeLateral(group.positions, near(group.positions, column, source.id), source, joined);
      edge = { source: source.id, target: to.id, kind: "lateral" };
    } else {
      const to = near(random() < 0.5 && ahead ? next.credentials : group.credentials, column);
      edge = { source: source.id, target: to.id, kind: "prepares-for" };
    }
    edges.push({ id: `e${edges.length}`, ...edge, basis });
  }
  return {
    version: 2,
    title: `Generated lattice ${nodeCount}/${edgeCount}`,
    levels: LEVELS.map((id) => ({ id, label: id })),
    issuers: ISSUERS.map((id) => ({ id, label: id.toUpperCase() })),
    nodes: groups.flatMap((g) => [...g.positions, ...g.credentials]),
    edges,
  };
}
