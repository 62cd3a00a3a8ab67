import { useAppStore } from "../../store/appStore.ts";
import { useEditHistory } from "../../store/useEditHistory.ts";

/**
 * Beside the title once the map is changed, so nobody takes an edited copy for the map it came from; also
 * for an edited map reopened after it was set aside, which has no undo history.
 */
export function EditedBadge() {
  const { canUndo } = useEditHistory();
  const reopened = useAppStore((state) => state.reopenedEdited);
  return canUndo || reopened ? <span className="edited-badge"> (edited copy)</span> : null;
}
