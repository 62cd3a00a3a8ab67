// Stands in for Cytoscape's extensions/layout/index.mjs (scripts/trimCytoscape.ts,
// docs/decisions/0022-trimmed-cytoscape.md). The app places every node itself and draws with the
// "preset" layout; "null" is Cytoscape's default when no layout is named.
import nullLayout from "cytoscape/src/extensions/layout/null.mjs";
import presetLayout from "cytoscape/src/extensions/layout/preset.mjs";

export default [
  { name: "null", impl: nullLayout },
  { name: "preset", impl: presetLayout },
];
