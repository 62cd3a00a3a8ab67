import { useAppStore } from "../../store/appStore.ts";
import { NodePlanControls } from "./NodePlanControls.tsx";

/** The plan controls for a node named by id, as the details panel's action slot hands it over. */
export function NodePlanSlot({ nodeId }: { readonly nodeId: string }) {
  const label = useAppStore((state) => state.index?.nodeById.get(nodeId)?.label ?? nodeId);
  return <NodePlanControls nodeId={nodeId} label={label} />;
}
