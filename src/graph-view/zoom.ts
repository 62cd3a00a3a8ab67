import { NARROW_SCREEN_MAX } from "../ui/breakpoints.ts";
import { NODE_FONT_SIZE } from "./measureLabels.ts";

/** Zoom limits: far enough out to see a map of thousands of nodes, close enough to read a long label. */
export const MAP_ZOOM = {
  min: 0.08,
  max: 3,
  focus: 0.9,
  /** A short route framed on its own would otherwise fill the screen with huge boxes. */
  routeMax: 1.1,
  /** The smallest zoom of a first view or a framed route: labels drawn at 9px or more (13px × 0.7 = 9.1). */
  readable: Math.ceil((9 / NODE_FONT_SIZE) * 100) / 100,
  /** Map widths at or below this are phones, where the details panel is a bottom sheet. */
  narrowScreen: NARROW_SCREEN_MAX,
  step: 1.25,
  fitPadding: 24,
} as const;
