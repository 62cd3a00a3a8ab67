/** Zoom limits: far enough out to see a map of thousands of nodes, close enough to read a long label. */
export const MAP_ZOOM = {
  min: 0.08,
  max: 3,
  focus: 0.9,
  /** A short route framed on its own would otherwise fill the screen with huge boxes. */
  routeMax: 1.1,
  /** Below this, 13px labels drop under about 7px on screen. */
  readable: 0.55,
  /** Map widths at or below this are phones, where the details panel is a bottom sheet. */
  narrowScreen: 760,
  step: 1.25,
  fitPadding: 24,
} as const;
