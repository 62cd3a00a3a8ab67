import { useAppStore } from "../../store/appStore.ts";
import { PopoverButton } from "../../ui/PopoverButton.tsx";
import { usePopover } from "../../ui/usePopover.ts";
import { MyPlanPanel } from "./MyPlanPanel.tsx";
import "./plan.css";
import "./my-plan.css";

/** The header's "My plan" button and its panel. */
export function MyPlanButton() {
  const hasPlan = useAppStore((state) => state.plan !== null);
  const count = useAppStore((state) => state.plan?.entries.size ?? 0);
  const focusNode = useAppStore((state) => state.focusNode);
  const popover = usePopover();
  const { open, containerRef, panelId } = popover;
  return (
    <div className="my-plan-menu popover-anchor" ref={containerRef}>
      <PopoverButton popover={popover} disabled={!hasPlan}>
        My plan
        {count > 0 ? <span className="count-badge">{count}</span> : null}
      </PopoverButton>
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
