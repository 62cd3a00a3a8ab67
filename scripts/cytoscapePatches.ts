import type { CytoscapePatch } from "./cytoscapePatch.ts";
import { Z_ORDER_PATCHES } from "./cytoscapeZOrderPatches.ts";

export type { CytoscapePatch } from "./cytoscapePatch.ts";

/**
 * The renderer asks every element for its box on every frame it draws (to skip what lies outside the
 * view). Each ask made a memoizing closure, hashed the element's id and the options' ten flags, and
 * built arrays and iterators to hash positions: 3 µs, a quarter of a second per frame on a 20,000-node
 * map. The first patch answers an up-to-date cached box at once, with the same test of up-to-date the
 * original makes; the second hashes positions with the same arithmetic, without the allocations.
 */
const BOUNDS_PATCHES: readonly CytoscapePatch[] = [
  {
    module: "collection/dimensions/bounds.mjs",
    find: "elesfn.boundingBox = function( options ){\n",
    replace: `elesfn.boundingBox = function( options ){
  if( options === undefined && this.length === 1 ){
    let _p = this[0]._private;

    if( _p.bbCache != null && !_p.styleDirty && _p.bbCachePosKey === getBoundingBoxPosKey(this[0]) ){
      return _p.bbCache;
    }
  }
`,
  },
  {
    module: "collection/dimensions/bounds.mjs",
    find: `let getBoundingBoxPosKey = ele => {
  let r = x => Math.round(x);

  if( ele.isEdge() ){
    let p1 = ele.source().position();
    let p2 = ele.target().position();

    return hashIntsArray([ r(p1.x), r(p1.y), r(p2.x), r(p2.y) ]);
  } else {
    let p = ele.position();

    return hashIntsArray([ r(p.x), r(p.y) ]);
  }
};`,
    replace: `let getBoundingBoxPosKey = ele => {
  let _p = ele._private;
  let r = Math.round;
  // hashIntsArray's sdbm hash from its seed, one step per number
  let step = (hash, value) => ((hash * 65599) + value) | 0;

  if( _p.group === 'edges' ){
    let p1 = _p.source._private.position;
    let p2 = _p.target._private.position;

    return step(step(step(step(DEFAULT_HASH_SEED, r(p1.x)), r(p1.y)), r(p2.x)), r(p2.y));
  } else {
    let p = _p.position;

    return step(step(DEFAULT_HASH_SEED, r(p.x)), r(p.y));
  }
};`,
  },
  {
    module: "collection/dimensions/bounds.mjs",
    find: "import {defaults, endsWith, getPrefixedProperty, hashIntsArray, memoize} from '../../util/index.mjs';",
    replace:
      "import {defaults, endsWith, getPrefixedProperty, hashIntsArray, memoize, DEFAULT_HASH_SEED} from '../../util/index.mjs';",
  },
];

/**
 * Edits to Cytoscape's sources that make its canvas renderer's frames cheaper on big maps, and change
 * no answer (docs/decisions/0025-faster-element-boxes.md). Each replaces an exact piece of text; one that
 * is not found stops the build, so a new Cytoscape release is looked at again rather than left unpatched.
 */
export const CYTOSCAPE_PATCHES: readonly CytoscapePatch[] = [...BOUNDS_PATCHES, ...Z_ORDER_PATCHES];

/** The module's code with its patches made, or the text of the first patch that no longer fits. */
export function patchModule(
  module: string,
  code: string,
  patches: readonly CytoscapePatch[] = CYTOSCAPE_PATCHES,
): { code: string } | { missing: string } {
  let out = code;
  for (const patch of patches) {
    if (patch.module !== module) continue;
    if (!out.includes(patch.find)) return { missing: patch.find.split("\n")[0] ?? patch.find };
    out = out.replace(patch.find, patch.replace);
  }
  return { code: out };
}
