import type { Plugin } from "vite";

/** V8's explicit compile hint: compile every function of this script while it streams in, off the page's thread. */
export const COMPILE_ALL_ON_LOAD = "//# allFunctionsCalledOnLoad";

/**
 * Puts V8's compile hint at the top of the entry script, where V8 looks for it. Two thirds of the entry's
 * code runs before the first map is drawn (Cytoscape, the ladder layout); compiled lazily, that took
 * 35–40 ms of the page's own thread in the middle of the first draw. Compiled while the script streams
 * in, it costs a background thread instead, mostly while the page is laid out
 * (docs/decisions/0027-first-draw-compile-hint.md). Other browsers read a comment. Last of all, after
 * Vite has put its own lines at the top.
 */
export function entryCompileHint(): Plugin {
  return {
    name: "career-map-entry-compile-hint",
    apply: "build",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === "chunk" && chunk.isEntry && chunk.name === "index") {
            chunk.code = `${COMPILE_ALL_ON_LOAD}\n${chunk.code}`;
          }
        }
      },
    },
  };
}
