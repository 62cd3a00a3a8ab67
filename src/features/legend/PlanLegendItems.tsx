import { PLAN_MARK_WORDS, PLAN_MARKS, type PlanMark } from "../../domain/plan/plan.ts";
import { useAppStore } from "../../store/appStore.ts";
import { MAP_COLORS } from "../../ui/mapColors.ts";
import { PLAN_MARK_LOOKS } from "../../ui/planMarkColors.ts";
import { Swatch } from "./LegendSwatches.tsx";

const DASH = { solid: undefined, dashed: "5 3", dotted: "1.5 2.5", double: undefined } as const;

/** A position with the mark's ring around it, as the map draws a node the person marked. */
function PlanMarkSwatch({ mark }: { readonly mark: PlanMark }) {
  const look = PLAN_MARK_LOOKS[mark];
  const ring = (inset: number, width: number) => (
    <rect
      x={inset}
      y={inset - 3}
      width={40 - 2 * inset}
      height={26 - 2 * inset}
      rx="5"
      fill="none"
      stroke={look.color}
      strokeWidth={width}
      strokeDasharray={DASH[look.ring]}
    />
  );
  return (
    <Swatch>
      {look.ring === "double" ? (
        <>
          {ring(3, 1)}
          {ring(5, 1)}
        </>
      ) : (
        ring(4, 2)
      )}
      <rect
        x="8"
        y="5"
        width="24"
        height="10"
        rx="3"
        fill={MAP_COLORS.position.fill}
        stroke={MAP_COLORS.position.border}
        strokeWidth="1.2"
      />
    </Swatch>
  );
}

/** Which marks the plan uses, as one string so the legend only re-renders when that set changes. */
const marksInUse = (entries: Iterable<{ readonly mark?: PlanMark }>) => {
  const used = new Set<PlanMark>();
  for (const entry of entries) if (entry.mark !== undefined) used.add(entry.mark);
  return PLAN_MARKS.filter((mark) => used.has(mark)).join(" ");
};

/** The legend's "My plan" list: what each ring the map shows means; nothing while no node is marked. */
export function PlanLegendItems() {
  const inUse = useAppStore((state) => marksInUse(state.plan?.entries.values() ?? []));
  if (inUse === "") return null;
  return (
    <ul className="legend-list" aria-label="My plan">
      {(inUse.split(" ") as PlanMark[]).map((mark) => (
        <li key={mark} className="legend-item">
          <PlanMarkSwatch mark={mark} />
          <span>My plan: {PLAN_MARK_WORDS[mark].toLowerCase()}</span>
        </li>
      ))}
    </ul>
  );
}
