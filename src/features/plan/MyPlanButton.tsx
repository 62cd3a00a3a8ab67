import { useAppStore } from "../../store/appStore.ts";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import { PartPending } from "../../ui/PartPending.tsx";
import { PopoverButton } from "../../ui/PopoverButton.tsx";
import { usePopover } from "../../ui/usePopover.ts";
import "./plan.css";
import "./my-plan.css";

/** The panel, its file actions and route steps load when it is first opened. */
const panel = lazyPart(() => import("./MyPlanPanel.tsx"));

/** The header's "My plan" button and its panel. */
export function MyPlanButton() {
  const hasPlan = useAppStore((state) => state.plan !== null);
  const count = useAppStore((state) => state.plan?.entries.size ?? 0);
  const focusNode = useAppStore((state) => state.focusNode);
  const popover = usePopover();
  const { open, containerRef, panelId } = popover;
  const part = usePart(panel, open);
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
            {part.module ? (
              <part.module.MyPlanPanel onChoose={focusNode} />
            ) : (
              <PartPending failed={part.failed} what="plan" onRetry={part.retry} />
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
