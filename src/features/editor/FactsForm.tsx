import { useState } from "react";
import type { CareerNode, Fact } from "../../domain/careerGraph.ts";
import { FACT_SECTIONS, type FactSection, setFacts } from "../../domain/edit/nodeEdits.ts";
import { FactRows } from "./FactRows.tsx";
import { Field } from "./Field.tsx";

/** The details panel's titles for each list of facts. */
const SECTION_TITLES: Record<FactSection, string> = {
  settings: "Where people work",
  prerequisites: "Before you apply",
  upkeep: "Keeping it current",
};

/** Edits one of the node's lists of facts at a time, picked by the panel title it appears under. */
export function FactsForm({ node }: { readonly node: CareerNode }) {
  const [section, setSection] = useState<FactSection>("settings");
  const facts: readonly Fact[] = node[section] ?? [];
  return (
    <div className="facts-editor">
      <Field label="Facts under">
        {({ id }) => (
          <select id={id} value={section} onChange={(event) => setSection(event.target.value as FactSection)}>
            {FACT_SECTIONS.map((option) => (
              <option key={option} value={option}>
                {SECTION_TITLES[option]} ({node[option]?.length ?? 0})
              </option>
            ))}
          </select>
        )}
      </Field>
      <FactRows
        key={JSON.stringify([node.id, section, facts])}
        title={SECTION_TITLES[section]}
        facts={facts}
        save={(next) => (graph) => setFacts(graph, node.id, section, next)}
      />
    </div>
  );
}
