import { useAppStore } from "../../store/appStore.ts";
import { selectDrawnRoute } from "../../store/selectors.ts";
import { ROUTE_PANEL_ID, ROUTE_TOGGLE_ID } from "./panelIds.ts";
import "./route-toggle.css";

/**
 * The header's "Route finder" button. Opened with no question yet, the route starts at the selected node,
 * the one the person is most likely looking at. A dot tells that a route is drawn while the panel is shut.
 */
export function RouteFinderToggle() {
  const open = useAppStore((state) => state.routePanelOpen);
  const drawn = useAppStore(selectDrawnRoute) !== null;

  const toggle = useAppStore((state) => state.toggleRoutePanel);

  return (
    <button
      id={ROUTE_TOGGLE_ID}
      type="button"
      className="route-toggle control-button"
      aria-expanded={open}
      aria-controls={open ? ROUTE_PANEL_ID : undefined}
      onClick={toggle}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="3.5" cy="12.5" r="1.8" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <circle cx="12.5" cy="3.5" r="1.8" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M5.3 12.5H10a2.2 2.2 0 000-4.4H6a2.2 2.2 0 010-4.4h4.7"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </svg>
      Route finder
      {drawn && !open ? (
        <span className="route-toggle-dot">
          <span className="visually-hidden">, a route is shown on the map</span>
        </span>
      ) : null}
    </button>
  );
}
