import { type ReactNode, useId, useState } from "react";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";
import { EdgeSwatch, NodeSwatch } from "./LegendSwatches.tsx";
import { PlanLegendItems } from "./PlanLegendItems.tsx";
import "./legend.css";

const NARROW = "(max-width: 760px)";

/** Open beside a wide map; folded on a phone, where every pixel of map counts. jsdom has no matchMedia. */
const startsOpen = () => !(typeof window.matchMedia === "function" && window.matchMedia(NARROW).matches);

function Item({ swatch, children }: { readonly swatch: ReactNode; readonly children: ReactNode }) {
  return (
    <li className="legend-item">
      {swatch}
      <span>{children}</span>
    </li>
  );
}

/** What every shape, border, line and colour on the map means, in a panel that folds away. */
export function Legend() {
  const [open, setOpen] = useState(startsOpen);
  const bodyId = useId();
  const graph = useAppStore(selectGraph);
  const hasOtherIssuers = graph?.nodes.some(
    (node) => node.kind === "credential" && node.issuer !== "aapc" && node.issuer !== "ahima",
  );

  return (
    <div className="legend" data-open={open}>
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((value) => !value)}
      >
        Legend
        <svg
          className="legend-chevron"
          viewBox="0 0 16 16"
          width="14"
          height="14"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M4 10l4-4 4 4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
      <div id={bodyId} className="legend-body" hidden={!open}>
        <ul className="legend-list" aria-label="Nodes">
          <Item swatch={<NodeSwatch kind="position" />}>Position (a job)</Item>
          <Item swatch={<NodeSwatch kind="aapc" />}>AAPC credential, solid border</Item>
          <Item swatch={<NodeSwatch kind="ahima" />}>AHIMA credential, double border</Item>
          {hasOtherIssuers ? (
            <Item swatch={<NodeSwatch kind="other" />}>Credential from another issuer</Item>
          ) : null}
        </ul>
        <ul className="legend-list" aria-label="Paths">
          <Item swatch={<EdgeSwatch kind="advances-to" />}>Advances to (promotion)</Item>
          <Item swatch={<EdgeSwatch kind="lateral" />}>Lateral move, same level</Item>
          <Item swatch={<EdgeSwatch kind="qualifies-for" />}>Credential qualifies you for</Item>
          <Item swatch={<EdgeSwatch kind="prepares-for" />}>Work prepares you for</Item>
        </ul>
        <ul className="legend-list" aria-label="Highlights">
          <Item swatch={<NodeSwatch kind="selected" />}>Selected</Item>
          <Item swatch={<EdgeSwatch kind="route" />}>On your route</Item>
          <Item swatch={<NodeSwatch kind="dimmed" />}>Dimmed: not linked to the selection</Item>
        </ul>
        <PlanLegendItems />
        <p className="legend-note">Columns are levels, lowest on the left.</p>
      </div>
    </div>
  );
}
