import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { asDataBlockText, BUNDLED_MAP_ELEMENT } from "../src/app/bundledMapElement.ts";
import { validateCareerGraph } from "../src/domain/format/validateCareerGraph.ts";

const BUNDLED_MAP = fileURLToPath(new URL("../data/career-map.json", import.meta.url));

function problems(): string | null {
  const result = validateCareerGraph(JSON.parse(readFileSync(BUNDLED_MAP, "utf8")));
  if (result.ok) return null;
  const lines = result.errors.map((error) => `  ${error.path}: ${error.message}`);
  return `data/career-map.json is not a valid career map:\n${lines.join("\n")}`;
}

/**
 * Checks the bundled map as the app is built (and on every edit in the dev server), exactly as a file
 * opened in the app is checked, and fails with its errors. The app then takes the bundled map as valid and
 * never loads the validator at start-up (docs/decisions/0014-large-maps.md). The built index.html holds the
 * map as a data block that the scripts read at once (src/app/bundledMap.ts,
 * docs/decisions/0018-first-view-bundle.md).
 */
export function checkBundledMap(): Plugin {
  return {
    name: "career-map-check-bundled-map",
    buildStart() {
      this.addWatchFile(BUNDLED_MAP);
      const found = problems();
      if (found) this.error(found);
    },
    handleHotUpdate({ file, server }) {
      if (file !== BUNDLED_MAP) return;
      const found = problems();
      if (found) server.config.logger.error(found);
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        // Only the built page: the dev server's fetches the file, which it serves as it changes.
        if (!context.bundle) return [];
        return [
          {
            tag: "script",
            attrs: { type: "application/json", id: BUNDLED_MAP_ELEMENT },
            children: asDataBlockText(readFileSync(BUNDLED_MAP, "utf8")),
            injectTo: "body",
          },
        ];
      },
    },
  };
}
