import { useEditHistory } from "../../store/useEditHistory.ts";

/** Beside the title once the map is changed, so nobody takes an edited copy for the map it came from. */
export function EditedBadge() {
  const { canUndo: edited } = useEditHistory();
  return edited ? <span className="edited-badge"> (edited copy)</span> : null;
}
