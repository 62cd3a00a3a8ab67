import type { StylesheetJson } from "cytoscape";
import { PLAN_MARKS } from "../domain/plan/plan.ts";
import { PLAN_MARK_LOOKS } from "../ui/planMarkColors.ts";

/** The class a node wears for its mark in the person's plan. */
export const planMarkClass = (mark: string) => `plan-${mark}`;

/**
 * A mark is a ring outside the node's border (Cytoscape's outline), so it never fights the border that
 * tells kinds and issuers apart, nor the underlay of selection and route.
 */
export const PLAN_MARK_STYLESHEET: StylesheetJson = PLAN_MARKS.map((mark) => ({
  selector: `node.${planMarkClass(mark)}`,
  style: {
    "outline-width": PLAN_MARK_LOOKS[mark].ring === "double" ? 5 : 3,
    "outline-color": PLAN_MARK_LOOKS[mark].color,
    "outline-style": PLAN_MARK_LOOKS[mark].ring,
    "outline-offset": 3,
  },
}));
