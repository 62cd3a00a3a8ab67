import type { CareerNode, EdgeBasis } from "../careerGraph.ts";
import type { NodeRef } from "./nodeRef.ts";
import type { RouteIndex } from "./routeIndex.ts";

/** One thing a position (to be hired) or an exam (to sit it) asks for, with why the map says so. */
export type Need =
  | {
      readonly kind: "credential";
      readonly oneOf: readonly NodeRef[];
      /** The credential held at that point that meets it; null if none (requirements switched off). */
      readonly metBy: NodeRef | null;
      readonly basis: EdgeBasis;
    }
  | {
      readonly kind: "experience";
      readonly years: number;
      readonly text: string | null;
      readonly basis: EdgeBasis;
    }
  | { readonly kind: "education"; readonly text: string; readonly basis: EdgeBasis };

/** What `node` asks for, and which of the credentials in `holding` meets each credential group. */
export function needsOf(index: RouteIndex, node: CareerNode, holding: ReadonlySet<string>): Need[] {
  const ref = (id: string): NodeRef[] => {
    const other = index.nodes[index.indexOf.get(id) ?? -1];
    return other ? [{ id: other.id, kind: other.kind, label: other.label, level: other.level }] : [];
  };
  const requirements = node.requirements;
  const needs: Need[] = (requirements?.credentials ?? []).map((group) => {
    const oneOf = group.oneOf.flatMap(ref);
    return {
      kind: "credential",
      oneOf,
      metBy: oneOf.find((c) => holding.has(c.id)) ?? null,
      basis: group.basis,
    };
  });
  const experience = requirements?.experience;
  if (experience) {
    needs.push({
      kind: "experience",
      years: experience.years,
      text: experience.text ?? null,
      basis: experience.basis,
    });
  }
  for (const item of requirements?.education ?? [])
    needs.push({ kind: "education", text: item.text, basis: item.basis });
  return needs;
}
