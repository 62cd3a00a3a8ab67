import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";
import { describe, expect, it } from "vitest";
import { CYTOSCAPE_PATCHES, patchModule } from "../../../scripts/cytoscapePatches.ts";

/** Cytoscape's published bundle, as Node loads it: none of the project's patches. */
const published = createRequire(import.meta.url)("cytoscape") as typeof cytoscape;

const style: StylesheetJson = [
  { selector: "node", style: { width: 80, height: 30, label: "data(id)", shape: "round-rectangle" } },
  { selector: "edge", style: { "curve-style": "bezier", width: 2, "target-arrow-shape": "triangle" } },
  { selector: ".wide", style: { width: 160, "border-width": 6 } },
  { selector: ".gone", style: { visibility: "hidden" } },
];

/** Positions in rows, paths between neighbours and across, two parallel paths and a loop. */
function elements(): ElementDefinition[] {
  const nodes = Array.from({ length: 12 }, (_, i) => ({
    data: { id: `n${i}` },
    position: { x: (i % 4) * 140 + 0.4 * i, y: Math.floor(i / 4) * 90 - 0.5 * i },
  }));
  const pairs: [number, number][] = [
    [0, 1],
    [1, 2],
    [2, 3],
    [0, 5],
    [5, 10],
    [3, 7],
    [7, 11],
    [4, 9],
  ];
  return [
    ...nodes,
    ...pairs.map(([a, b]) => ({ data: { id: `e${a}-${b}`, source: `n${a}`, target: `n${b}` } })),
    { data: { id: "again", source: "n0", target: "n1" } },
    { data: { id: "loop", source: "n6", target: "n6" } },
  ];
}

const make = (library: typeof cytoscape): Core =>
  library({ headless: true, styleEnabled: true, elements: elements(), style, layout: { name: "preset" } });

const boxes = (cy: Core) =>
  Object.fromEntries(cy.elements().map((element) => [element.id(), { ...element.boundingBox() }]));

describe("the patches to Cytoscape (docs/decisions/0025-faster-element-boxes.md)", () => {
  it("give every element the box the published Cytoscape gives, after moves and restyles too", () => {
    const patchedCy = make(cytoscape);
    const publishedCy = make(published);
    const both = (change: (cy: Core) => void) => {
      change(patchedCy);
      change(publishedCy);
      expect(boxes(patchedCy)).toEqual(boxes(publishedCy));
    };
    both(() => {});
    // Asked twice: the second answer comes from the cache the first filled.
    both(() => {});
    both((cy) => cy.$id("n1").position({ x: 300.6, y: 41.2 }));
    both((cy) => cy.$id("n5").addClass("wide"));
    both((cy) => cy.nodes().positions((node, i) => ({ x: node.position("x") + i * 3.7, y: -i * 1.5 })));
    both((cy) => cy.$id("n6").addClass("gone"));
    both((cy) => cy.$id("n0").shift({ x: 0.3, y: 0 }));
  });

  it("still fit the installed Cytoscape, and a patch whose text is gone is reported, not skipped", () => {
    const [first] = CYTOSCAPE_PATCHES;
    if (!first) throw new Error("no patches");
    const source = readFileSync(`node_modules/cytoscape/src/${first.module}`, "utf8");
    expect("code" in patchModule(first.module, source)).toBe(true);
    expect(patchModule(first.module, source.replace(first.find, ""))).toEqual({
      missing: first.find.split("\n")[0],
    });
  });
});
