import type { CareerNode, EdgeKind, Issuer } from "../../domain/careerGraph.ts";
import { PLAN_MARKS, type PlanMark } from "../../domain/plan/plan.ts";
import { type NodeColors, PALETTES, type Palette, type Theme } from "./palettes.ts";

/**
 * The look of a map, renderer-neutral: the Cytoscape stylesheet, the on-screen legend, the glyphs in
 * lists and the exporters all draw from this, so a colour or a shape is written once. Kinds and issuers
 * differ in shape and border as well as colour, so colour is never the only cue.
 */
export type NodeShape = "round-rectangle" | "hexagon";
export type BorderStyle = "solid" | "double" | "dashed" | "dotted";
export type ArrowShape = "triangle" | "vee" | "triangle-backcurve";

export interface NodeLook extends NodeColors {
  readonly shape: NodeShape;
  readonly borderStyle: BorderStyle;
  readonly borderWidth: number;
}

export interface IssuerLook extends NodeLook {
  readonly id: string;
  readonly label: string;
  /** A class name safe in any selector, whatever characters the issuer's id holds. */
  readonly className: string;
}

export interface EdgeLook {
  readonly color: string;
  readonly width: number;
  readonly lineStyle: "solid" | "dashed" | "dotted";
  readonly dash?: readonly number[];
  readonly arrow: ArrowShape;
}

/**
 * A plan mark's ring, drawn outside the node's border (Cytoscape's outline) so it never fights the border
 * that tells kinds and issuers apart. Ring styles differ as well as colours, so colour is never the only cue.
 */
export interface MarkLook {
  readonly color: string;
  readonly ring: "solid" | "dashed" | "dotted" | "double";
  readonly width: number;
  /** The gap between the node's border and the ring. */
  readonly offset: number;
}

export interface VisualModel {
  readonly theme: Theme;
  readonly palette: Palette;
  readonly position: NodeLook;
  /** One look per issuer of the map, in the map's order; each differs from the others. */
  readonly issuers: readonly IssuerLook[];
  /** Credentials whose issuer the map does not list. */
  readonly unknownIssuer: NodeLook;
  readonly edges: Readonly<Record<EdgeKind, EdgeLook>>;
  readonly route: EdgeLook;
  readonly selected: string;
  readonly dimmedOpacity: number;
  readonly marks: Readonly<Record<PlanMark, MarkLook>>;
}

const MARK_RINGS: Record<PlanMark, MarkLook["ring"]> = {
  planned: "dotted",
  "in-progress": "dashed",
  done: "solid",
  skipped: "double",
};

function markLooks(colors: Readonly<Record<PlanMark, string>>): Record<PlanMark, MarkLook> {
  const entries = PLAN_MARKS.map((mark): [PlanMark, MarkLook] => {
    const ring = MARK_RINGS[mark];
    return [mark, { color: colors[mark], ring, width: ring === "double" ? 5 : 3, offset: 3 }];
  });
  return Object.fromEntries(entries) as Record<PlanMark, MarkLook>;
}

/** Border styles cycle with a period (4) that shares no factor with 3 or 5 colours, so pairs repeat late. */
const BORDER_STYLES: readonly BorderStyle[] = ["solid", "double", "dashed", "dotted"];
const BORDER_WIDTH: Record<BorderStyle, number> = { solid: 2, double: 5, dashed: 2.5, dotted: 3 };

const hex = (value: number) =>
  Math.round(Math.max(0, Math.min(1, value)) * 255)
    .toString(16)
    .padStart(2, "0");

/** HSL (hue in degrees, saturation and lightness 0–1) to #rrggbb, so every renderer reads the same string. */
export function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    return lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return `#${hex(channel(0))}${hex(channel(8))}${hex(channel(4))}`;
}

/**
 * Colours past the hand-picked ones: hues a golden angle apart never repeat, with lightness chosen so the
 * label keeps its contrast on the fill in either theme.
 */
function generatedColors(index: number, theme: Theme): NodeColors {
  const hue = (index * 137.508 + 20) % 360;
  return theme === "light"
    ? { fill: hslToHex(hue, 0.8, 0.93), border: hslToHex(hue, 0.65, 0.32), text: hslToHex(hue, 0.7, 0.13) }
    : { fill: hslToHex(hue, 0.45, 0.17), border: hslToHex(hue, 0.7, 0.66), text: hslToHex(hue, 0.7, 0.9) };
}

function issuerColors(palette: Palette, index: number, theme: Theme): NodeColors {
  return palette.map.issuers[index] ?? generatedColors(index, theme);
}

/** The class that carries an issuer's look on the map, by the issuer's place in the map's list. */
export const issuerClassName = (index: number): string => `issuer-${index}`;

export function issuerLooks(issuers: readonly Pick<Issuer, "id" | "label">[], theme: Theme): IssuerLook[] {
  const palette = PALETTES[theme];
  return issuers.map((issuer, index) => {
    const borderStyle = BORDER_STYLES[index % BORDER_STYLES.length] ?? "solid";
    return {
      ...issuerColors(palette, index, theme),
      id: issuer.id,
      label: issuer.label,
      className: issuerClassName(index),
      shape: "hexagon",
      borderStyle,
      borderWidth: BORDER_WIDTH[borderStyle],
    };
  });
}

/** The visual model for a map's issuers in a theme. */
export function buildVisualModel(
  issuers: readonly Pick<Issuer, "id" | "label">[],
  theme: Theme,
): VisualModel {
  const palette = PALETTES[theme];
  const { map } = palette;
  return {
    theme,
    palette,
    position: { ...map.position, shape: "round-rectangle", borderStyle: "solid", borderWidth: 2 },
    issuers: issuerLooks(issuers, theme),
    unknownIssuer: {
      fill: palette.ui.canvas,
      border: map.unlistedIssuer,
      text: palette.ui.ink,
      shape: "hexagon",
      borderStyle: "solid",
      borderWidth: 2,
    },
    edges: {
      "advances-to": { color: map.advancesTo, width: 2, lineStyle: "solid", arrow: "triangle" },
      lateral: { color: map.advancesTo, width: 1.5, lineStyle: "solid", arrow: "vee" },
      "qualifies-for": {
        color: map.qualifiesFor,
        width: 2,
        lineStyle: "dashed",
        dash: [8, 5],
        arrow: "triangle",
      },
      "prepares-for": {
        color: map.preparesFor,
        width: 2,
        lineStyle: "dotted",
        dash: [2, 5],
        arrow: "triangle-backcurve",
      },
    },
    route: { color: map.route, width: 5, lineStyle: "solid", arrow: "triangle" },
    selected: map.selected,
    dimmedOpacity: 0.16,
    marks: markLooks(map.marks),
  };
}

/** The look of one node: its kind's, and for a credential its issuer's. */
export function nodeLook(model: VisualModel, node: Pick<CareerNode, "kind" | "issuer">): NodeLook {
  if (node.kind === "position") return model.position;
  return model.issuers.find((issuer) => issuer.id === node.issuer) ?? model.unknownIssuer;
}

/** Words for a border style, for the legend: "double border". */
export function borderWords(style: BorderStyle): string {
  return `${style} border`;
}
