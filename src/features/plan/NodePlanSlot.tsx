import { useAppStore } from "../../store/appStore.ts";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import { PartPending } from "../../ui/PartPending.tsx";
import "./plan.css";

/** The plan controls load with a node's details, when the first node is chosen. */
const controls = lazyPart(() => import("./NodePlanControls.tsx"));

/** The plan controls for a node named by id, as the details panel's action slot hands it over. */
export function NodePlanSlot({ nodeId }: { readonly nodeId: string }) {
  const label = useAppStore((state) => state.index?.nodeById.get(nodeId)?.label ?? nodeId);
  const part = usePart(controls);
  return part.module ? (
    <part.module.NodePlanControls nodeId={nodeId} label={label} />
  ) : (
    <PartPending failed={part.failed} what="plan controls" onRetry={part.retry} />
  );
}
