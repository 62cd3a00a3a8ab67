import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeRouteQuestion, encodeRouteQuestion, type RouteQuestion } from "../../src/domain/routeUrl.ts";

const anId = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "");
const question: fc.Arbitrary<RouteQuestion> = fc.record({
  from: fc.option(anId, { nil: null }),
  to: fc.option(anId, { nil: null }),
  held: fc.uniqueArray(anId, { maxLength: 4 }),
  via: fc.uniqueArray(anId, { maxLength: 2 }),
  avoid: fc.uniqueArray(anId, { maxLength: 3 }),
  rank: fc.integer({ min: 0, max: 4 }),
});

describe("route question in the address bar", () => {
  it("round-trips any question (P4)", () => {
    fc.assert(
      fc.property(question, (q) => {
        const encoded = encodeRouteQuestion(q);
        const empty = q.from === null && q.to === null && !q.held.length && !q.via.length && !q.avoid.length;
        expect(decodeRouteQuestion(encoded)).toStrictEqual({ ...q, rank: empty ? 0 : q.rank });
      }),
    );
  });

  it("never throws on any string, and drops what is invalid", () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const q = decodeRouteQuestion(search);
        expect(q.rank).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("keeps ids such as __proto__ and ids with separators", () => {
    const q = { from: "__proto__", to: "a&b=c,d", held: ["constructor"], via: [], avoid: ["x y"], rank: 2 };
    expect(decodeRouteQuestion(`?${encodeRouteQuestion(q)}`)).toStrictEqual(q);
  });

  it.each([
    ["malformed escapes", "?from=%E0%A4%A&to=ok", { from: "\uFFFD%A", to: "ok" }],
    ["blank ids", "?from=%20%20&to=", { from: null, to: null }],
    ["over-long ids", `?from=${"x".repeat(201)}`, { from: null }],
    ["a rank out of range", "?from=a&to=b&route=99", { rank: 0 }],
    ["repeated single values keep the first", "?from=a&from=b", { from: "a" }],
  ])("handles %s", (_name, search, expected) => {
    expect(decodeRouteQuestion(search)).toMatchObject(expected);
  });
});
