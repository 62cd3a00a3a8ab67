import { describe, expect, it } from "vitest";
import { Suggester } from "../../../src/domain/format/suggest.ts";

describe("did you mean", () => {
  const kinds = new Suggester(["advances-to", "qualifies-for", "prepares-for", "lateral"]);

  it("finds the same letters in another case, spacing or punctuation first", () => {
    expect(new Suggester(["aapc", "ahima"]).closest("AAPC")).toBe("aapc");
    expect(kinds.closest("Prepares For")).toBe("prepares-for");
    expect(kinds.closest("advances_to")).toBe("advances-to");
  });

  it("then a close spelling, and nothing when nothing is close", () => {
    expect(kinds.closest("lateryl")).toBe("lateral");
    expect(kinds.closest("promotion")).toBeUndefined();
    expect(new Suggester(["cpc"]).closest("cpc")).toBeUndefined();
    expect(kinds.hint("Lateral")).toBe(' Did you mean "lateral"?');
  });

  it("stops searching by spelling once its budget is spent, so a hostile file stays cheap", () => {
    const budget = { left: 1 };
    const ids = new Suggester(["coder-ii", "clerk"], budget);
    expect(ids.closest("codr-ii")).toBe("coder-ii");
    expect(ids.closest("clerkk")).toBeUndefined();
    expect(ids.closest("CLERK")).toBe("clerk");
  });
});
