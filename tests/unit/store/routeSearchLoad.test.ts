import { afterEach, describe, expect, it, vi } from "vitest";
import { EMPTY_QUESTION } from "../../../src/domain/route/question.ts";
import { routeGraph } from "../../component/routeFixture.ts";

/**
 * The route search is loaded after the first drawing (decision 0018). When it cannot be loaded (the
 * connection dropped), a question asked meanwhile stands, unanswered, and says so; asking again loads it.
 * Each test imports a fresh store whose route search import fails.
 */
async function storeWithoutSearch() {
  vi.resetModules();
  vi.doMock("../../../src/store/routeAnswers.ts", () => {
    throw new Error("Failed to fetch dynamically imported module");
  });
  const { useAppStore } = await import("../../../src/store/appStore.ts");
  useAppStore.getState().loadGraph(routeGraph);
  return useAppStore;
}

const question = { ...EMPTY_QUESTION, from: "clerk", to: "director" };

describe("a route question while the route search cannot be loaded", () => {
  afterEach(() => {
    vi.doUnmock("../../../src/store/routeAnswers.ts");
    vi.resetModules();
  });

  it("keeps the question, waits, then says the search failed", async () => {
    const store = await storeWithoutSearch();
    store.getState().askRoute(question, 1);
    expect(store.getState()).toMatchObject({
      routeQuestion: question,
      routeAnswer: null,
      routeSearch: "loading",
    });
    await vi.waitFor(() => expect(store.getState().routeSearch).toBe("failed"));
    expect(store.getState()).toMatchObject({ routeQuestion: question, routeAnswer: null, chosenRoute: 1 });
  });

  it("answers when asked again once the search loads", async () => {
    const store = await storeWithoutSearch();
    store.getState().askRoute(question);
    await vi.waitFor(() => expect(store.getState().routeSearch).toBe("failed"));
    vi.doUnmock("../../../src/store/routeAnswers.ts");
    store.getState().retryRouteSearch();
    await vi.waitFor(() => expect(store.getState().routeSearch).toBe("idle"));
    const answer = store.getState().routeAnswer;
    expect(answer?.ok && answer.routes[0]?.nodes.at(-1)).toBe("director");
  });

  it("forgets a failure when the question is cleared or another map loads", async () => {
    const store = await storeWithoutSearch();
    store.getState().askRoute(question);
    await vi.waitFor(() => expect(store.getState().routeSearch).toBe("failed"));
    store.getState().clearRoute();
    expect(store.getState().routeSearch).toBe("idle");
    store.getState().askRoute(question);
    store.getState().loadGraph(routeGraph);
    expect(store.getState().routeSearch).toBe("idle");
  });
});
