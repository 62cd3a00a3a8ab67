// Stands in for Cytoscape's extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs
// (scripts/trimCytoscape.ts, docs/decisions/0022-trimmed-cytoscape.md). The app never turns on the
// WebGL renderer (createMapCore.ts); asking for it says so instead of drawing nothing.
export default {
  initWebgl() {
    throw new Error(
      "This build of Cytoscape has no WebGL renderer (docs/decisions/0022-trimmed-cytoscape.md).",
    );
  },
};
