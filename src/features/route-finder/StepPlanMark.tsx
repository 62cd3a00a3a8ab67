import { useAppStore } from "../../store/appStore.ts";
import { selectPlanMark } from "../../store/planSelectors.ts";
import { PlanMarkBadge } from "../../ui/PlanMarkBadge.tsx";

/** The mark the person gave a route node in their plan, beside it in the steps. */
export function StepPlanMark({ nodeId }: { readonly nodeId: string }) {
  const mark = useAppStore(selectPlanMark(nodeId));
  return mark === undefined ? null : (
    <>
      {" "}
      <PlanMarkBadge mark={mark} />
    </>
  );
}
