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

export interface PickerChoices {
  readonly nodes: readonly CareerNode[];
  /** Fitting nodes left out of a browsed list (empty text): a large map has far more than it shows. */
  readonly more: number;
}

/**
 * The choices a node picker offers: the best search matches for typed text, or, for empty text, every
 * fitting node by level then label so a person who does not know the names can browse (up to a limit, with
 * the count left out). Filters are not applied: a route may pass through nodes the filters hide, and the
 * map draws them while it is shown.
 */
export function nodeOptions(graph: CareerGraph, text: string, rules: OptionRules): PickerChoices {
  const fits = (node: CareerNode) =>
    (rules.kind === undefined || node.kind === rules.kind) && !rules.exclude?.has(node.id);
  if (foldForSearch(text) === "") {
    const rank = new Map(graph.levels.map((level, i) => [level.id, i]));
    const fitting = graph.nodes.filter(fits);
    const nodes = fitting
      .sort(
        (a, b) =>
          (rank.get(a.level) ?? 0) - (rank.get(b.level) ?? 0) ||
          (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
      )
      .slice(0, BROWSE_LIMIT);
    return { nodes, more: fitting.length - nodes.length };
  }
  const nodes = searchNodes(graph, text, undefined, graph.nodes.length).filter(fits).slice(0, TYPED_LIMIT);
  return { nodes, more: 0 };
}
