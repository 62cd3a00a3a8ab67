import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { createServer, type Plugin } from "vite";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { bundledArrangement } from "../arrangement/bundledArrangementPlugin.ts";
import { asStandIn } from "./standIn.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const HERE = fileURLToPath(new URL(".", import.meta.url));
/** index.html's stand-in lies between these; the build puts the prerendered first view there. */
const START = "<!-- first-view -->";
const END = "<!-- /first-view -->";

/**
 * Renders the page as React first renders it (the bundled map, nothing stored) into the built index.html,
 * so that it arrives fully laid out and the map can be drawn into it before React has loaded
 * (src/app/firstView.ts, docs/decisions/0024-prerendered-first-view.md). The page stays inert until React
 * replaces it. React's inline styles are dropped, as the policy allows none (scripts/csp.ts); the ones it
 * sets hold no layout.
 */
export function prerenderFirstView(mode: { benchBigMaps: boolean }): Plugin {
  return {
    name: "career-map-prerender-first-view",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: async (html) => {
        const start = html.indexOf(START);
        const end = html.indexOf(END);
        if (start < 0 || end < start)
          throw new Error(`index.html has no ${START} … ${END} stand-in to replace`);
        const page = await renderFirstView(mode);
        return `${html.slice(0, start)}${START}${page}${html.slice(end)}`;
      },
    },
  };
}

async function renderFirstView(mode: { benchBigMaps: boolean }): Promise<string> {
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: "error",
    appType: "custom",
    plugins: [react(), bundledArrangement()],
    server: { middlewareMode: true, hmr: false, ws: false },
    resolve: { alias: [{ find: /^zustand$/, replacement: `${HERE}zustandServerShim.ts` }] },
    define: { __BENCH_BIG_MAPS__: JSON.stringify(mode.benchBigMaps) },
  });
  try {
    const entry = await server.ssrLoadModule(`${HERE}firstViewEntry.tsx`);
    const graph = JSON.parse(readFileSync(`${ROOT}data/career-map.json`, "utf8")) as CareerGraph;
    const rendered = (entry.renderFirstView as (graph: CareerGraph) => string)(graph);
    return asStandIn(rendered);
  } finally {
    await server.close();
  }
}
