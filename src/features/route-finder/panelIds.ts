/** The header's toggle and the panel name each other for aria-controls and for handing focus back. */
export const ROUTE_PANEL_ID = "route-finder-panel";
export const ROUTE_TOGGLE_ID = "route-finder-toggle";
