import { describe, expect, it } from "vitest";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { layoutCareerMap } from "../../../src/domain/layout/layoutCareerMap.ts";
import type { LayoutOptions, NodeSizeSource } from "../../../src/domain/layout/types.ts";
import { fixtureMap } from "./fixtureMap.ts";
import { layoutDigest } from "./layoutDigest.ts";
import { randomLayeredGraph } from "./randomGraph.ts";

/** The options the app lays the bundled map out with (see src/graph-view/placeCareerMap.ts). */
const APP: LayoutOptions = { viewport: { width: 900, height: 720 }, orderingPasses: 4, alignmentPasses: 4 };

/** Measured-looking sizes that differ from the estimate, as the view passes when it has measured labels. */
const measured = (graph: CareerGraph): NodeSizeSource =>
  new Map(
    graph.nodes.map((node, i) => [node.id, { width: 90 + ((i * 37) % 130), height: 40 + (i % 4) * 9.5 }]),
  );

interface Case {
  readonly name: string;
  readonly graph: () => CareerGraph;
  readonly options: (graph: CareerGraph) => LayoutOptions;
  readonly digest: string;
}

const CASES: readonly Case[] = [
  { name: "stand-in map, app options", graph: fixtureMap, options: () => APP, digest: "4cf84bd8" },
  { name: "stand-in map, defaults", graph: fixtureMap, options: () => ({}), digest: "2515c968" },
  {
    name: "stand-in map, app options and measured sizes",
    graph: fixtureMap,
    options: (g) => ({ ...APP, nodeSize: measured(g) }),
    digest: "9949b1a5",
  },
  {
    name: "30 nodes, 50 edges, defaults",
    graph: () => randomLayeredGraph({ nodes: 30, edges: 50, seed: 7 }),
    options: () => ({}),
    digest: "338d34ad",
  },
  {
    name: "20 nodes, 40 edges, 3 levels, measured sizes",
    graph: () => randomLayeredGraph({ nodes: 20, edges: 40, levels: 3, seed: 11 }),
    options: (g) => ({ ...APP, nodeSize: measured(g) }),
    digest: "40f58780",
  },
  {
    name: "150 nodes, 250 edges: past the refinement budget",
    graph: () => randomLayeredGraph({ nodes: 150, edges: 250, levels: 6, seed: 3 }),
    options: () => APP,
    digest: "f52700d2",
  },
  {
    name: "300 nodes, 450 edges: past the search budget",
    graph: () => randomLayeredGraph({ nodes: 300, edges: 450, levels: 7, seed: 5 }),
    options: () => APP,
    digest: "cfd16053",
  },
];

/**
 * Pins the layout's exact output. The layout's speed-ups (typed arrays, scorers built once per plan) must
 * leave every position the same to the last bit; these layouts cover the whole search (small maps), a map
 * past the refinement budget and one past the search budget. A change that moves nodes on purpose updates
 * the digests here, and says why in its commit.
 */
describe("layout output pinned", () => {
  it.each(CASES)("$name", ({ graph, options, digest }) => {
    const g = graph();
    expect(layoutDigest(layoutCareerMap(g, options(g)))).toBe(digest);
  });
});
