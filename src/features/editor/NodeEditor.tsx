import { useAppStore } from "../../store/appStore.ts";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import { PartPending } from "../../ui/PartPending.tsx";
import "./editor.css";
import "./node-editor.css";

/** The forms load with the other editing tools, when editing is first turned on. */
const forms = lazyPart(() => import("./NodeEditForms.tsx"));

/** The edit forms for the node in the details panel, shown while "Edit map" is on. */
export function NodeEditor({ nodeId }: { readonly nodeId: string }) {
  const editing = useAppStore((state) => state.editing);
  const part = usePart(forms, editing);
  if (!editing) return null;
  return part.module ? (
    <part.module.NodeEditForms nodeId={nodeId} />
  ) : (
    <PartPending failed={part.failed} what="edit forms" onRetry={part.retry} />
  );
}
