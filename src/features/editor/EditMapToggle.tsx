import { useAppStore } from "../../store/appStore.ts";
import "./editor.css";

/** The header's "Edit map" switch: shows the editing tools over the map and in the details panel. */
export function EditMapToggle() {
  const editing = useAppStore((state) => state.editing);
  const toggleEditing = useAppStore((state) => state.toggleEditing);
  return (
    <button
      type="button"
      className="control-button edit-map-toggle"
      aria-pressed={editing}
      onClick={toggleEditing}
    >
      Edit map
    </button>
  );
}
