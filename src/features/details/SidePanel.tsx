import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useAppStore } from "../../store/appStore.ts";
import { selectIndex, selectSelectedNode } from "../../store/selectors.ts";
import { layerStyle, useLayer } from "../../ui/layers.ts";
import { lazyPart, usePart } from "../../ui/lazyPart.ts";
import { PartPending } from "../../ui/PartPending.tsx";
import { BrowseList } from "./BrowseList.tsx";
import "./header.css";
import "./facts.css";
import { PanelIntro } from "./PanelIntro.tsx";
import "./details.css";
import "./panel-mobile.css";

export interface SidePanelProps {
  /** Buttons for the shown node from other features (the route finder's), rendered under its heading. */
  readonly nodeActions?: (nodeId: string) => ReactNode;
}

/** A node's details load when the first node is chosen; the first view shows the list. */
const details = lazyPart(() => import("./NodeDetails.tsx"));

/**
 * The details of the selected node, or, with nothing selected, a how-to and a list of every node. On
 * narrow screens it becomes a bottom sheet, shrunk to a bar while nothing is selected.
 */
export function SidePanel({ nodeActions }: SidePanelProps = {}) {
  const index = useAppStore(selectIndex);
  const selected = useAppStore(selectSelectedNode);
  const filters = useAppStore((state) => state.filters);
  const focusNode = useAppStore((state) => state.focusNode);
  const clearSelection = useAppStore((state) => state.clearSelection);
  const [listOpen, setListOpen] = useState(false);
  const listId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Set when the panel should take focus after the next change of selection: after its own buttons, or
  // when the content under the keyboard focus is about to be replaced. A click on the map never sets it.
  const focusHeadingNext = useRef(false);
  const shownId = useRef<string | null>(null);
  const selectedId = selected?.id ?? null;
  const part = usePart(details, selected !== null);

  useEffect(
    () =>
      // Runs as the store changes, before React swaps the content, while the old focus is still in place.
      useAppStore.subscribe((state, previous) => {
        if (state.selectedId !== previous.selectedId && panelRef.current?.contains(document.activeElement)) {
          focusHeadingNext.current = true;
        }
      }),
    [],
  );

  useEffect(() => {
    if (shownId.current === selectedId) return;
    shownId.current = selectedId;
    if (panelRef.current) panelRef.current.scrollTop = 0;
    if (focusHeadingNext.current) headingRef.current?.focus();
    focusHeadingNext.current = false;
  }, [selectedId]);

  const choose = (id: string) => {
    focusHeadingNext.current = true;
    focusNode(id);
    // Choosing the node already shown changes nothing the effect watches, so move focus here.
    if (id === selectedId) headingRef.current?.focus();
  };
  const close = () => {
    focusHeadingNext.current = true;
    clearSelection();
  };

  // Shown details are a layer: Escape closes them in turn with the drawers and popovers opened after.
  const layer = useLayer(selected !== null, close);

  return (
    <aside
      ref={panelRef}
      className="side-panel"
      aria-label="Details"
      data-mode={selected ? "details" : "browse"}
      data-list-open={listOpen}
      data-covers-map=""
      style={layerStyle(layer)}
    >
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {selected ? `Selected: ${selected.label}${selected.name ? `, ${selected.name}` : ""}` : ""}
      </p>
      {selected && index ? (
        part.module ? (
          <part.module.NodeDetails
            node={selected}
            index={index}
            filters={filters}
            headingRef={headingRef}
            actions={nodeActions?.(selected.id)}
            onChoose={choose}
            onClose={close}
          />
        ) : (
          <PartPending failed={part.failed} what="details" onRetry={part.retry} />
        )
      ) : (
        <>
          <PanelIntro
            index={index}
            headingRef={headingRef}
            listId={listId}
            listOpen={listOpen}
            onToggleList={() => setListOpen((open) => !open)}
          />
          {index ? <BrowseList index={index} filters={filters} id={listId} onChoose={choose} /> : null}
        </>
      )}
    </aside>
  );
}
