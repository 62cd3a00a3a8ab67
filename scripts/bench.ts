import { spawnSync } from "node:child_process";
import { runBigExportBench } from "./bench/bigExport.ts";
import { runBigMapBench } from "./bench/bigMap.ts";
import { runBigMapTasksBench } from "./bench/bigMapTasks.ts";
import { benchBundledRoutes } from "./bench/bundledRoutes.ts";
import { runLayoutBench } from "./bench/layout.ts";
import { runPageTimings } from "./bench/pageTimings.ts";
import { parseSizes } from "./bench/printBigMap.ts";
import { runRouteBench } from "./bench/routes.ts";

/**
 * Every benchmark in one run (npm run bench): layout, route queries against their peers and every route
 * question on the bundled map, and the
 * browser figures (first drawn map, export), big maps in the app beside bare Cytoscape and their exports
 * (issue 11), and filters, "Draw a path…" and a summary edit on a big map.
 * `-- --json` prints one JSON object with every figure; `-- --sizes=5000x15000x7` picks the big maps.
 */
const parts = [
  "scripts/bench/layout.ts",
  "scripts/bench/routes.ts",
  "scripts/bench/bundledRoutes.ts",
  "scripts/bench/pageTimings.ts",
  "scripts/bench/bigMap.ts",
  "scripts/bench/bigExport.ts",
  "scripts/bench/bigMapTasks.ts",
];

if (process.argv.includes("--json")) {
  const quiet = { log: () => {} };
  const result = {
    layout: runLayoutBench(quiet),
    routes: runRouteBench(quiet),
    bundledRoutes: benchBundledRoutes(5),
    page: await runPageTimings(),
    bigMaps: await runBigMapBench({ sizes: parseSizes(process.argv), log: () => {} }),
    bigExport: await runBigExportBench(),
    bigMapTasks: await runBigMapTasksBench(),
  };
  console.log(JSON.stringify(result));
} else {
  for (const script of parts) {
    console.log(`\n== ${script} ==`);
    const sizes = process.argv.filter((arg) => arg.startsWith("--sizes="));
    const run = spawnSync("npx", ["tsx", script, ...sizes], { stdio: "inherit" });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
