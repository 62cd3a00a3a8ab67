import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import type { CareerGraph } from "../../src/domain/careerGraph.ts";
import { chooseArrangement } from "./chooseArrangement.ts";

const MAP_FILE = fileURLToPath(new URL("../../data/career-map.json", import.meta.url));
const MODULE = "virtual:bundled-map-arrangement";
const RESOLVED = `\0${MODULE}`;

/**
 * `virtual:bundled-map-arrangement`: the arrangement the bundled map is drawn in, chosen from the map file
 * when the app is built or served (chooseArrangement.ts), so the page does not search for one as it starts.
 * In the dev server and the tests too, so that they draw the map as the built app does.
 */
export function bundledArrangement(mapFile = MAP_FILE): Plugin {
  return {
    name: "career-map-bundled-arrangement",
    resolveId: (id) => (id === MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(mapFile);
      let arrangement: unknown = [];
      try {
        arrangement = chooseArrangement(JSON.parse(readFileSync(mapFile, "utf8")) as CareerGraph).arrangement;
      } catch {
        // A map that cannot be read or laid out is reported by the map's own check (checkBundledMap.ts);
        // with no arrangement the page searches for one, as for any map.
      }
      return `export default ${JSON.stringify(arrangement)};`;
    },
  };
}
