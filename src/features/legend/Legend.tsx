import { useEffect, useId, useMemo, useState } from "react";
import { PLAN_MARKS, type PlanMark } from "../../domain/plan/plan.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectGraph } from "../../store/selectors.ts";
import { isRoomyScreen } from "../../ui/breakpoints.ts";
import { type LegendEntry, type LegendGroup, legendEntries, mapLegendContent } from "../../ui/look/legend.ts";
import { ShapeSvg } from "../../ui/look/ShapeSvg.tsx";
import { SWATCH, swatchShapes } from "../../ui/look/swatches.ts";
import { useVisualModel } from "../../ui/look/useVisualModel.ts";
import "./legend.css";

const GROUPS: readonly LegendGroup[] = ["Nodes", "Paths", "Highlights", "My plan"];

/** Which marks the plan uses, as one string so the legend only re-renders when that set changes. */
const marksInUse = (entries: Iterable<{ readonly mark?: PlanMark }>) => {
  const used = new Set<PlanMark>();
  for (const entry of entries) if (entry.mark !== undefined) used.add(entry.mark);
  return PLAN_MARKS.filter((mark) => used.has(mark)).join(" ");
};

/** What every shape, border, line, colour and plan ring on the map means, in a panel that folds away. */
export function Legend() {
  const [open, setOpen] = useState(isRoomyScreen);
  const bodyId = useId();
  const graph = useAppStore(selectGraph);
  const model = useVisualModel();
  const inUse = useAppStore((state) => marksInUse(state.plan?.entries.values() ?? []));
  const routePanelOpen = useAppStore((state) => state.routePanelOpen);
  // The route drawer narrows the strip under the map; folded, the legend leaves the map its height.
  useEffect(() => {
    if (routePanelOpen) setOpen(false);
  }, [routePanelOpen]);
  const entries = useMemo(() => {
    if (!graph) return [];
    const marks = new Set(inUse === "" ? [] : (inUse.split(" ") as PlanMark[]));
    return legendEntries(model, mapLegendContent(graph, marks));
  }, [graph, model, inUse]);
  const swatch = (entry: LegendEntry) =>
    entry.swatch ? (
      <ShapeSvg
        className="legend-swatch"
        viewBox={`0 0 ${SWATCH.width} ${SWATCH.height}`}
        width={SWATCH.width}
        height={SWATCH.height}
        shapes={swatchShapes(model, entry.swatch)}
      />
    ) : null;

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
        {GROUPS.map((group) => {
          const lines = entries.filter((entry) => entry.group === group);
          // A group with nothing to explain (no mark set yet) is left out rather than shown empty.
          return lines.length === 0 ? null : (
            <ul key={group} className="legend-list" aria-label={group}>
              {lines.map((entry) => (
                <li key={entry.key} className="legend-item">
                  {swatch(entry)}
                  <span>{entry.label}</span>
                </li>
              ))}
            </ul>
          );
        })}
        {entries
          .filter((entry) => entry.group === "Note")
          .map((entry) => (
            <p key={entry.key} className="legend-note">
              {entry.label}
            </p>
          ))}
      </div>
    </div>
  );
}
