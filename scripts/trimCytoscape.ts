import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { CYTOSCAPE_PATCHES, patchModule } from "./cytoscapePatches.ts";

/**
 * Cytoscape built from its own sources, with the parts the app never uses replaced by small modules in
 * src/graph-view/cytoscape-trim/ (docs/decisions/0022-trimmed-cytoscape.md) and a few edits that make its
 * frames cheaper (cytoscapePatches.ts). Used by the build, the dev server and vitest alike, so the tests
 * run what ships.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = join(ROOT, "node_modules/cytoscape/src");
const STAND_INS = join(ROOT, "src/graph-view/cytoscape-trim");

/** The Cytoscape release the list below was checked against; another one stops the build until rechecked. */
export const TRIMMED_RELEASE = "3.35";

/** Cytoscape's module (path under its src/) → the project's module that stands in for it. */
export const TRIMMED_MODULES: Readonly<Record<string, string>> = {
  "collection/algorithms/index.mjs": "algorithms.js",
  "extensions/layout/index.mjs": "layouts.js",
  "extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs": "noWebgl.js",
};

function installedVersion(sources = SOURCES): string {
  return (JSON.parse(readFileSync(join(sources, "../package.json"), "utf8")) as { version: string }).version;
}

/** What the problem with the installed Cytoscape is, or null when the trim still fits it. */
export function trimProblem(sources = SOURCES): string | null {
  const version = installedVersion(sources);
  if (!version.startsWith(`${TRIMMED_RELEASE}.`))
    return `Cytoscape ${version} is installed, the trim was checked against ${TRIMMED_RELEASE}.x`;
  const gone = Object.keys(TRIMMED_MODULES).filter((path) => !existsSync(join(sources, path)));
  if (gone.length > 0) return `Cytoscape no longer has ${gone.join(", ")}`;
  for (const module of new Set(CYTOSCAPE_PATCHES.map((patch) => patch.module))) {
    const path = join(sources, module);
    const patched = existsSync(path) ? patchModule(module, readFileSync(path, "utf8")) : { missing: module };
    if ("missing" in patched) return `Cytoscape's ${module} no longer holds "${patched.missing}"`;
  }
  return null;
}

const RECHECK = "recheck the trimmed modules and the patches (docs/decisions/0022, 0025)";

function licenseBanner(): string {
  const text = readFileSync(join(SOURCES, "../LICENSE"), "utf8").trim().replaceAll("*/", "* /");
  return `/*! Cytoscape.js, https://js.cytoscape.org\n${text}\n*/\n`;
}

export function trimCytoscape(): Plugin {
  const version = JSON.stringify(installedVersion());
  const replaced = new Set<string>();
  let building = false;
  return {
    name: "career-map-trim-cytoscape",
    enforce: "pre",
    config: () => ({
      // The dev server serves the sources as they are; only their CommonJS dependencies are prebundled.
      optimizeDeps: {
        exclude: ["cytoscape"],
        include: ["heap", "lodash/debounce.js", "lodash/get.js", "lodash/set.js", "lodash/toPath.js"],
      },
    }),
    configResolved(config) {
      building = config.command === "build";
    },
    buildStart() {
      const problem = trimProblem();
      if (problem !== null) this.error(`${problem}: ${RECHECK}`);
      replaced.clear();
    },
    resolveId(source, importer) {
      if (source === "cytoscape") return join(SOURCES, "index.mjs");
      if (source.startsWith("cytoscape/src/")) return join(SOURCES, source.slice("cytoscape/src/".length));
      if (importer === undefined || !source.startsWith(".")) return null;
      const from = importer.split("?")[0] ?? importer;
      if (!from.startsWith(SOURCES)) return null;
      const path = relative(SOURCES, resolve(dirname(from), source));
      const standIn = TRIMMED_MODULES[path];
      if (standIn === undefined) return null;
      replaced.add(path);
      return join(STAND_INS, standIn);
    },
    transform(code, id) {
      if (!id.startsWith(SOURCES)) return null;
      // What Cytoscape's own build replaces; its published bundles are built for production.
      const patched = patchModule(
        relative(SOURCES, id.split("?")[0] ?? id),
        code
          .replaceAll("process.env.VERSION", version)
          .replaceAll("process.env.NODE_ENV", JSON.stringify("production")),
      );
      if ("missing" in patched)
        this.error(`Cytoscape's ${id} no longer holds "${patched.missing}": ${RECHECK}`);
      const out = patched.code;
      return id === join(SOURCES, "index.mjs") ? licenseBanner() + out : out;
    },
    buildEnd(error) {
      if (!building || error !== undefined) return;
      const unused = Object.keys(TRIMMED_MODULES).filter((path) => !replaced.has(path));
      if (unused.length > 0) this.error(`Cytoscape no longer imports ${unused.join(", ")}: ${RECHECK}`);
    },
  };
}
