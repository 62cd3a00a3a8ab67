import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { createServer, type IndexHtmlTransformContext, type Plugin } from "vite";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { asStandIn } from "./standIn.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const HERE = fileURLToPath(new URL(".", import.meta.url));
/** index.html's stand-in lies between these; the build puts the prerendered first view there. */
const START = "<!-- first-view -->";
const END = "<!-- /first-view -->";
/** The module that mounts React, loaded after the first view is drawn (src/main.tsx). */
const MOUNT_MODULE = "src/app/mountApp.tsx";

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
      handler: async (html, context) => {
        const start = html.indexOf(START);
        const end = html.indexOf(END);
        if (start < 0 || end < start)
          throw new Error(`index.html has no ${START} … ${END} stand-in to replace`);
        const page = await renderFirstView(mode);
        const preloads = context.bundle ? mountPreloads(context.bundle, html) : "";
        return `${html.slice(0, start)}${START}${page}${html.slice(end)}`.replace(
          "</head>",
          `${preloads}</head>`,
        );
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
    plugins: [react()],
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

/**
 * Preloads for the module that mounts React and what it imports, so they load while the map is drawn, and
 * their stylesheets as the page's own: the prerendered page needs them to be laid out as React will lay it.
 */
function mountPreloads(bundle: NonNullable<IndexHtmlTransformContext["bundle"]>, html: string): string {
  const chunks = Object.values(bundle).filter((item) => item.type === "chunk");
  const mount = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(MOUNT_MODULE));
  if (!mount) throw new Error(`No chunk for ${MOUNT_MODULE}`);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (file: string) => {
    if (scripts.has(file)) return;
    scripts.add(file);
    const chunk = chunks.find((candidate) => candidate.fileName === file);
    for (const css of chunk?.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const next of chunk?.imports ?? []) visit(next);
  };
  visit(mount.fileName);
  const missing = (file: string) => !html.includes(`/${file}"`);
  return [
    ...[...styles].filter(missing).map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
    ...[...scripts].filter(missing).map((file) => `<link rel="prefetch" crossorigin href="/${file}">`),
  ].join("\n    ");
}
