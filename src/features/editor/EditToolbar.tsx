import { useAppStore } from "../../store/appStore.ts";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import { PartPending } from "../../ui/PartPending.tsx";
import "./editor.css";

/** The tools, their dialogs and the edit checks load when editing is first turned on. */
const tools = lazyPart(() => import("./EditTools.tsx"));

/** The editing tools over the map while "Edit map" is on. */
export function EditToolbar() {
  const editing = useAppStore((state) => state.editing);
  const part = usePart(tools, editing);
  if (!editing) return null;
  return part.module ? (
    <part.module.EditTools />
  ) : (
    <div className="edit-toolbar">
      <PartPending failed={part.failed} what="editing tools" onRetry={part.retry} />
    </div>
  );
}
