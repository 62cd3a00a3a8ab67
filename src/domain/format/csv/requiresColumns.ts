import type { CareerNode } from "../../careerGraph.ts";
import { asList, asRecord, asText } from "../loose.ts";

/**
 * Credential groups in plain words for a spreadsheet: `rhia or rhit; ccs or cpc` is "one of RHIA, RHIT,
 * and one of CCS, CPC", with one basis for all groups in the `requires basis`, `requires source` and
 * `requires note` columns. A row carries them under the temporary key `requires` between the cells and
 * the map's `requirements`; what plain words cannot say exactly (groups with different bases, ids with
 * a ";" or the word "or") stays in the `requirements` JSON cell.
 */
export const formatGroups = (groups: readonly (readonly string[])[]): string =>
  groups.map((group) => group.join(" or ")).join("; ");

export const parseGroups = (text: string): string[][] =>
  text
    .split(";")
    .map((group) => group.split(/\s+or\s+/i).map((id) => id.trim()))
    .filter((group) => group.some((id) => id !== ""));

/** Moves a row's `requires` into `requirements.credentials`; returns the problem, if any. */
export function foldRequires(entry: Record<string, unknown>): string | undefined {
  const requires = asRecord(entry.requires);
  if (!requires) return undefined;
  delete entry.requires;
  const text = asText(requires.groups);
  if (text === undefined) {
    return 'is empty, but its basis is filled. Write the credential ids, such as "rhia or rhit; ccs or cpc".';
  }
  const { credentials, ...rest } = asRecord(entry.requirements) ?? {};
  if (credentials !== undefined) {
    return 'and the "requirements" cell both list credential groups. Keep them in one place.';
  }
  const groups = parseGroups(text).map((oneOf) => ({ oneOf, basis: requires.basis }));
  entry.requirements = { credentials: groups, ...rest };
  return undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A node as its row shows it: credential groups under `requires` when plain words say them exactly. */
export function unfoldRequires(node: CareerNode): unknown {
  const groups = asList(node.requirements?.credentials).map((group) => asRecord(group) ?? {});
  const [first] = groups;
  if (first === undefined) return node;
  const ids = groups.map((group) => asList(group.oneOf).map(String));
  const exact =
    same(parseGroups(formatGroups(ids)), ids) && groups.every((group) => same(group.basis, first.basis));
  if (!exact) return node;
  const { credentials: _, ...rest } = node.requirements ?? {};
  return {
    ...node,
    requires: { groups: formatGroups(ids), basis: first.basis },
    requirements: Object.keys(rest).length > 0 ? rest : undefined,
  };
}
