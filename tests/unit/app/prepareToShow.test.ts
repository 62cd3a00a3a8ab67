import { afterEach, describe, expect, it, vi } from "vitest";
import { generateLattice } from "../../../scripts/bench/lattice.ts";
import { prepareToShow } from "../../../src/app/prepareToShow.ts";
import { mapElementsFor } from "../../../src/graph-view/mapElements.ts";
import { useAppStore } from "../../../src/store/appStore.ts";
import { graphIndexFor } from "../../../src/store/graphIndexes.ts";
import { threeIssuerMap } from "../../fixtures/otherMaps.ts";

/** Tasks the preparation waited for: each wait is a timer. */
async function tasksFor(run: () => Promise<void>): Promise<number> {
  const timers = vi.spyOn(globalThis, "setTimeout");
  await run();
  return timers.mock.calls.length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("preparing a map to be shown (app/prepareToShow.ts)", () => {
  it("gives each of a big map's preparations a task of its own, then one more to put it in the store", async () => {
    const big = generateLattice(1_200, 3_000, 3);
    expect(await tasksFor(() => prepareToShow(big))).toBe(5);
    // What the store and the map view ask for next is what was prepared, not made again.
    const index = graphIndexFor(big);
    const elements = mapElementsFor(big);
    useAppStore.getState().loadGraph(big);
    expect(useAppStore.getState().index).toBe(index);
    expect(mapElementsFor(big)).toBe(elements);
    expect(elements).toHaveLength(big.nodes.length + big.edges.length + big.levels.length);
  }, 30_000);

  it("makes a small map wait one task only: its preparations cost less than the wait", async () => {
    expect(await tasksFor(() => prepareToShow(threeIssuerMap()))).toBe(1);
  });
});
