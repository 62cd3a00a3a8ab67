import { describe, expect, it } from "vitest";
import { labelNamesYear, labelWithYear } from "../../src/domain/figureLabel.ts";

describe("a figure's label and its year", () => {
  it("sees the year a pay label already names, with or without a month", () => {
    expect(
      labelNamesYear({ label: "Median pay, medical records specialists (BLS, May 2020)", year: 2020 }),
    ).toBe(true);
    expect(labelNamesYear({ label: "Average salary of CPC holders (AAPC survey, 2022)", year: 2022 })).toBe(
      true,
    );
    expect(labelNamesYear({ label: "Projected job growth, 2019–29 (BLS)", year: 2019 })).toBe(true);
  });

  it("does not take another year or a longer number for the figure's year", () => {
    expect(labelNamesYear({ label: "Median pay (BLS, May 2021)", year: 2020 })).toBe(false);
    expect(labelNamesYear({ label: "Coders counted in 120201 claims", year: 2020 })).toBe(false);
    expect(labelNamesYear({ label: "Average salary", year: 2022 })).toBe(false);
  });

  it("says the year once", () => {
    expect(labelWithYear({ label: "Median pay (BLS, May 2020)", year: 2020 })).toBe(
      "Median pay (BLS, May 2020)",
    );
    expect(labelWithYear({ label: "Share of coders", year: 2019 })).toBe("Share of coders, 2019");
  });
});
