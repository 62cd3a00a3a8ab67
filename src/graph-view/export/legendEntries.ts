import type { Core } from "cytoscape";
import { PLAN_MARK_WORDS, PLAN_MARKS } from "../../domain/plan/plan.ts";
import { planMarkClass } from "../planMarkStyles.ts";
import type { LegendEntry } from "./decorLayout.ts";

/**
 * The legend for what the exported picture shows, in the on-screen legend's words: every kind of node and
 * path on the map, and the highlights that are on (route, selection, dimming). Nothing the picture lacks.
 */
export function legendEntries(cy: Core): LegendEntry[] {
  const shown = (selector: string) =>
    cy
      .elements(selector)
      .filter((ele) => ele.visible())
      .nonempty();
  const entries: LegendEntry[] = [];
  const add = (present: boolean, entry: LegendEntry) => {
    if (present) entries.push(entry);
  };
  add(shown("node.position"), { swatch: "position", label: "Position (a job)" });
  add(shown("node.issuer-aapc"), { swatch: "aapc", label: "AAPC credential, solid border" });
  add(shown("node.issuer-ahima"), { swatch: "ahima", label: "AHIMA credential, double border" });
  add(shown("node.issuer-other"), { swatch: "other", label: "Credential from another issuer" });
  add(shown("edge.advances-to"), { swatch: "advances-to", label: "Advances to (promotion)" });
  add(shown("edge.lateral"), { swatch: "lateral", label: "Lateral move, same level" });
  add(shown("edge.qualifies-for"), { swatch: "qualifies-for", label: "Credential qualifies you for" });
  add(shown("edge.prepares-for"), { swatch: "prepares-for", label: "Work prepares you for" });
  const route = shown(".on-route");
  add(route, { swatch: "route", label: "On the route" });
  add(shown("node.selected"), { swatch: "selected", label: "Selected" });
  add(shown(".dimmed"), {
    swatch: "dimmed",
    label: route ? "Dimmed: not on the route" : "Dimmed: not linked to the selection",
  });
  for (const mark of PLAN_MARKS) {
    add(shown(`node.${planMarkClass(mark)}`), {
      swatch: `plan-${mark}`,
      label: `My plan: ${PLAN_MARK_WORDS[mark].toLowerCase()}`,
    });
  }
  add(shown("node.band"), { swatch: null, label: "Columns are levels, lowest on the left." });
  return entries;
}
