import { pathToFileURL } from "node:url";
import type { Browser } from "@playwright/test";
import { launchChromium, median, PREVIEW_URL, startPreview, stopPreview } from "./browser.ts";
import { timeOnce } from "./export.ts";
import { generateLattice } from "./lattice.ts";

/**
 * Exports of a big map (issue 11): a generated lattice opened through "Open map…", then the whole map as a
 * 1× PNG and as SVG through the export menu. Per format: click → "Saved" in the page, the longest
 * main-thread task meanwhile (PerformanceObserver), the file's size and the size the menu announced.
 */
export interface BigExportFigures {
  readonly benchmark: "big-export";
  readonly chromium: string;
  readonly nodes: number;
  readonly edges: number;
  readonly runs: number;
  readonly formats: Record<
    string,
    {
      medianMs: number;
      minMs: number;
      maxMs: number;
      longestTaskMs: number;
      bytes: number;
      announced: string;
    }
  >;
}

export async function measureBigExport(
  browser: Browser,
  nodes = 5000,
  edges = 15000,
  runs = 3,
): Promise<BigExportFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const formats: BigExportFigures["formats"] = {};
  try {
    const page = await context.newPage();
    await page.goto(PREVIEW_URL);
    await page.locator('[data-map-ready="true"]').waitFor();
    const graph = generateLattice(nodes, edges, 7);
    const buffer = Buffer.from(JSON.stringify(graph));
    await page
      .getByLabel("Open map…")
      .setInputFiles({ name: "lattice.json", mimeType: "application/json", buffer });
    await page.getByRole("heading", { level: 1, name: graph.title }).waitFor({ timeout: 300_000 });
    await page.locator('[data-map-ready="true"]').waitFor();
    await page.getByRole("button", { name: "Export", exact: true }).click();
    for (const [name, label] of [
      ["PNG 1×", "PNG"],
      ["SVG", "SVG (vector, for print)"],
    ] as const) {
      await page.getByLabel(label, { exact: true }).check();
      if (label === "PNG") await page.getByLabel("1×", { exact: true }).check();
      const announced = (await page.locator(".export-size").textContent()) ?? "";
      const times: number[] = [];
      let longest = 0;
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        const run = await timeOnce(page, 300_000);
        times.push(run.ms);
        longest = Math.max(longest, run.longest);
        bytes = run.bytes;
      }
      const round = (value: number) => Math.round(value);
      formats[name] = {
        medianMs: round(median(times)),
        minMs: round(Math.min(...times)),
        maxMs: round(Math.max(...times)),
        longestTaskMs: round(longest),
        bytes,
        announced,
      };
    }
  } finally {
    await context.close();
  }
  return { benchmark: "big-export" as const, chromium: browser.version(), nodes, edges, runs, formats };
}

/** Builds and serves the app, then measures; for `npm run bench -- --json`. */
export async function runBigExportBench(runs = 3): Promise<BigExportFigures> {
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    return await measureBigExport(browser, 5000, 15000, runs);
  } finally {
    await browser.close();
    stopPreview(server);
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const runs = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.slice(7) ?? 3);
  const figures = await runBigExportBench(runs);
  if (process.argv.includes("--json")) console.log(JSON.stringify(figures));
  else {
    console.log(
      `Chromium ${figures.chromium}, production build, 1280×800, generated ${figures.nodes} nodes / ${figures.edges} edges, ${runs} runs each`,
    );
    console.table(figures.formats);
  }
}
