import type { ReactNode } from "react";
import { MAP_COLORS } from "../../ui/mapColors.ts";

const HEXAGON = "10,2 30,2 36,10 30,18 10,18 4,10";
const INNER_HEXAGON = "12,5 28,5 32.5,10 28,15 12,15 7.5,10";

export function Swatch({ children }: { readonly children: ReactNode }) {
  return (
    <svg
      className="legend-swatch"
      viewBox="0 0 40 20"
      width="40"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export type NodeSwatchKind = "position" | "aapc" | "ahima" | "other" | "selected" | "dimmed";

/** A node as the map draws it: shape, fill and border; AHIMA's border is doubled, as on the map. */
export function NodeSwatch({ kind }: { readonly kind: NodeSwatchKind }) {
  if (kind === "aapc" || kind === "ahima" || kind === "other") {
    const colors = kind === "other" ? MAP_COLORS.otherIssuer : MAP_COLORS[kind];
    return (
      <Swatch>
        <polygon points={HEXAGON} fill={colors.fill} stroke={colors.border} strokeWidth="1.6" />
        {kind === "ahima" ? (
          <polygon points={INNER_HEXAGON} fill="none" stroke={colors.border} strokeWidth="1.2" />
        ) : null}
      </Swatch>
    );
  }
  const { fill, border } = MAP_COLORS.position;
  return (
    <Swatch>
      {kind === "selected" ? (
        <rect x="1" y="0.5" width="38" height="19" rx="7" fill={MAP_COLORS.selected} opacity="0.18" />
      ) : null}
      <rect
        x="5"
        y="4"
        width="30"
        height="12"
        rx="4"
        fill={fill}
        stroke={kind === "selected" ? MAP_COLORS.selected : border}
        strokeWidth={kind === "selected" ? 2.6 : 1.6}
        opacity={kind === "dimmed" ? 0.25 : 1}
      />
    </Swatch>
  );
}

export type EdgeSwatchKind = "advances-to" | "lateral" | "qualifies-for" | "prepares-for" | "route";

const EDGE_LOOK: Record<EdgeSwatchKind, { color: string; width: number; dash?: string; head: string }> = {
  "advances-to": { color: MAP_COLORS.advancesTo, width: 2, head: "M29,5 L38,10 L29,15 Z" },
  lateral: { color: MAP_COLORS.advancesTo, width: 1.5, head: "M29,5 L38,10 L29,15 L32,10 Z" },
  "qualifies-for": { color: MAP_COLORS.qualifiesFor, width: 2, dash: "6 4", head: "M29,5 L38,10 L29,15 Z" },
  "prepares-for": {
    color: MAP_COLORS.preparesFor,
    width: 2,
    dash: "2 4",
    head: "M29,5 L38,10 L29,15 Q32,10 29,5 Z",
  },
  route: { color: MAP_COLORS.route, width: 4, head: "M28,4 L38,10 L28,16 Z" },
};

/** A path as the map draws it: colour, thickness, dash pattern and arrowhead. */
export function EdgeSwatch({ kind }: { readonly kind: EdgeSwatchKind }) {
  const look = EDGE_LOOK[kind];
  return (
    <Swatch>
      <line
        x1="2"
        y1="10"
        x2="30"
        y2="10"
        stroke={look.color}
        strokeWidth={look.width}
        strokeDasharray={look.dash}
        strokeLinecap={look.dash === "2 4" ? "round" : "butt"}
      />
      <path d={look.head} fill={look.color} />
    </Swatch>
  );
}
