import { asList, asRecord, asText, type Loose, quote } from "./loose.ts";
import type { PathKey } from "./validationError.ts";

const WORDS: Record<string, string> = { levels: "level", issuers: "issuer", edges: "path" };

/**
 * Names the level, issuer, node or path a problem is in by its id and label (for a path, its ends),
 * so a person finds it in a long file: `credential "cpc" (CPC)`, `path "e1" (coder-i → coder-ii)`.
 */
export function subjectOf(raw: Loose, keys: readonly PathKey[]): string | undefined {
  const [section, index] = keys;
  if (typeof section !== "string" || typeof index !== "number") return undefined;
  const item = asRecord(asList(raw[section])[index]);
  if (!item) return undefined;
  const id = asText(item.id);
  const kind = asText(item.kind);
  const word =
    section === "nodes" ? (kind === "position" || kind === "credential" ? kind : "node") : WORDS[section];
  if (word === undefined) return undefined;
  const label = asText(item.label);
  const source = asText(item.source);
  const target = asText(item.target);
  const detail =
    section === "edges"
      ? source !== undefined && target !== undefined
        ? ` (${source} → ${target})`
        : ""
      : label !== undefined && label !== id
        ? ` (${label.length > 60 ? `${label.slice(0, 60)}…` : label})`
        : "";
  const name = id === undefined ? `#${index + 1}` : quote(id);
  return `${word} ${name}${detail}`;
}
