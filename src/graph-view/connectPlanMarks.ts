import type { Core } from "cytoscape";
import { PLAN_MARKS } from "../domain/plan/plan.ts";
import { useAppStore } from "../store/appStore.ts";
import { nodeElementId } from "./elementIds.ts";
import { planMarkClass } from "./planMarkStyles.ts";

const ALL_MARK_CLASSES = PLAN_MARKS.map(planMarkClass).join(" ");

function applyPlanMarks(cy: Core): void {
  const plan = useAppStore.getState().plan;
  cy.batch(() => {
    cy.nodes(`.${PLAN_MARKS.map(planMarkClass).join(", .")}`).removeClass(ALL_MARK_CLASSES);
    for (const [id, entry] of plan?.entries ?? []) {
      if (entry.mark !== undefined) cy.getElementById(nodeElementId(id)).addClass(planMarkClass(entry.mark));
    }
  });
}

/**
 * Keeps the plan's marks on the map as classes, apart from the highlights so each can change alone.
 * Ids the map does not have find no element and are skipped. Returns the function that disconnects it.
 */
export function connectPlanMarks(cy: Core): () => void {
  applyPlanMarks(cy);
  return useAppStore.subscribe((state, previous) => {
    if (state.plan !== previous.plan && !cy.destroyed()) applyPlanMarks(cy);
  });
}
