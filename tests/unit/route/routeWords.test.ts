import { describe, expect, it } from "vitest";
import { payText } from "../../../src/domain/route/index.ts";

const pay = { value: 48_500, source: "https://www.bls.gov/ooh/", year: 2020 };

describe("pay in route words", () => {
  it("says the year once when the label names it", () => {
    expect(payText({ ...pay, label: "Median pay, medical records specialists (BLS, May 2020)" })).toBe(
      "$48,500 a year (Median pay, medical records specialists (BLS, May 2020))",
    );
  });

  it("adds the year when the label does not say it", () => {
    expect(payText({ ...pay, label: "BLS median" })).toBe("$48,500 a year (BLS median, 2020)");
  });

  it("says when the map has no pay", () => {
    expect(payText(null)).toBe("pay not on the map");
  });
});
