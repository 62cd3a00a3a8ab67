import type { NodeKind } from "../careerGraph.ts";
import { asList, asNumber, asRecord, asText, type Loose, quote } from "./loose.ts";
import { Suggester } from "./suggest.ts";
import type { PathKey, Problem } from "./validationError.ts";

type Indexed = readonly { item: Loose; index: number }[];

/** One requirement group ("one of RHIA, RHIT"): every id a credential of this map, none twice, not the node itself. */
function checkGroup(
  nodeId: string | undefined,
  oneOf: readonly unknown[],
  keys: readonly PathKey[],
  kindOf: ReadonlyMap<string, NodeKind | undefined>,
  credentials: Suggester,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  oneOf.forEach((value, k) => {
    const id = asText(value);
    if (id === undefined) return;
    const at = [...keys, k];
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({
        keys: at,
        message: `${quote(id)} is already in this group (oneOf[${earlier}]). Remove the repeat.`,
      });
      return;
    }
    seen.set(id, k);
    if (id === nodeId) {
      problems.push({
        keys: at,
        message: `${quote(id)} is this node itself; a node cannot require itself. Remove it from the group.`,
      });
    } else if (!kindOf.has(id)) {
      problems.push({
        keys: at,
        message: `${quote(id)} is not a node on this map. Use the id of one of the map's credentials.${credentials.hint(id)}`,
      });
    } else if (kindOf.get(id) === "position") {
      problems.push({
        keys: at,
        message: `${quote(id)} is a position; a requirement group lists credentials. Use a credential's id, or write the time in the role under "experience".`,
      });
    }
  });
  return problems;
}

/**
 * The meaning of format version 2's fields (docs/decisions/0007): requirement groups name the map's
 * credentials, only credentials have exam fees (docs/decisions/0012), and a time's range is in order.
 */
export function checkRequirements(
  nodes: Indexed,
  edges: Indexed,
  kindOf: ReadonlyMap<string, NodeKind | undefined>,
  budget: { left: number },
): Problem[] {
  const problems: Problem[] = [];
  const credentialIds = [...kindOf].flatMap(([id, kind]) => (kind === "credential" ? [id] : []));
  const credentials = new Suggester(credentialIds, budget);
  for (const { item: node, index } of nodes) {
    const groups = asList(asRecord(node.requirements)?.credentials);
    groups.forEach((group, g) => {
      const oneOf = asList(asRecord(group)?.oneOf);
      const keys = ["nodes", index, "requirements", "credentials", g, "oneOf"];
      problems.push(...checkGroup(asText(node.id), oneOf, keys, kindOf, credentials));
    });
    if (node.kind === "position" && asList(node.fees).length > 0) {
      problems.push({
        keys: ["nodes", index, "fees"],
        message:
          "are exam fees, and a position has no exam. Move them to the credential whose exam they are for, or remove them.",
      });
    }
  }
  for (const { item: edge, index } of edges) {
    const time = asRecord(edge.time);
    const min = asNumber(time?.minYears);
    const max = asNumber(time?.maxYears);
    if (min !== undefined && max !== undefined && max < min) {
      problems.push({
        keys: ["edges", index, "time", "maxYears"],
        message: `is ${max}, less than minYears (${min}). maxYears is the most years, so it is at least minYears; swap them or fix one.`,
      });
    }
  }
  return problems;
}
