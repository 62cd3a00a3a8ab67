import { describe, expect, it } from "vitest";
import { compareLabels } from "../../src/domain/labelOrder.ts";

describe("the order of role labels", () => {
  it("is alphabetical, with numbers by value", () => {
    const labels = ["entry-p10", "Coder 10", "entry-p9", "Coder 2", "Auditor", "entry-p100", "coder 3"];
    expect([...labels].sort(compareLabels)).toEqual([
      "Auditor",
      "Coder 2",
      "coder 3",
      "Coder 10",
      "entry-p9",
      "entry-p10",
      "entry-p100",
    ]);
  });
});
