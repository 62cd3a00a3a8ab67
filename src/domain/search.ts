import type { CareerGraph, CareerNode } from "./careerGraph.ts";
import { compareLabels } from "./labelOrder.ts";
import { isNodeVisible, type VisibilityFilters } from "./visibility.ts";

/** How well a node matched, best first; the order of the ranking is the order of this list. */
const RANK = { exact: 0, labelPrefix: 1, wordPrefix: 2, substring: 3, summary: 4 } as const;

interface Prepared {
  readonly node: CareerNode;
  readonly label: string;
  readonly labelCompact: string;
  readonly name: string;
  readonly nameCompact: string;
  /** Label and name joined, with a leading space so " query" finds a match at any word start. */
  readonly words: string;
  readonly extra: string;
  readonly levelRank: number;
}

/**
 * Folds text for matching: accents dropped, lower case, and any run of punctuation or spaces made one
 * space, so "CCS-P", "ccs p" and "Ccs–P" compare equal.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const compact = (folded: string) => folded.replaceAll(" ", "");

// Searching runs on every keystroke; folding each node's text once per graph keeps that cheap at 5,000 nodes.
const preparedByGraph = new WeakMap<CareerGraph, readonly Prepared[]>();

function prepare(graph: CareerGraph): readonly Prepared[] {
  const cached = preparedByGraph.get(graph);
  if (cached) return cached;
  const levelRank = new Map(graph.levels.map((level, i) => [level.id, i]));
  const issuerLabel = new Map(graph.issuers.map((issuer) => [issuer.id, issuer.label]));
  const prepared = graph.nodes.map((node): Prepared => {
    const label = foldForSearch(node.label);
    const name = foldForSearch(node.name ?? "");
    const issuer = node.issuer === undefined ? "" : (issuerLabel.get(node.issuer) ?? "");
    return {
      node,
      label,
      labelCompact: compact(label),
      name,
      nameCompact: compact(name),
      words: ` ${label} ${name}`,
      extra: ` ${foldForSearch(`${node.summary} ${issuer}`)}`,
      levelRank: levelRank.get(node.level) ?? Number.MAX_SAFE_INTEGER,
    };
  });
  preparedByGraph.set(graph, prepared);
  return prepared;
}

const everyWordStarts = (text: string, terms: readonly string[]) =>
  terms.every((term) => text.includes(` ${term}`));

function rankOf(entry: Prepared, query: string, terms: readonly string[]): number | null {
  const squeezed = compact(query);
  if (entry.label === query || entry.labelCompact === squeezed) return RANK.exact;
  if (entry.name !== "" && (entry.name === query || entry.nameCompact === squeezed)) return RANK.exact;
  if (entry.label.startsWith(query) || entry.labelCompact.startsWith(squeezed)) return RANK.labelPrefix;
  if (entry.words.includes(` ${query}`)) return RANK.wordPrefix;
  if (
    entry.words.includes(query) ||
    entry.labelCompact.includes(squeezed) ||
    everyWordStarts(entry.words, terms)
  ) {
    return RANK.substring;
  }
  if (everyWordStarts(entry.extra, terms)) return RANK.summary;
  return null;
}

/** Ids in code-unit order: the last tie-break, the same on every machine. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Finds nodes for a search box by short label ("cpc"), full name ("certified professional") or part of a
 * word ("audit"), ignoring case and accents.
 *
 * Ranking, best first: the label or full name equals the query; the label starts with it; a word of the
 * label or name starts with it; it appears inside the label or name (or each of its words starts a word
 * there); each of its words starts a word of the summary or the issuer's label. Ties go to the lower level,
 * then the label, then the id, so the order never depends on the file's order.
 *
 * @param filters nodes the filters hide are left out, as they are on the map.
 * @param limit at most this many results; 0 or less gives none.
 * @returns an empty list for a query with no letters or digits.
 */
export function searchNodes(
  graph: CareerGraph,
  query: string,
  filters?: VisibilityFilters,
  limit = 10,
): readonly CareerNode[] {
  const folded = foldForSearch(query);
  if (folded === "" || limit <= 0) return [];
  const terms = folded.split(" ");
  const hits: { entry: Prepared; rank: number }[] = [];
  for (const entry of prepare(graph)) {
    if (filters && !isNodeVisible(entry.node, filters)) continue;
    const rank = rankOf(entry, folded, terms);
    if (rank !== null) hits.push({ entry, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.entry.levelRank - b.entry.levelRank ||
      compareLabels(a.entry.label, b.entry.label) ||
      compareLabels(a.entry.node.label, b.entry.node.label) ||
      byText(a.entry.node.id, b.entry.node.id),
  );
  return hits.slice(0, limit).map((hit) => hit.entry.node);
}
