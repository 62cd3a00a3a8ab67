// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plugin } from "vite";
import { describe, expect, it } from "vitest";
import { bundledArrangement } from "../../../scripts/arrangement/bundledArrangementPlugin.ts";
import { chooseArrangement, WIDTH_FACTORS } from "../../../scripts/arrangement/chooseArrangement.ts";
import { referenceMeasure } from "../../../scripts/arrangement/referenceFont.ts";
import type { CareerGraph } from "../../../src/domain/careerGraph.ts";
import { countCrossings, countEdgeNodeOverlaps } from "../../../src/domain/layout/index.ts";
import { OVERLAP_WEIGHT } from "../../../src/domain/layout/quality.ts";
import { layoutWithLabels } from "../../../src/graph-view/placeCareerMap.ts";

const bundled = () => JSON.parse(readFileSync("data/career-map.json", "utf8")) as CareerGraph;

describe("the arrangement the build chooses for the bundled map", () => {
  it("is one the layout honours, and the same on every build", () => {
    const { arrangement } = chooseArrangement(bundled());
    expect(layoutWithLabels(bundled(), referenceMeasure(1), arrangement).arrangement).toEqual(arrangement);
    expect(chooseArrangement(bundled()).arrangement).toEqual(arrangement);
    expect(arrangement.flat().sort()).toEqual(
      bundled()
        .nodes.map((node) => node.id)
        .sort(),
    );
  });

  it("costs no more, over the label widths it is chosen for, than the search the page would make at each", () => {
    const graph = bundled();
    const { arrangement, cost } = chooseArrangement(graph);
    const costOf = (factor: number, given?: typeof arrangement) => {
      const layout = layoutWithLabels(graph, referenceMeasure(factor), given);
      return countCrossings(layout, graph) + OVERLAP_WEIGHT * countEdgeNodeOverlaps(layout, graph);
    };
    expect(WIDTH_FACTORS.reduce((sum, factor) => sum + costOf(factor, arrangement), 0)).toBe(cost);
    expect(cost).toBeLessThanOrEqual(WIDTH_FACTORS.reduce((sum, factor) => sum + costOf(factor), 0));
  });
});

describe("the module that hands the arrangement to the page", () => {
  const load = (plugin: Plugin, id: string) =>
    (plugin.load as (id: string) => string | undefined).call({ addWatchFile: () => {} }, id);
  const resolve = (plugin: Plugin, id: string) =>
    (plugin.resolveId as (id: string) => string | undefined)(id);

  it("exports the chosen arrangement", () => {
    const plugin = bundledArrangement();
    const id = resolve(plugin, "virtual:bundled-map-arrangement") ?? "";
    const text = load(plugin, id) ?? "";
    expect(JSON.parse(text.replace("export default ", "").replace(/;$/, ""))).toEqual(
      chooseArrangement(bundled()).arrangement,
    );
    expect(resolve(plugin, "other")).toBeUndefined();
  });

  it("exports none when the map file cannot be read, so the page searches as for any map", () => {
    const file = join(mkdtempSync(join(tmpdir(), "arrangement-")), "career-map.json");
    writeFileSync(file, "{ not json");
    const plugin = bundledArrangement(file);
    expect(load(plugin, resolve(plugin, "virtual:bundled-map-arrangement") ?? "")).toBe("export default [];");
  });
});
