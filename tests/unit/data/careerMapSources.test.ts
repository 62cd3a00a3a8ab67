import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { graph } from "./bundledMap.ts";
import { basesOf, factsOf, linksOf, textsOf } from "./mapContents.ts";
import { ALLOWED_SOURCES, THIRD_PARTY_SOURCES } from "./sources.ts";

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

function runsOf(text: string, length: number): string[] {
  const list = words(text);
  const runs: string[] = [];
  for (let i = 0; i + length <= list.length; i++) runs.push(list.slice(i, i + length).join(" "));
  return runs;
}

/** Notes on facts that rest on a third-party page say how far to trust it. */
const SAYS_HOW_FAR_TO_TRUST = /\bweak\b|\bcop(y|ied)\b|\bmirror\b/i;

describe("the bundled career map's sources", () => {
  it("links every stated fact (settings, exam, prerequisites, apprentice, upkeep, figures) and fee to an https page", () => {
    for (const node of graph.nodes) {
      for (const { at, fact } of factsOf(node)) expect(fact.source, at).toMatch(/^https:\/\/[^\s]+$/);
      for (const fee of node.fees ?? []) expect(fee.source, node.id).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  it("uses only source links from the research notes or the later, listed search results", () => {
    const used = linksOf(graph);
    expect(used.filter((url) => !ALLOWED_SOURCES.has(url))).toEqual([]);
    for (const url of used) expect(url).not.toMatch(/utm_|[?&]$/);
  });

  it("marks how far to trust a requirement, path time or fee whose source is a third-party page", () => {
    const pathBases = basesOf(graph).filter(
      ({ at }) => at.includes(".requirements.") || at.endsWith(".time"),
    );
    const leaning = [
      ...pathBases.flatMap(({ at, basis }) =>
        basis.kind === "sourced" && THIRD_PARTY_SOURCES.has(basis.source)
          ? [{ at, note: basis.note ?? "" }]
          : [],
      ),
      ...graph.nodes.flatMap((node) =>
        (node.fees ?? []).flatMap((fee, i) =>
          THIRD_PARTY_SOURCES.has(fee.source) ? [{ at: `${node.id}.fees[${i}]`, note: fee.note ?? "" }] : [],
        ),
      ),
    ];
    expect(leaning.length).toBeGreaterThan(0);
    expect(leaning.filter(({ note }) => !SAYS_HOW_FAR_TO_TRUST.test(note)).map(({ at }) => at)).toEqual([]);
  });

  it("dates every figure and gives it a plausible value", () => {
    for (const node of graph.nodes) {
      for (const figure of node.figures ?? []) {
        expect(figure.year, node.id).toBeGreaterThanOrEqual(2000);
        if (figure.unit === "usd-per-year") expect(figure.value, node.id).toBeGreaterThan(20_000);
        if (figure.unit === "percent") expect(Math.abs(figure.value), node.id).toBeLessThan(100);
      }
    }
  });

  it("writes its own text: no summary, fact, requirement or note shares a run of 8 words with the article", () => {
    const article = readFileSync(
      join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/career-map-article.txt"),
      "utf8",
    );
    const articleRuns = new Set(runsOf(article, 8));
    expect(articleRuns.size).toBeGreaterThan(1000);
    const copied = textsOf(graph).flatMap(({ at, text }) =>
      runsOf(text, 8)
        .filter((run) => articleRuns.has(run))
        .map((run) => `${at}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });
});
