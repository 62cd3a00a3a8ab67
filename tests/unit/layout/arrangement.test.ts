import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { layoutCareerMap } from "../../../src/domain/layout/layoutCareerMap.ts";
import type { LayoutOptions } from "../../../src/domain/layout/types.ts";
import { fixtureMap } from "./fixtureMap.ts";
import { overlappingBoxes, snapshot } from "./layoutChecks.ts";
import { randomLayeredGraph } from "./randomGraph.ts";

/** The options the app lays the bundled map out with (see src/graph-view/placeCareerMap.ts). */
const APP: LayoutOptions = { viewport: { width: 900, height: 720 }, orderingPasses: 4, alignmentPasses: 4 };
const bundled = () => JSON.parse(readFileSync("data/career-map.json", "utf8")) as CareerGraph;

const MAPS: readonly [string, () => CareerGraph][] = [
  ["the bundled map", bundled],
  ["the stand-in map", fixtureMap],
  ["60 nodes, 110 edges", () => randomLayeredGraph({ nodes: 60, edges: 110, seed: 3 })],
  ["150 nodes, 320 edges", () => randomLayeredGraph({ nodes: 150, edges: 320, seed: 11 })],
];

describe("a layout in a given arrangement", () => {
  it.each(MAPS)("of %s, in the arrangement its own search found, is the same layout", (_, make) => {
    for (const options of [APP, {}]) {
      const searched = layoutCareerMap(make(), options);
      const given = layoutCareerMap(make(), { ...options, arrangement: searched.arrangement });
      expect(snapshot(given)).toEqual(snapshot(searched));
      expect(given.arrangement).toEqual(searched.arrangement);
    }
  });

  it("keeps each sub-column's nodes in the order given, top to bottom, with no boxes overlapping", () => {
    const graph = bundled();
    const searched = layoutCareerMap(graph, APP);
    const turned = searched.arrangement.map((ids) => [...ids].reverse());
    const layout = layoutCareerMap(graph, { ...APP, arrangement: turned });
    expect(layout.arrangement).toEqual(turned);
    for (const ids of turned) {
      const ys = ids.map((id) => layout.positions.get(id)?.y ?? Number.NaN);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));
      const xs = new Set(ids.map((id) => layout.positions.get(id)?.x));
      expect(xs.size).toBe(1);
    }
    expect(overlappingBoxes(layout)).toEqual([]);
  });

  it("is searched for anew when the arrangement given does not fit the map", () => {
    const graph = bundled();
    const searched = layoutCareerMap(graph, APP);
    const columns = searched.arrangement;
    const [first = [], second = [], ...rest] = columns;
    const wrong: readonly (readonly (readonly string[])[])[] = [
      [first.slice(1), second, ...rest], // a node left out
      [[...first, first[0] ?? ""], second, ...rest], // a node twice
      [[...first, "no-such-role"], second, ...rest], // a node the map does not have
      [[...first, ...second], ...rest], // credentials and positions in one sub-column
      [second, first, ...rest], // sub-columns out of their order
      [],
    ];
    for (const arrangement of wrong) {
      expect(snapshot(layoutCareerMap(graph, { ...APP, arrangement }))).toEqual(snapshot(searched));
    }
  });
});
