import { PLAN_MARKS } from "../domain/plan/plan.ts";
import type { VisualModel } from "../ui/look/visualModel.ts";

/** The class a node wears for its mark in the person's plan. */
export const planMarkClass = (mark: string) => `plan-${mark}`;

/**
 * A mark is a ring outside the node's border (Cytoscape's outline), in the visual model's look, so it never
 * fights the border that tells kinds and issuers apart, nor the underlay of selection and route.
 */
export const planMarkStyles = (model: VisualModel) =>
  PLAN_MARKS.map((mark) => {
    const look = model.marks[mark];
    return {
      selector: `node.${planMarkClass(mark)}`,
      style: {
        "outline-width": look.width,
        "outline-color": look.color,
        "outline-style": look.ring,
        "outline-offset": look.offset,
      },
    };
  });
