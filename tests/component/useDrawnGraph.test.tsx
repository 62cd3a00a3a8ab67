import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { generateLattice } from "../../scripts/bench/lattice.ts";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { layoutCareerMap } from "../../src/domain/layout/layoutCareerMap.ts";
import type { CareerLayout } from "../../src/domain/layout/types.ts";
import { hasLayout, rememberLayout } from "../../src/graph-view/placeCareerMap.ts";
import { useDrawnGraph } from "../../src/graph-view/useDrawnGraph.ts";
import { threeIssuerMap } from "../fixtures/otherMaps.ts";

/** A worker stand-in whose answers the test gives, graph by graph. */
function controlledWorker() {
  const asked = new Map<CareerGraph, (layout: CareerLayout | null) => void>();
  const layOut = (graph: CareerGraph) =>
    new Promise<CareerLayout | null>((resolve) => {
      asked.set(graph, resolve);
    });
  return { asked, layOut };
}

const big = (seed: number) => generateLattice(1_100, 2_000, seed);

function drawnAfter(first: CareerGraph, layOut: ReturnType<typeof controlledWorker>["layOut"]) {
  return renderHook(({ graph }) => useDrawnGraph(graph, layOut), { initialProps: { graph: first } });
}

describe("the graph the map view draws (useDrawnGraph)", () => {
  it("keeps the map shown while a big edited map is laid out in the worker, then draws it", async () => {
    const worker = controlledWorker();
    const shown = threeIssuerMap();
    const view = drawnAfter(shown, worker.layOut);
    const edited = big(1);
    view.rerender({ graph: edited });
    expect(view.result.current).toEqual({ drawn: shown, layingOut: true });
    await waitFor(() => expect(worker.asked.has(edited)).toBe(true));

    await act(async () => worker.asked.get(edited)?.(layoutCareerMap(edited)));
    await waitFor(() => expect(view.result.current).toEqual({ drawn: edited, layingOut: false }));
    expect(hasLayout(edited)).toBe(true);
  });

  it("lays the map out on the page when the worker cannot", async () => {
    const worker = controlledWorker();
    const view = drawnAfter(threeIssuerMap(), worker.layOut);
    const edited = big(2);
    view.rerender({ graph: edited });
    await waitFor(() => expect(worker.asked.has(edited)).toBe(true));
    await act(async () => worker.asked.get(edited)?.(null));
    await waitFor(() => expect(view.result.current).toEqual({ drawn: edited, layingOut: false }));
    expect(hasLayout(edited)).toBe(false);
  });

  it("draws only the latest of two quick edits: an earlier layout arriving late changes nothing", async () => {
    const worker = controlledWorker();
    const shown = threeIssuerMap();
    const view = drawnAfter(shown, worker.layOut);
    const first = big(3);
    const second = big(4);
    view.rerender({ graph: first });
    await waitFor(() => expect(worker.asked.has(first)).toBe(true));
    view.rerender({ graph: second });
    await act(async () => worker.asked.get(first)?.(layoutCareerMap(first)));
    expect(view.result.current).toEqual({ drawn: shown, layingOut: true });
    await act(async () => worker.asked.get(second)?.(layoutCareerMap(second)));
    await waitFor(() => expect(view.result.current).toEqual({ drawn: second, layingOut: false }));
  });

  it("draws a small map, the first map and a map already laid out at once, without the worker", () => {
    const worker = controlledWorker();
    const first = big(5);
    const view = drawnAfter(first, worker.layOut);
    expect(view.result.current).toEqual({ drawn: first, layingOut: false });
    const small = threeIssuerMap();
    view.rerender({ graph: small });
    expect(view.result.current).toEqual({ drawn: small, layingOut: false });
    // As after an undo: the map it goes back to kept its layout.
    const laidOut = big(6);
    rememberLayout(laidOut, layoutCareerMap(laidOut));
    view.rerender({ graph: laidOut });
    expect(view.result.current).toEqual({ drawn: laidOut, layingOut: false });
    expect(worker.asked.size).toBe(0);
  });
});
