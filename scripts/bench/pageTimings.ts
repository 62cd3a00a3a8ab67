import { pathToFileURL } from "node:url";
import { launchChromium, PREVIEW_URL, startPreview, stopPreview } from "./browser.ts";
import { type FirstDrawFigures, measureFirstDraws } from "./firstDraw.ts";

export interface PageTimings {
  readonly benchmark: "page";
  readonly chromium: string;
  readonly firstDraw: FirstDrawFigures;
  readonly export?: unknown;
}

/**
 * Browser figures on the production build: time to the first drawn map and, where the export
 * benchmark is present, export times. Builds the app and serves it on 127.0.0.1 while it runs.
 */
export async function runPageTimings(): Promise<PageTimings> {
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    const firstDraw = await measureFirstDraws(browser, PREVIEW_URL, null, 9);
    const exportModule = await import("./export.ts").catch(() => null);
    const exportFigures = exportModule ? await exportModule.measureExport(browser) : undefined;
    return {
      benchmark: "page",
      chromium: browser.version(),
      firstDraw,
      ...(exportFigures === undefined ? {} : { export: exportFigures }),
    };
  } finally {
    await browser.close();
    stopPreview(server);
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const result = await runPageTimings();
  if (process.argv.includes("--json")) console.log(JSON.stringify(result));
  else {
    const { firstDrawMs, stepsMs, layoutMs } = result.firstDraw.app;
    const { median, min, max } = firstDrawMs;
    console.log(
      `Chromium ${result.chromium}, production build, 1280×800, ${result.firstDraw.runs} fresh page loads`,
    );
    console.log(
      `navigation → first drawn map: median ${median.toFixed(0)} ms (min ${min.toFixed(0)}, max ${max.toFixed(0)})`,
    );
    console.log(`navigation → scripts run: median ${stepsMs.scriptsRun.toFixed(0)} ms`);
    console.log(`of which in the page: measure + layout ${layoutMs.toFixed(1)} ms`);
    if (result.export !== undefined) console.log(`export: ${JSON.stringify(result.export)}`);
  }
}
