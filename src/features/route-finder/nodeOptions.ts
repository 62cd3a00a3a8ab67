import type { CareerGraph, CareerNode, NodeKind } from "../../domain/careerGraph.ts";
import { foldForSearch, searchNodes } from "../../domain/search.ts";

export interface OptionRules {
  /** Offer only nodes of this kind. */
  readonly kind?: NodeKind;
  /** Ids already chosen, not offered again. */
  readonly exclude?: ReadonlySet<string>;
}

const TYPED_LIMIT = 8;
const BROWSE_LIMIT = 60;

/**
 * The choices a route picker offers: the best search matches for typed text, or, for empty text, every
 * fitting node by level then label so a person who does not know the names can browse. Filters are not
 * applied: a route may pass through nodes the filters hide, and the map draws them while it is shown.
 */
export function nodeOptions(graph: CareerGraph, text: string, rules: OptionRules): readonly CareerNode[] {
  const fits = (node: CareerNode) =>
    (rules.kind === undefined || node.kind === rules.kind) && !rules.exclude?.has(node.id);
  if (foldForSearch(text) === "") {
    const rank = new Map(graph.levels.map((level, i) => [level.id, i]));
    return graph.nodes
      .filter(fits)
      .sort(
        (a, b) =>
          (rank.get(a.level) ?? 0) - (rank.get(b.level) ?? 0) ||
          (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
      )
      .slice(0, BROWSE_LIMIT);
  }
  return searchNodes(graph, text, undefined, graph.nodes.length).filter(fits).slice(0, TYPED_LIMIT);
}
