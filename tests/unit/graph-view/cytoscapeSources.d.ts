// Cytoscape's own source modules, imported by the tests of the project's patches to them.
declare module "cytoscape/src/extensions/renderer/base/coord-ele-math/z-ordering.mjs" {
  const zOrdering: object;
  export default zOrdering;
}
declare module "cytoscape/src/collection/zsort.mjs" {
  import type { SingularElementArgument } from "cytoscape";

  const zIndexSort: (a: SingularElementArgument, b: SingularElementArgument) => number;
  export default zIndexSort;
}
