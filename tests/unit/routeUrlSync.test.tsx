import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { historyStep, linkInAddress, searchWithLink } from "../../src/app/routeUrlSync.ts";
import { useRouteUrlSync } from "../../src/app/useRouteUrlSync.ts";
import { EMPTY_QUESTION, type RouteQuestion } from "../../src/domain/route/question.ts";
import type { RouteLink } from "../../src/domain/routeUrl.ts";
import { useAppStore } from "../../src/store/appStore.ts";
import { routeGraph } from "../component/routeFixture.ts";

const question = (change: Partial<RouteQuestion> & { rank?: number }): RouteLink => {
  const { rank = 0, ...asked } = change;
  return { question: { ...EMPTY_QUESTION, from: "clerk", to: "director", ...asked }, rank };
};

describe("route question in the address: pure parts", () => {
  it("a changed question is a new history entry; only the chosen route rewrites the entry", () => {
    expect(historyStep(question({}), question({ to: "lead" }))).toBe("push");
    expect(historyStep(question({}), question({ held: ["cpc"] }))).toBe("push");
    expect(historyStep(question({}), question({ rank: 1 }))).toBe("replace");
    expect(historyStep(question({ rank: 1 }), question({ rank: 1 }))).toBeNull();
    expect(historyStep(question({}), question({ objective: "cost" }))).toBe("push");
    expect(historyStep(question({}), question({ requirements: false }))).toBe("push");
  });

  it("keeps the address's other parameters and drops the old question", () => {
    expect(searchWithLink("?map=big&from=x&held=a&by=cost&route=3", question({ rank: 1 }))).toBe(
      "?map=big&from=clerk&to=director&route=2",
    );
    expect(searchWithLink("?from=x", question({ from: null, to: null }))).toBe("");
    expect(
      searchWithLink("", question({ from: "__proto__", to: "a&b", objective: "steps", requirements: false })),
    ).toBe("?from=__proto__&to=a%26b&by=steps&requirements=off");
  });

  it("reads a broken address without throwing", () => {
    expect(linkInAddress("?from=%E0%A4%A&to=director&route=x")).toMatchObject({
      question: { to: "director" },
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
    expect(store().routeQuestion).toMatchObject({ from: "clerk", to: "director" });
    expect(store().chosenRoute).toBe(1);
    expect(store().routePanelOpen).toBe(true);
  });

  it("pushes a new question, replaces for another card, and back and forward move between questions", async () => {
    render(<Sync />);
    act(() => store().loadGraph(routeGraph));
    const length = window.history.length;

    act(() => store().aimFor("lead"));
    expect(window.location.search).toBe("?keep=1&from=clerk&to=lead");
    expect(window.history.length).toBe(length + 1);

    act(() => store().chooseRoute(1));
    expect(window.location.search).toBe("?keep=1&from=clerk&to=lead&route=2");
    expect(window.history.length).toBe(length + 1);

    await act(() => popTo(-1));
    expect(store().routeQuestion.to).toBe("director");
    expect(window.location.search).toBe("?keep=1&from=clerk&to=director&route=2");
    expect(window.history.length).toBe(length + 1);

    await act(() => popTo(1));
    expect(store().routeQuestion.to).toBe("lead");
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
