import type { PlanMark } from "../../domain/plan/plan.ts";

/**
 * Every colour of the app, for the light and the dark theme: the page's (set as CSS custom properties in
 * tokens.css, which a unit test keeps equal to these) and the map's (read by the Cytoscape stylesheet, the
 * legend, the glyphs and the exporters through the visual model). Pairs meant to be read together (text on
 * its fill, ink on a surface) meet WCAG AA; tests/unit/ui/contrast.test.ts checks them.
 */
export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** The page's colours; each becomes `--name` in kebab case (inkSoft → --ink-soft). */
export interface UiColors {
  readonly ink: string;
  readonly inkSoft: string;
  readonly line: string;
  readonly lineStrong: string;
  readonly surface: string;
  readonly canvas: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly accentInk: string;
  readonly onAccent: string;
  readonly danger: string;
  readonly dangerSoft: string;
  readonly dangerLine: string;
  readonly success: string;
  readonly successSoft: string;
  readonly successInk: string;
  /** Notices that need a look but are not errors: a link that lost something, a plan kept aside. */
  readonly warning: string;
  readonly warningSoft: string;
  readonly warningInk: string;
  readonly focus: string;
  readonly shadow: string;
  readonly scrim: string;
}

/** Fill, border and label colour of a node. */
export interface NodeColors {
  readonly fill: string;
  readonly border: string;
  readonly text: string;
}

export interface MapColors {
  readonly position: NodeColors;
  /** Issuers take these in the order the map lists them; past the list, colours are generated. */
  readonly issuers: readonly NodeColors[];
  /** The border of a credential whose issuer the map does not list. */
  readonly unlistedIssuer: string;
  readonly bandFills: readonly [string, string];
  readonly bandText: string;
  readonly advancesTo: string;
  readonly qualifiesFor: string;
  readonly preparesFor: string;
  /** Light tints of the path colours, behind route steps. */
  readonly advancesToTint: string;
  readonly qualifiesForTint: string;
  readonly preparesForTint: string;
  readonly selected: string;
  readonly route: string;
  /** The rings of My plan's marks on the map, in the legend and in exports; also their words in lists. */
  readonly marks: Readonly<Record<PlanMark, string>>;
  /** Background of an exported image in this theme. */
  readonly background: string;
}

export interface Palette {
  readonly ui: UiColors;
  readonly map: MapColors;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    ui: {
      ink: "#0f172a",
      inkSoft: "#475569",
      line: "#d7dee8",
      lineStrong: "#8a97aa",
      surface: "#ffffff",
      canvas: "#f6f8fb",
      accent: "#1d4ed8",
      accentSoft: "#e0ecff",
      accentInk: "#1e3a8a",
      onAccent: "#ffffff",
      danger: "#b91c1c",
      dangerSoft: "#fef2f2",
      dangerLine: "#fecaca",
      success: "#15803d",
      successSoft: "#dcfce7",
      successInk: "#14532d",
      warning: "#d97706",
      warningSoft: "#fffbeb",
      warningInk: "#78350f",
      focus: "#b45309",
      shadow: "rgb(15 23 42 / 0.16)",
      scrim: "rgb(255 255 255 / 0.96)",
    },
    map: {
      position: { fill: "#e0ecff", border: "#1d4ed8", text: "#0b2559" },
      issuers: [
        { fill: "#fff1d6", border: "#b45309", text: "#4a2306" },
        { fill: "#d9f5ef", border: "#0f766e", text: "#053d38" },
        { fill: "#ffe4ec", border: "#be123c", text: "#4c0519" },
        { fill: "#efe7ff", border: "#6d28d9", text: "#2e1065" },
        { fill: "#e6f4da", border: "#3f6212", text: "#1a2e05" },
        { fill: "#f1e9e1", border: "#7c5a3c", text: "#3b2614" },
      ],
      unlistedIssuer: "#52525b",
      bandFills: ["#f6f8fb", "#eef2f7"],
      bandText: "#334155",
      advancesTo: "#475569",
      qualifiesFor: "#b45309",
      preparesFor: "#7c3aed",
      advancesToTint: "#eef2f7",
      qualifiesForTint: "#fff1d6",
      preparesForTint: "#f1eafe",
      selected: "#111827",
      route: "#dc2626",
      marks: { planned: "#1e40af", "in-progress": "#be185d", done: "#15803d", skipped: "#6b7280" },
      background: "#ffffff",
    },
  },
  dark: {
    ui: {
      ink: "#e2e8f0",
      inkSoft: "#a7b4c8",
      line: "#334155",
      lineStrong: "#64748b",
      surface: "#111827",
      canvas: "#0b1220",
      accent: "#8ab4ff",
      accentSoft: "#1c2f5c",
      accentInk: "#dbe7ff",
      onAccent: "#0b1220",
      danger: "#f87171",
      dangerSoft: "#3a1414",
      dangerLine: "#7f1d1d",
      success: "#4ade80",
      successSoft: "#123320",
      successInk: "#bbf7d0",
      warning: "#d97706",
      warningSoft: "#33240a",
      warningInk: "#fde68a",
      focus: "#fbbf24",
      shadow: "rgb(0 0 0 / 0.5)",
      scrim: "rgb(17 24 39 / 0.96)",
    },
    map: {
      position: { fill: "#142a52", border: "#7aa7ff", text: "#dbe7ff" },
      issuers: [
        { fill: "#3d2a0c", border: "#f59e0b", text: "#fde7c0" },
        { fill: "#0b3531", border: "#2dd4bf", text: "#c9f5ec" },
        { fill: "#43121f", border: "#fb7185", text: "#ffe0e7" },
        { fill: "#2a1a4d", border: "#a78bfa", text: "#ece4ff" },
        { fill: "#1b3311", border: "#84cc16", text: "#e1f5cf" },
        { fill: "#33261a", border: "#c8a27c", text: "#f3e6d8" },
      ],
      unlistedIssuer: "#a1a1aa",
      bandFills: ["#0b1220", "#131d30"],
      bandText: "#cbd5e1",
      advancesTo: "#94a3b8",
      qualifiesFor: "#f59e0b",
      preparesFor: "#a78bfa",
      advancesToTint: "#1e293b",
      qualifiesForTint: "#3d2a0c",
      preparesForTint: "#2a1a4d",
      selected: "#f8fafc",
      route: "#f87171",
      marks: { planned: "#93c5fd", "in-progress": "#f472b6", done: "#4ade80", skipped: "#9ca3af" },
      background: "#0b1220",
    },
  },
};
