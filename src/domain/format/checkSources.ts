import { asList, asRecord, type Loose } from "./loose.ts";
import type { Problem } from "./validationError.ts";

/**
 * Every node says where its facts come from: at least one link, or the author's own statement
 * (`internal`) on the node or on the whole map (docs/decisions/0010-internal-sources.md).
 */
export function checkSources(raw: Loose, nodes: readonly { item: Loose; index: number }[]): Problem[] {
  if (asRecord(raw.internal)) return [];
  return nodes.flatMap(({ item, index }) =>
    asList(item.sources).length > 0 ||
    asRecord(item.internal) ||
    (item.sources !== undefined && !Array.isArray(item.sources))
      ? []
      : [
          {
            keys: ["nodes", index, "sources"],
            message:
              'has no source. Add a link under "sources", or say the facts are your own with "internal": { "note": "…" } on the node or on the map.',
          },
        ],
  );
}
