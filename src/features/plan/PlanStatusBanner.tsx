import { useAppStore } from "../../store/appStore.ts";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import "./my-plan.css";

/** The messages load the first time there is something to say. */
const messages = lazyPart(() => import("./PlanStatusMessages.tsx"));

/** Says when the plan is not being kept, and what happened to a kept or linked map (PlanStatusMessages). */
export function PlanStatusBanner() {
  const wanted = useAppStore(
    (state) => state.planStatus !== "saved" || state.planReset !== null || state.mapNotice !== null,
  );
  const part = usePart(messages, wanted);
  return part.module ? <part.module.PlanStatusMessages /> : null;
}
