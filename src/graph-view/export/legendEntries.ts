import type { Core } from "cytoscape";
import type { EdgeKind } from "../../domain/careerGraph.ts";
import { EDGE_KINDS } from "../../domain/format/kinds.ts";
import { PLAN_MARKS } from "../../domain/plan/plan.ts";
import { type LegendContent, type LegendEntry, legendEntries } from "../../ui/look/legend.ts";
import type { VisualModel } from "../../ui/look/visualModel.ts";
import { planMarkClass } from "../planMarkStyles.ts";

/**
 * The legend for what the exported picture shows, in the on-screen legend's words and marks: every kind
 * of node, issuer and path on the map, the highlights that are on and the plan marks drawn. Nothing the picture lacks.
 */
export function pictureLegend(cy: Core, model: VisualModel): LegendEntry[] {
  // `some` stops at the first visible element: on a map of 20,000 elements that is the difference between
  // a few milliseconds and a few hundred per legend.
  const shown = (selector: string) =>
    cy
      .elements(selector)
      .toArray()
      .some((ele) => ele.visible());
  const issuers = new Set(
    model.issuers.filter((look) => shown(`node.${look.className}`)).map((look) => look.id),
  );
  const known = model.issuers.map((look) => `.${look.className}`).join(", ");
  const credentials = cy.nodes("node.credential");
  const content: LegendContent = {
    positions: shown("node.position"),
    issuers,
    unknownIssuer: (known ? credentials.not(known) : credentials).toArray().some((ele) => ele.visible()),
    edges: new Set<EdgeKind>(EDGE_KINDS.filter((kind) => shown(`edge.${kind}`))),
    route: shown(".on-route"),
    selected: shown("node.selected"),
    dimmed: shown(".dimmed"),
    levels: shown("node.band"),
    marks: new Set(PLAN_MARKS.filter((mark) => shown(`node.${planMarkClass(mark)}`))),
  };
  return legendEntries(model, content);
}
