import { useAppStore } from "../../store/appStore.ts";
import type { PlanStatus } from "../../store/planSlice.ts";

const MESSAGES: Record<Exclude<PlanStatus, "saved">, string> = {
  unavailable:
    "Your plan can’t be saved in this browser: it doesn’t let this site keep data (private browsing, or site data blocked). Marks and notes last until you close this tab; use Export my plan (in My plan) to keep them.",
  full: "Your browser’s storage for this site is full, so your latest changes to My plan are not saved. Use Export my plan to keep them; saving starts again by itself once there is room.",
  "held-newer":
    "Your plan for this map was saved by a newer version of Career Map. It is left as it is; changes made here are not saved. Reload the page to get the newer version.",
  "held-unreadable":
    "Your saved plan for this map couldn’t be read, and there was no room to keep a copy of it, so it is left as it is and changes made here are not saved. Use Export my plan to keep them.",
};

/**
 * Says plainly when the plan is not being kept, for as long as that lasts; once when it was reset; and what
 * happened to a kept or linked map that could not be opened.
 */
export function PlanStatusMessages() {
  const status = useAppStore((state) => state.planStatus);
  const reset = useAppStore((state) => state.planReset);
  const dismiss = useAppStore((state) => state.dismissPlanReset);
  const mapNotice = useAppStore((state) => state.mapNotice);
  const dismissMapNotice = useAppStore((state) => state.dismissMapNotice);
  if (status === "saved" && reset === null && mapNotice === null) return null;
  return (
    <div className="notice-banner" role="alert">
      {status === "saved" ? null : <p>{MESSAGES[status]}</p>}
      {reset === null ? null : (
        <p>
          Your saved plan for this map couldn’t be read, so My plan starts empty. The unreadable copy is kept
          in this browser’s storage under “{reset.backupKey}”.{" "}
          <button type="button" className="link-button" onClick={dismiss}>
            Dismiss
          </button>
        </p>
      )}
      {mapNotice === null ? null : (
        <p>
          {mapNotice}{" "}
          <button type="button" className="link-button" onClick={dismissMapNotice}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
