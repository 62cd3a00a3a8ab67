import { useAppStore } from "../../store/appStore.ts";
import { usePopover } from "../../ui/usePopover.ts";
import { MyPlanPanel } from "./MyPlanPanel.tsx";
import "./plan.css";
import "./my-plan.css";

/** The header's "My plan" button and its panel. */
export function MyPlanButton() {
  const hasPlan = useAppStore((state) => state.plan !== null);
  const count = useAppStore((state) => state.plan?.entries.size ?? 0);
  const focusNode = useAppStore((state) => state.focusNode);
  const { open, toggle, containerRef, buttonRef, panelId } = usePopover();
  return (
    <div className="my-plan-menu popover-anchor" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="control-button"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!hasPlan}
        onClick={toggle}
      >
        My plan
        {count > 0 ? <span className="count-badge">{count}</span> : null}
      </button>
      <div id={panelId} className="my-plan-panel popover" role="dialog" aria-label="My plan" hidden={!open}>
        {open ? (
          <>
            <h2 className="plan-title">My plan</h2>
            <MyPlanPanel onChoose={focusNode} />
          </>
        ) : null}
      </div>
    </div>
  );
}
