/**
 * Widths of panels that sit over the map, for the map to keep what matters out from under them.
 * The route drawer's CSS reads the same number through `--route-panel-width`.
 */
export const ROUTE_PANEL_WIDTH = 360;
