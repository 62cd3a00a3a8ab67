import { describe, expect, it } from "vitest";
import type { Figure } from "../../../src/domain/careerGraph.ts";
import { graph, positions } from "./bundledMap.ts";

/**
 * Positions with no pay figure. Consultant and Performance Improvement would sit with BLS's management
 * analysts, but no stored BLS page for that occupation was found; no source places a coding supervisor in
 * a BLS occupation; a consulting firm's owner is self-employed, and BLS wage tables count only wage and
 * salary workers. Shrink this list as sources turn up.
 */
const NO_PAY_FIGURE = ["coding-supervisor", "consultant", "performance-improvement", "consulting-firm-owner"];

const payOf = (figures: readonly Figure[] | undefined) =>
  (figures ?? []).filter((figure) => figure.unit === "usd-per-year");

describe("the bundled map's pay figures", () => {
  it("gives pay to every position except the listed ones", () => {
    const without = positions.filter((node) => payOf(node.figures).length === 0).map((node) => node.id);
    expect(without.sort()).toEqual([...NO_PAY_FIGURE].sort());
  });

  it("names whose survey each pay figure is and its year in the label", () => {
    for (const node of graph.nodes) {
      for (const figure of payOf(node.figures)) {
        expect(figure.label, node.id).toMatch(/\((BLS|AAPC survey), (May )?\d{4}\)$/);
        expect(figure.label, node.id).toContain(String(figure.year));
        expect(figure.source, node.id).toMatch(
          /^https:\/\/(www\.|stats\.)?(bls\.gov|aapc\.com)|^https:\/\/webcf\.waybackmachine\.org\/web\/\d+\/https:\/\/www\.bls\.gov\//,
        );
      }
    }
  });

  it("says on a position when the figure is the occupation's or the credential holders', not the title's", () => {
    for (const node of positions) {
      for (const figure of payOf(node.figures)) {
        expect(`${figure.label} ${figure.note ?? ""}`, node.id).toMatch(
          /not a figure for|lists (this title|Medical Records Clerk)/,
        );
      }
    }
  });

  it("puts the BLS median first on a position that also has credential holders' averages", () => {
    for (const node of positions) {
      const pay = payOf(node.figures);
      const bls = pay.find((figure) => figure.label.includes("(BLS"));
      if (bls) expect(pay[0], node.id).toBe(bls);
    }
  });
});
