/** One edit to Cytoscape's sources, made as the app is built (scripts/cytoscapePatches.ts). */
export interface CytoscapePatch {
  /** The module, as a path under Cytoscape's src/. */
  readonly module: string;
  readonly find: string;
  readonly replace: string;
}
