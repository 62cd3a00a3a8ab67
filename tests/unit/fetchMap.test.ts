import { describe, expect, it } from "vitest";
import { fetchCareerMap, mapLinkTarget } from "../../src/app/links/fetchMap.ts";
import { makeGraph } from "../fixtures/builders.ts";

const URL_ = new URL("https://maps.example.test/ladder.json");
const ORIGIN = "http://127.0.0.1:4173";

/** A body that sends `chunk` bytes `times` times, or forever when times is Infinity, with no length header. */
function streamed(chunk: number, times: number): Response {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= times) controller.close();
      else controller.enqueue(new Uint8Array(chunk).fill(32));
    },
  });
  return new Response(body, { status: 200 });
}

const firstMessage = async (result: Promise<Awaited<ReturnType<typeof fetchCareerMap>>>) => {
  const settled = await result;
  return settled.ok ? "ok" : settled.errors[0]?.message;
};

describe("fetching a map from a link", () => {
  it("reads and checks a served map like a file", async () => {
    const fetcher = async () => new Response(JSON.stringify(makeGraph()), { status: 200 });
    const result = await fetchCareerMap(URL_, { fetcher });
    expect(result.ok && result.value.title).toBe("Test map");
  });

  it("stops reading a body without a length once it passes 10 MB", async () => {
    const fetcher = async () => streamed(1024 * 1024, Number.POSITIVE_INFINITY);
    expect(await firstMessage(fetchCareerMap(URL_, { fetcher }))).toMatch(/larger than 10 MB/);
  });

  it("gives up on a server slower than the timeout, even mid-body", async () => {
    const fetcher = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    expect(await firstMessage(fetchCareerMap(URL_, { fetcher, timeoutMs: 20 }))).toBe(
      "maps.example.test took longer than 0 s to send the map. Try again later.",
    );
  });

  it("names the status of an error answer and the CORS or network failure", async () => {
    const notFound = async () => new Response("no", { status: 404, statusText: "Not Found" });
    expect(await firstMessage(fetchCareerMap(URL_, { fetcher: notFound }))).toMatch(/answered 404 Not Found/);
    const blocked = async () => Promise.reject(new TypeError("Failed to fetch"));
    expect(await firstMessage(fetchCareerMap(URL_, { fetcher: blocked }))).toMatch(/\(CORS\)/);
  });
});

describe("which map links may be fetched", () => {
  it.each([
    ["https://maps.example.test/a.json", true],
    ["/maps/a.json", true],
    ["http://maps.example.test/a.json", false],
    ["//evil.example/a.json", false],
    ["javascript:alert(1)", false],
    ["data:application/json,{}", false],
    ["file:///etc/passwd", false],
    ["https://user:pw@maps.example.test/a.json", false],
  ])("%s → %s", (value, allowed) => {
    expect(mapLinkTarget(value, ORIGIN).ok).toBe(allowed);
  });
});
