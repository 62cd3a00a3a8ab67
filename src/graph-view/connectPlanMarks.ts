import type { Core } from "cytoscape";
import type { Plan, PlanMark } from "../domain/plan/plan.ts";
import { useAppStore } from "../store/appStore.ts";
import { nodeElementId } from "./elementIds.ts";
import { planMarkClass } from "./planMarkStyles.ts";

function marksOf(plan: Plan | null): Map<string, PlanMark> {
  const marks = new Map<string, PlanMark>();
  for (const [id, entry] of plan?.entries ?? []) if (entry.mark !== undefined) marks.set(id, entry.mark);
  return marks;
}

/**
 * Keeps the plan's marks on the map as classes, apart from the highlights so each can change alone.
 * Only the marks that changed are touched: a restyled node redraws the whole canvas, and on a map of
 * thousands of nodes a note typed beside a long plan would otherwise redraw it at every key.
 * Ids the map does not have find no element and are skipped. Returns the function that disconnects it.
 */
export function connectPlanMarks(cy: Core): () => void {
  let shown = new Map<string, PlanMark>();
  const apply = (plan: Plan | null) => {
    const next = marksOf(plan);
    const gone = [...shown].filter(([id, mark]) => next.get(id) !== mark);
    const come = [...next].filter(([id, mark]) => shown.get(id) !== mark);
    shown = next;
    if (gone.length + come.length === 0) return;
    cy.batch(() => {
      for (const [id, mark] of gone) cy.getElementById(nodeElementId(id)).removeClass(planMarkClass(mark));
      for (const [id, mark] of come) cy.getElementById(nodeElementId(id)).addClass(planMarkClass(mark));
    });
  };
  apply(useAppStore.getState().plan);
  return useAppStore.subscribe((state, previous) => {
    if (state.plan !== previous.plan && !cy.destroyed()) apply(state.plan);
  });
}
