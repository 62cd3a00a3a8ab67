// Stands in for Cytoscape's collection/algorithms/index.mjs (scripts/trimCytoscape.ts,
// docs/decisions/0022-trimmed-cytoscape.md). Only the searches stay: `components()` runs on `bfs`.
// The app runs its own route search (src/domain/route) and calls none of the other graph algorithms.
export { default } from "cytoscape/src/collection/algorithms/bfs-dfs.mjs";
