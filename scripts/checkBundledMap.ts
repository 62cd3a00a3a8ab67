import type { Plugin } from "vite";
import { validateCareerGraph } from "../src/domain/format/validateCareerGraph.ts";

const BUNDLED_MAP = /\/data\/career-map\.json$/;

/**
 * Checks the bundled map as it is built (and on every edit in the dev server), exactly as a file opened
 * in the app is checked, and fails with its errors. The app then takes the bundled map as valid and never
 * loads the validator at start-up (docs/decisions/0014-large-maps.md).
 */
export function checkBundledMap(): Plugin {
  return {
    name: "career-map-check-bundled-map",
    enforce: "pre",
    transform(code, id) {
      if (!BUNDLED_MAP.test(id)) return null;
      const result = validateCareerGraph(JSON.parse(code));
      if (!result.ok) {
        const lines = result.errors.map((error) => `  ${error.path}: ${error.message}`);
        this.error(`data/career-map.json is not a valid career map:\n${lines.join("\n")}`);
      }
      return null;
    },
  };
}
