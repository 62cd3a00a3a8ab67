import { describe, expect, it } from "vitest";
import { ignoredInLink } from "../../src/domain/linkReport.ts";

const known = new Set(["clerk", "cpc", "coder"]);
const has = (id: string) => known.has(id);

describe("what a link's ids lose", () => {
  it("names repeated, unknown, blank, over-long and cut ids, and nothing for a clean link", () => {
    expect(ignoredInLink("?from=clerk&to=coder&held=cpc&node=cpc", has)).toEqual([]);
    const long = "x".repeat(201);
    const ignored = ignoredInLink(
      `?from=clerk&from=coder&held=cpc&held=cpc&held=gone&held=&avoid=${long}&avoid=%E0%A4%A&node=nope`,
      has,
    );
    expect(ignored).toEqual([
      { param: "from", value: "coder", why: "repeated" },
      { param: "node", value: "nope", why: "not-on-map" },
      { param: "held", value: "cpc", why: "repeated" },
      { param: "held", value: "", why: "blank" },
      { param: "avoid", value: `${"x".repeat(40)}…`, why: "too-long" },
      { param: "avoid", value: "\uFFFD%A", why: "cut" },
    ]);
  });

  it("counts ids past the list limit and leaves unknown route ids to the route finder", () => {
    const many = Array.from({ length: 52 }, (_, i) => `held=h${i}`).join("&");
    const ignored = ignoredInLink(`?${many}&via=gone`, () => true);
    expect(ignored.map((item) => `${item.value} ${item.why}`)).toEqual(["h50 too-many", "h51 too-many"]);
  });

  it("never throws on any text", () => {
    for (const text of ["%", "?a=%ZZ", "?held=%F0%9F", "&&&==", "?from"]) {
      expect(() => ignoredInLink(text, has)).not.toThrow();
    }
  });
});
