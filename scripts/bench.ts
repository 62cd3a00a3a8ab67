import { spawnSync } from "node:child_process";
import { runLayoutBench } from "./bench/layout.ts";
import { runPageTimings } from "./bench/pageTimings.ts";
import { runRouteBench } from "./bench/routes.ts";

/**
 * Every benchmark in one run (npm run bench): layout, route queries against their peers, and the
 * browser figures (first drawn map, export). `-- --json` prints one JSON object with every figure.
 */
const parts = ["scripts/bench/layout.ts", "scripts/bench/routes.ts", "scripts/bench/pageTimings.ts"];

if (process.argv.includes("--json")) {
  const quiet = { log: () => {} };
  const result = {
    layout: runLayoutBench(quiet),
    routes: runRouteBench(quiet),
    page: await runPageTimings(),
  };
  console.log(JSON.stringify(result));
} else {
  for (const script of parts) {
    console.log(`\n== ${script} ==`);
    const run = spawnSync("npx", ["tsx", script], { stdio: "inherit" });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
