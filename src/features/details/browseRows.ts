import type { CareerNode } from "../../domain/careerGraph.ts";
import type { GraphIndex } from "../../domain/graphIndex.ts";
import { compareLabels } from "../../domain/labelOrder.ts";

export const KINDS = [
  ["position", "Positions"],
  ["credential", "Credentials"],
] as const;

export type BrowseRow =
  | { readonly type: "level"; readonly key: string; readonly label: string }
  | { readonly type: "kind"; readonly key: string; readonly label: string }
  | { readonly type: "node"; readonly key: string; readonly node: CareerNode };

const byLabel = (a: CareerNode, b: CareerNode) => compareLabels(a.label, b.label) || (a.id < b.id ? -1 : 1);

/** Every node under its level and kind headings, in reading order: the browse list as rows. */
export function browseRows(index: GraphIndex): BrowseRow[] {
  const byLevel = new Map<string, CareerNode[]>();
  for (const node of index.graph.nodes) {
    const list = byLevel.get(node.level);
    if (list) list.push(node);
    else byLevel.set(node.level, [node]);
  }
  const rows: BrowseRow[] = [];
  for (const level of index.graph.levels) {
    const nodes = byLevel.get(level.id) ?? [];
    if (nodes.length === 0) continue;
    rows.push({ type: "level", key: `level:${level.id}`, label: level.label });
    for (const [kind, title] of KINDS) {
      const ofKind = nodes.filter((node) => node.kind === kind).sort(byLabel);
      if (ofKind.length === 0) continue;
      rows.push({ type: "kind", key: `kind:${level.id}:${kind}`, label: title });
      for (const node of ofKind) rows.push({ type: "node", key: `node:${node.id}`, node });
    }
  }
  return rows;
}
