import cytoscape, { type Core, type ElementDefinition, type SingularElementArgument } from "cytoscape";
import zIndexSort from "cytoscape/src/collection/zsort.mjs";
import zOrdering from "cytoscape/src/extensions/renderer/base/coord-ele-math/z-ordering.mjs";
import { describe, expect, it } from "vitest";
import { seeded } from "../../../src/domain/layout/random.ts";

type Sorted = SingularElementArgument[] & { interactive: SingularElementArgument[] };

/** The drawing-order part of Cytoscape's renderer, as patched by the build (scripts/cytoscapeZOrderPatches.ts). */
interface ZOrdering {
  cy: Core;
  zOrderMoved: Set<unknown> | null;
  getCachedZSortedEles(forceRecalc?: boolean): Sorted;
  invalidateCachedZSortedEles(): void;
  moveInCachedZSortedEles(eles: unknown): void;
}

const STYLE = [
  { selector: "node", style: { "z-index-compare": "manual", "z-index": 20 } },
  { selector: "edge", style: { "z-index-compare": "manual", "z-index": 10 } },
  { selector: ".up", style: { "z-index": 30 } },
  { selector: ".down", style: { "z-index": 0 } },
  { selector: ".gone", style: { visibility: "hidden" } },
  { selector: ".deaf", style: { events: "no" } },
  { selector: ".auto", style: { "z-index-compare": "auto" } },
];

function elements(): ElementDefinition[] {
  const nodes = Array.from({ length: 60 }, (_, i) => ({ data: { id: `n${i}` }, position: { x: i, y: i } }));
  const random = seeded(7);
  const edges = Array.from({ length: 120 }, (_, i) => ({
    data: { id: `e${i}`, source: `n${Math.floor(random() * 60)}`, target: `n${Math.floor(random() * 60)}` },
  }));
  return [...nodes, ...edges];
}

/** A headless map whose z-order notices reach the patched functions, as the renderer's `notify` passes them. */
function mapWithZOrdering(): { cy: Core; order: ZOrdering } {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: elements(), style: STYLE as never });
  const order = Object.assign(Object.create(zOrdering) as ZOrdering, { cy, zOrderMoved: null });
  Object.assign(cy, {
    notify: (event: string, eles?: unknown) => {
      if (event === "zorder") order.moveInCachedZSortedEles(eles);
      else if (event === "add" || event === "remove") order.invalidateCachedZSortedEles();
    },
  });
  return { cy, order };
}

const ids = (eles: readonly SingularElementArgument[]) => eles.map((ele) => ele.id());
const fullSort = (cy: Core) => {
  const eles = cy.elements().toArray().sort(zIndexSort);
  // `interactive()` is Cytoscape's own (pointer events, visible, taking up space); its typings leave it out.
  const interactive = (ele: SingularElementArgument) =>
    (ele as unknown as { interactive(): boolean }).interactive();
  return { order: ids(eles), interactive: ids(eles.filter(interactive)) };
};

describe("Cytoscape's drawing order, kept by moving only what changed (docs/decisions/0025)", () => {
  it("is the order a full sort gives, after every kind of change", () => {
    const { cy, order } = mapWithZOrdering();
    const random = seeded(11);
    const classes = ["up", "down", "gone", "deaf", "auto"];
    order.getCachedZSortedEles();
    let movedInPlace = 0;
    for (let step = 0; step < 200; step++) {
      const all = cy.elements();
      const count = 1 + Math.floor(random() * 6);
      for (let i = 0; i < count; i++) {
        const element = all[Math.floor(random() * all.length)];
        const name = classes[Math.floor(random() * classes.length)] ?? "up";
        element?.toggleClass(name);
      }
      if (step % 50 === 49) cy.add({ data: { id: `added${step}` }, position: { x: 0, y: 0 } });
      if (step % 70 === 69) cy.remove(cy.$id(`n${step % 60}`));
      // As a frame does before it draws: apply the styles, which tells the renderer what moved.
      (cy.elements() as unknown as { cleanStyle(): void }).cleanStyle();
      if (order.zOrderMoved) movedInPlace += 1;
      const sorted = order.getCachedZSortedEles();
      expect({ order: ids(sorted), interactive: ids(sorted.interactive) }).toEqual(fullSort(cy));
    }
    // Most steps took the short way; the test would prove nothing if every one sorted all.
    expect(movedInPlace).toBeGreaterThan(150);
  });

  it("sorts everything again when a quarter of the elements moved, or it is told no elements", () => {
    const { cy, order } = mapWithZOrdering();
    order.getCachedZSortedEles();
    cy.elements().slice(0, 60).addClass("up");
    (cy.elements() as unknown as { cleanStyle(): void }).cleanStyle();
    expect(order.zOrderMoved).toBeNull();
    expect(ids(order.getCachedZSortedEles())).toEqual(fullSort(cy).order);
    order.getCachedZSortedEles();
    order.moveInCachedZSortedEles(undefined);
    expect(order.zOrderMoved).toBeNull();
    expect(ids(order.getCachedZSortedEles())).toEqual(fullSort(cy).order);
  });
});
