/** Zoom limits: far enough out to see a map of thousands of nodes, close enough to read a long label. */
export const MAP_ZOOM = {
  min: 0.08,
  max: 3,
  focus: 0.9,
  step: 1.25,
  fitPadding: 24,
  wheelSensitivity: 0.35,
} as const;
