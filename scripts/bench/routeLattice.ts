import type { CareerEdge, CareerGraph, CareerNode } from "../../src/domain/careerGraph.ts";
import { seeded } from "../../src/domain/layout/random.ts";
import { ISSUERS, LEVELS, levelGroups, nearPicker, pickEdgeSource } from "./lattice.ts";

const SOURCE = "https://example.org/bench";
const basis = { kind: "inferred", note: "generated" } as const;

/**
 * A career lattice with requirements, for the route benchmark: four levels, about a tenth of the nodes
 * credentials, a third of the positions asking for "one of" two credentials near their column (from their
 * own level or the one below, so routes can earn them on the way) and the upper levels for years of
 * experience; every path has a time, every credential a fee. Seeded: each run measures the same graph.
 */
export function requirementLattice(nodeCount: number, edgeCount: number, seed: number): CareerGraph {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const groups = levelGroups(nodeCount, 0.1);
  const near = nearPicker(random);
  const columnOf = (list: readonly CareerNode[], node: CareerNode) =>
    list.indexOf(node) / Math.max(1, list.length - 1);
  groups.forEach((group, l) => {
    const below = groups[Math.max(0, l - 1)] ?? group;
    group.positions.forEach((node, i) => {
      const column = i / Math.max(1, group.positions.length - 1);
      const years = [0, 1, 3, 5][l] ?? 0;
      const asks = random() < 1 / 3;
      if (!asks && years === 0) return;
      const pool = [...group.credentials, ...below.credentials];
      const oneOf = asks ? [near(below.credentials, column).id, near(group.credentials, column).id] : [];
      node.requirements = {
        ...(asks
          ? { credentials: [{ oneOf: [...new Set(oneOf.length > 0 ? oneOf : [pick(pool).id])], basis }] }
          : {}),
        ...(years > 0 && random() < 0.5 ? { experience: { years, basis } } : {}),
      };
    });
    for (const node of group.credentials) {
      node.fees = [
        { amount: 100 + Math.round(random() * 10) * 50, currency: "USD", year: 2025, source: SOURCE },
      ];
    }
  });
  const edges: CareerEdge[] = [];
  const time = () => {
    const minYears = pick([0.5, 1, 1.5, 2, 3]);
    return { minYears, maxYears: minYears + pick([0, 0.5, 1, 2]), basis };
  };
  // Every credential is prepared for by a position near it and opens a position near it, so none is a dead end.
  groups.forEach((group, l) => {
    const next = groups[Math.min(l + 1, LEVELS.length - 1)] ?? group;
    for (const c of group.credentials) {
      const column = columnOf(group.credentials, c);
      edges.push({
        id: `p${edges.length}`,
        source: near(group.positions, column).id,
        target: c.id,
        kind: "prepares-for",
        basis,
        time: time(),
      });
      edges.push({
        id: `q${edges.length}`,
        source: c.id,
        target: near(next.positions, column).id,
        kind: "qualifies-for",
        basis,
      });
    }
  });
  while (edges.length < edgeCount) {
    const { group, next, ahead, isCredential, column, source } = pickEdgeSource(groups, random, 0.1);
    const r = random();
    const id = `e${edges.length}`;
    if (isCredential) {
      const to = near(r < 0.6 && ahead ? next.positions : group.positions, column);
      edges.push({ id, source: source.id, target: to.id, kind: "qualifies-for", basis });
    } else if (r < 0.5 && ahead) {
      edges.push({
        id,
        source: source.id,
        target: near(next.positions, column).id,
        kind: "advances-to",
        basis,
        time: time(),
      });
    } else if (r < 0.75) {
      const target = near(group.positions, column, source.id).id;
      edges.push({ id, source: source.id, target, kind: "lateral", basis, time: time() });
    } else {
      const to = near(random() < 0.5 && ahead ? next.credentials : group.credentials, column);
      edges.push({ id, source: source.id, target: to.id, kind: "prepares-for", basis, time: time() });
    }
  }
  return {
    version: 2,
    title: `Generated lattice with requirements ${nodeCount}/${edgeCount}`,
    levels: LEVELS.map((id) => ({ id, label: id })),
    issuers: ISSUERS.map((id) => ({ id, label: id.toUpperCase() })),
    nodes: groups.flatMap((g) => [...g.positions, ...g.credentials]),
    edges,
  };
}
