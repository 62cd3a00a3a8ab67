import type { CareerNode, NodeKind } from "./careerGraph.ts";

type FilteredFields = Pick<CareerNode, "kind" | "level" | "issuer">;

export interface VisibilityFilters {
  readonly hiddenKinds: ReadonlySet<NodeKind>;
  readonly hiddenLevels: ReadonlySet<string>;
  readonly hiddenIssuers: ReadonlySet<string>;
}

/** Whether the filters leave a node on the map; positions have no issuer, so issuer filters never hide them. */
export function isNodeVisible(node: FilteredFields, filters: VisibilityFilters): boolean {
  if (filters.hiddenKinds.has(node.kind) || filters.hiddenLevels.has(node.level)) return false;
  return node.issuer === undefined || !filters.hiddenIssuers.has(node.issuer);
}
