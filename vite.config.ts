import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { bundledArrangement } from "./scripts/arrangement/bundledArrangementPlugin.ts";
import { checkBundledMap } from "./scripts/checkBundledMap.ts";
import { contentSecurityPolicy } from "./scripts/csp.ts";
import { inlinePageStyles } from "./scripts/inlinePageStyles.ts";
import { prerenderFirstView } from "./scripts/prerender/prerenderFirstView.ts";
import { themeBeforePaint } from "./scripts/themeBeforePaint.ts";
import { trimCytoscape } from "./scripts/trimCytoscape.ts";

export default defineConfig({
  plugins: [
    react(),
    themeBeforePaint(),
    checkBundledMap(),
    bundledArrangement(),
    trimCytoscape(),
    prerenderFirstView({ benchBigMaps: process.env.BENCH_BIG_MAPS === "1" }),
    // Last, in this order: the page's stylesheet goes inline, then the policy hashes what is inline.
    inlinePageStyles(),
    contentSecurityPolicy(),
  ],
  build: {
    target: "es2022",
    // One stylesheet for the whole app, written into the page (scripts/inlinePageStyles.ts, 0028).
    cssCodeSplit: false,
    chunkSizeWarningLimit: 1200,
    // The minifier would drop the libraries' license notices (Cytoscape's, React's); 0022.
    rolldownOptions: { output: { comments: { legal: true } } },
  },
  // The benchmark's build only: four times the format's limits, to measure maps past them (limits.ts).
  define: { __BENCH_BIG_MAPS__: JSON.stringify(process.env.BENCH_BIG_MAPS === "1") },
  test: {
    environment: "jsdom",
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.tsx", "tests/unit/**/*.test.tsx"],
    setupFiles: ["tests/setup.ts"],
    // Cytoscape from its sources, trimmed as in the build (scripts/trimCytoscape.ts): transformed, not
    // loaded by Node as it is.
    server: { deps: { inline: [/node_modules\/cytoscape\//] } },
    pool: "threads",
    // The suite must hold on a loaded 2-core machine; property tests set their own, longer limits.
    testTimeout: 20_000,
  },
});
