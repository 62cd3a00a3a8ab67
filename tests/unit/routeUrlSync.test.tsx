import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { historyStep, questionInAddress, searchWithQuestion } from "../../src/app/routeUrlSync.ts";
import { useRouteUrlSync } from "../../src/app/useRouteUrlSync.ts";
import type { RouteQuestion } from "../../src/domain/routeUrl.ts";
import { useAppStore } from "../../src/store/appStore.ts";
import { routeGraph } from "../component/routeFixture.ts";

const question = (change: Partial<RouteQuestion>): RouteQuestion => ({
  from: "clerk",
  to: "director",
  held: [],
  via: [],
  avoid: [],
  rank: 0,
  ...change,
});

describe("route question in the address: pure parts", () => {
  it("a changed question is a new history entry; only the chosen route rewrites the entry", () => {
    expect(historyStep(question({}), question({ to: "lead" }))).toBe("push");
    expect(historyStep(question({}), question({ held: ["cpc"] }))).toBe("push");
    expect(historyStep(question({}), question({ rank: 1 }))).toBe("replace");
    expect(historyStep(question({ rank: 1 }), question({ rank: 1 }))).toBeNull();
  });

  it("keeps the address's other parameters and drops the old question", () => {
    expect(searchWithQuestion("?map=big&from=x&held=a&route=3", question({ rank: 1 }))).toBe(
      "?map=big&from=clerk&to=director&route=2",
    );
    expect(searchWithQuestion("?from=x", question({ from: null, to: null }))).toBe("");
    expect(searchWithQuestion("", question({ from: "__proto__", to: "a&b" }))).toBe(
      "?from=__proto__&to=a%26b",
    );
  });

  it("reads a broken address without throwing", () => {
    expect(questionInAddress("?from=%E0%A4%A&to=director&route=x")).toMatchObject({
      to: "director",
      rank: 0,
    });
  });
});

function Sync() {
  useRouteUrlSync();
  return null;
}

const store = () => useAppStore.getState();
const popTo = async (steps: number) => {
  const popped = new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
  window.history.go(steps);
  await popped;
};

describe("useRouteUrlSync", () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    window.history.replaceState(null, "", "/?keep=1&from=clerk&to=director&route=2");
  });
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("answers the question in the address once the map is loaded, and opens the panel", () => {
    render(<Sync />);
    expect(store().routeAnswer).toBeNull();
    act(() => store().loadGraph(routeGraph));
    expect(store().routeDraft).toMatchObject({ from: "clerk", to: "director" });
    expect(store().chosenRoute).toBe(1);
    expect(store().routePanelOpen).toBe(true);
  });

  it("pushes a new question, replaces for another card, and back and forward move between questions", async () => {
    render(<Sync />);
    act(() => store().loadGraph(routeGraph));
    const length = window.history.length;

    act(() => store().setRouteGoal("lead"));
    expect(window.location.search).toBe("?keep=1&from=clerk&to=lead");
    expect(window.history.length).toBe(length + 1);

    act(() => store().chooseRoute(1));
    expect(window.location.search).toBe("?keep=1&from=clerk&to=lead&route=2");
    expect(window.history.length).toBe(length + 1);

    await act(() => popTo(-1));
    expect(store().routeDraft.to).toBe("director");
    expect(window.location.search).toBe("?keep=1&from=clerk&to=director&route=2");
    expect(window.history.length).toBe(length + 1);

    await act(() => popTo(1));
    expect(store().routeDraft.to).toBe("lead");
    expect(store().chosenRoute).toBe(1);
  });

  it("keeps unknown ids so the panel can say they are not on this map", () => {
    window.history.replaceState(null, "", "/?from=ghost&to=director");
    render(<Sync />);
    act(() => store().loadGraph(routeGraph));
    expect(store().routeAnswer).toStrictEqual({ ok: false, reason: "unknown-node", unknown: ["ghost"] });
    expect(window.location.search).toBe("?from=ghost&to=director");
  });
});
