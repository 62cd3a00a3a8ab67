import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import type { CareerLayout } from "../../../src/domain/layout/types.ts";

/** Pairs of node boxes that overlap (touching edges allowed), as "a / b". */
export function overlappingBoxes(layout: CareerLayout): string[] {
  const boxes = [...layout.positions].map(([id, { x, y }]) => {
    const size = layout.sizes.get(id) ?? { width: 0, height: 0 };
    return {
      id,
      left: x - size.width / 2,
      right: x + size.width / 2,
      top: y - size.height / 2,
      bottom: y + size.height / 2,
    };
  });
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const eps = 1e-6;
      if (
        a.left < b.right - eps &&
        b.left < a.right - eps &&
        a.top < b.bottom - eps &&
        b.top < a.bottom - eps
      ) {
        found.push(`${a.id} / ${b.id}`);
      }
    }
  });
  return found;
}

/** Nodes whose box leaves their level's band, or the drawing's height below the title strip. */
export function nodesOutsideBands(layout: CareerLayout, graph: CareerGraph): string[] {
  const bandOf = new Map(layout.bands.map((band) => [band.levelId, band]));
  const eps = 1e-6;
  return graph.nodes.flatMap((node) => {
    const at = layout.positions.get(node.id);
    const size = layout.sizes.get(node.id);
    const band = bandOf.get(node.level);
    if (!at || !size || !band) return [node.id];
    const inside =
      at.x - size.width / 2 >= band.x - eps &&
      at.x + size.width / 2 <= band.x + band.width + eps &&
      at.y - size.height / 2 >= layout.titleHeight - eps &&
      at.y + size.height / 2 <= layout.height + eps;
    return inside ? [] : [node.id];
  });
}

/** Band indices of advances-to edges whose target band is left of the source band. */
export function backwardAdvances(layout: CareerLayout, graph: CareerGraph): string[] {
  const bandIndex = new Map(layout.bands.map((band, i) => [band.levelId, i]));
  const levelOf = new Map(graph.nodes.map((node) => [node.id, node.level]));
  return graph.edges
    .filter((edge) => edge.kind === "advances-to")
    .filter((edge) => {
      const from = bandIndex.get(levelOf.get(edge.source) ?? "") ?? -1;
      const to = bandIndex.get(levelOf.get(edge.target) ?? "") ?? -1;
      return from > to;
    })
    .map((edge) => edge.id);
}

/** The layout as plain sorted data, for exact comparison. */
export function snapshot(layout: CareerLayout) {
  return {
    positions: [...layout.positions].sort(([a], [b]) => (a < b ? -1 : 1)),
    sizes: [...layout.sizes].sort(([a], [b]) => (a < b ? -1 : 1)),
    bands: layout.bands,
    width: layout.width,
    height: layout.height,
  };
}

/** A seeded Fisher–Yates shuffle of a copy. */
export function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
