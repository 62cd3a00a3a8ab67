import type { Core, ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { createMapInSlices } from "../../../src/graph-view/createMapInSlices.ts";

/** A chain of nodes with an edge to the next, and a second edge between the first two (parallel edges). */
function chain(count: number): ElementDefinition[] {
  const nodes = Array.from({ length: count }, (_, i) => ({
    group: "nodes" as const,
    data: { id: `n${i}`, label: `Node ${i}` },
    position: { x: (i % 40) * 100, y: Math.floor(i / 40) * 80 },
  }));
  const edges = Array.from({ length: count - 1 }, (_, i) => ({
    group: "edges" as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
  }));
  const parallel = { group: "edges" as const, data: { id: "again", source: "n1", target: "n0" } };
  return [...nodes, ...edges, parallel];
}

/** Cytoscape's batch holds its drawing; `batching` is not in its type definitions. */
const batching = (cy: Core) => (cy as unknown as { batching(): boolean }).batching();

const style = [{ selector: "node", style: { label: "data(label)", width: 30, height: 20 } }];

function slicesOf(elements: ElementDefinition[], progress: number[] = []) {
  return createMapInSlices(
    { container: document.createElement("div"), elements, careerNodes: 2000, style, headless: true },
    (added, total) => progress.push(added / total),
  );
}

describe("createMapInSlices", () => {
  it("adds every element, in order, over several tasks, and measures the whole map", async () => {
    const elements = chain(2000);
    const progress: number[] = [];
    const { cy, ready } = slicesOf(elements, progress);
    expect(cy.elements()).toHaveLength(0);
    const box = await ready;
    expect(cy.elements().map((ele) => ele.id())).toEqual(elements.map((ele) => ele.data.id));
    expect(batching(cy)).toBe(false);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    const whole = cy.elements().boundingBox();
    expect(box).toMatchObject({ x1: whole.x1, y1: whole.y1, x2: whole.x2, y2: whole.y2 });
    cy.destroy();
  });

  it("stops adding when cancelled, and resolves with nothing", async () => {
    const { cy, ready, cancel } = slicesOf(chain(2000));
    cancel();
    expect(await ready).toBeNull();
    expect(cy.elements().length).toBeLessThan(2000 * 2);
    expect(batching(cy)).toBe(false);
    cy.destroy();
  });
});
