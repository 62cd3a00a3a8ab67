import { isNodeVisible } from "../../domain/visibility.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import { PartPending } from "../../ui/PartPending.tsx";
import { PopoverButton } from "../../ui/PopoverButton.tsx";
import { usePopover } from "../../ui/usePopover.ts";
import "./filters.css";

/** The checkboxes load when the popover first opens. */
const groups = lazyPart(() => import("./FilterGroups.tsx"));

/** The "Filters" button and its popover: which kinds, levels and issuers the map shows. */
export function FilterPanel() {
  const graph = useAppStore(selectGraph);
  const filters = useAppStore((state) => state.filters);
  const showEverything = useAppStore((state) => state.showEverything);
  const popover = usePopover({ closeWhenFocusLeaves: true });
  const { open, containerRef, panelId } = popover;
  const part = usePart(groups, open);

  const total = graph?.nodes.length ?? 0;
  const shown = graph ? graph.nodes.filter((node) => isNodeVisible(node, filters)).length : 0;
  const active = filters.hiddenKinds.size + filters.hiddenLevels.size + filters.hiddenIssuers.size;

  return (
    <div className="filters popover-anchor" ref={containerRef}>
      {/* The badge is only a number; say what it counts. Starts with the visible word, as speech input needs. */}
      <PopoverButton popover={popover} label={active > 0 ? `Filters, ${active} active` : undefined}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M2 4h12M4.5 8h7M7 12h2" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
        </svg>
        Filters
        {active > 0 ? (
          <span className="count-badge" aria-hidden="true">
            {active}
          </span>
        ) : null}
      </PopoverButton>
      <div id={panelId} className="filters-popover popover" hidden={!open}>
        {graph && open ? (
          part.module ? (
            <part.module.FilterGroups graph={graph} filters={filters} />
          ) : (
            <PartPending failed={part.failed} what="filters" onRetry={part.retry} />
          )
        ) : null}
        <div className="filters-footer">
          <p className="filters-count" role="status">
            Showing {shown} of {total}
          </p>
          <button type="button" className="control-button filters-reset" onClick={showEverything}>
            Show everything
          </button>
        </div>
      </div>
    </div>
  );
}
