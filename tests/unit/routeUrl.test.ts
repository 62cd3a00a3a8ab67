import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OBJECTIVES } from "../../src/domain/route/question.ts";
import { decodeRouteLink, encodeRouteLink, type RouteLink } from "../../src/domain/routeUrl.ts";

const anId = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== "");
const link: fc.Arbitrary<RouteLink> = fc
  .record({
    question: fc.record({
      from: fc.option(anId, { nil: null }),
      to: fc.option(anId, { nil: null }),
      held: fc.uniqueArray(anId, { maxLength: 4 }),
      via: fc.uniqueArray(anId, { maxLength: 2 }),
      avoid: fc.uniqueArray(anId, { maxLength: 3 }),
      objective: fc.option(fc.constantFrom(...OBJECTIVES), { nil: null }),
      requirements: fc.boolean(),
    }),
    rank: fc.integer({ min: 0, max: 4 }),
  })
  .map(({ question, rank }) => ({ question: { ...question }, rank }));

describe("route question in the address bar", () => {
  it("round-trips any question with something asked (P4)", () => {
    fc.assert(
      fc.property(link, (l) => {
        const q = l.question;
        const empty = q.from === null && q.to === null && !q.held.length && !q.via.length && !q.avoid.length;
        const expected = empty ? { question: { ...q, objective: null, requirements: true }, rank: 0 } : l;
        expect(decodeRouteLink(encodeRouteLink(l))).toStrictEqual(expected);
      }),
    );
  });

  it("reads links made before objectives and requirements as the defaults", () => {
    expect(decodeRouteLink("?from=a&to=b&route=2")).toStrictEqual({
      question: { from: "a", to: "b", held: [], via: [], avoid: [], objective: null, requirements: true },
      rank: 1,
    });
    expect(decodeRouteLink("?from=a&to=b&by=cost&requirements=off").question).toMatchObject({
      objective: "cost",
      requirements: false,
    });
    expect(decodeRouteLink("?from=a&by=cheapest").question.objective).toBeNull();
  });

  it("never throws on any string, and drops what is invalid", () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const l = decodeRouteLink(search);
        expect(l.rank).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("keeps ids such as __proto__ and ids with separators", () => {
    const question = { from: "__proto__", to: "a&b=c,d", held: ["constructor"], via: [], avoid: ["x y"] };
    const l = { question: { ...question, objective: null, requirements: true }, rank: 2 };
    expect(decodeRouteLink(`?${encodeRouteLink(l)}`)).toStrictEqual(l);
  });

  it.each([
    ["malformed escapes", "?from=%E0%A4%A&to=ok", { question: { from: "\uFFFD%A", to: "ok" } }],
    ["blank ids", "?from=%20%20&to=", { question: { from: null, to: null } }],
    ["over-long ids", `?from=${"x".repeat(201)}`, { question: { from: null } }],
    ["a rank out of range", "?from=a&to=b&route=99", { rank: 0 }],
    ["repeated single values keep the first", "?from=a&from=b", { question: { from: "a" } }],
  ])("handles %s", (_name, search, expected) => {
    expect(decodeRouteLink(search)).toMatchObject(expected);
  });
});
