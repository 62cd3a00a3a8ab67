import type { CareerNode } from "../careerGraph.ts";

/** Something the map says the step's destination takes, with the source the map gives for it. */
export type Requirement =
  | {
      readonly kind: "exam";
      readonly text: string;
      readonly source: string;
      readonly questions?: number;
      readonly minutes?: number;
    }
  | { readonly kind: "prerequisite"; readonly text: string; readonly source: string }
  | {
      readonly kind: "apprentice";
      readonly designation: string;
      readonly text: string;
      readonly source: string;
    };

/** The exam, prerequisites and apprentice designation of a node, in that order, where the map has them. */
export function requirementsOf(node: CareerNode): Requirement[] {
  const requirements: Requirement[] = [];
  const { exam, apprentice } = node;
  if (exam) {
    const { text, source, questions, minutes } = exam;
    requirements.push({
      kind: "exam",
      text,
      source,
      ...(questions === undefined ? {} : { questions }),
      ...(minutes === undefined ? {} : { minutes }),
    });
  }
  for (const { text, source } of node.prerequisites ?? [])
    requirements.push({ kind: "prerequisite", text, source });
  if (apprentice) {
    const { designation, text, source } = apprentice;
    requirements.push({ kind: "apprentice", designation, text, source });
  }
  return requirements;
}
