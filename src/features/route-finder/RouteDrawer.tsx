import { useCallback, useEffect, useId, useRef, useState } from "react";
import { defaultObjective, hasAnything } from "../../domain/route/index.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectIndex } from "../../store/selectors.ts";
import { isNarrowScreen } from "../../ui/breakpoints.ts";
import { CloseIcon } from "../../ui/CloseIcon.tsx";
import { layerStyle, useLayer } from "../../ui/layers.ts";
import { IgnoredInLink } from "./IgnoredInLink.tsx";
import { ROUTE_PANEL_ID, ROUTE_TOGGLE_ID } from "./panelIds.ts";
import { RouteEnds } from "./RouteEnds.tsx";
import { RouteOptions } from "./RouteOptions.tsx";
import { RouteRanking } from "./RouteRanking.tsx";
import { RouteResult } from "./RouteResult.tsx";
import { answerAnnouncement, foldedSummary } from "./routeText.ts";
import { useRouteIndex } from "./useRouteIndex.ts";

/**
 * The route finder (loaded when first opened, see RoutePanel.tsx): a drawer over the left of the map (a sheet over the whole map on phones) with the
 * question, the ranked routes and the chosen one step by step. It stays open while a route is shown.
 */
export function RouteDrawer() {
  const open = useAppStore((state) => state.routePanelOpen);
  const closeRoutePanel = useAppStore((state) => state.closeRoutePanel);
  const clearRoute = useAppStore((state) => state.clearRoute);
  const index = useAppStore(selectIndex);
  const routeIndex = useRouteIndex();
  const question = useAppStore((state) => state.routeQuestion);
  const answer = useAppStore((state) => state.routeAnswer);
  const chosen = useAppStore((state) => state.chosenRoute);
  // Phones only: the sheet folds to its header so the drawn route can be seen on the map.
  const [folded, setFolded] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const close = useCallback(() => {
    closeRoutePanel();
    document.getElementById(ROUTE_TOGGLE_ID)?.focus();
  }, [closeRoutePanel]);
  const layer = useLayer(open, close);

  useEffect(() => {
    if (!open) return;
    setFolded(false);
    // Opened by a person (a button has focus), the keyboard goes where the question needs an answer next;
    // opened by a link or back and forward, focus stays where it was. A link's panel can arrive after the
    // person has started typing elsewhere (its code loads late on a slow connection): that stays too.
    if (!(document.activeElement instanceof HTMLButtonElement)) return;
    const { from, to } = useAppStore.getState().routeQuestion;
    (from === null ? fromRef : to === null ? toRef : headingRef).current?.focus();
  }, [open]);

  if (!open) return null;
  const announcement = answerAnnouncement(index, routeIndex, question, answer, chosen);
  const objective = question.objective ?? defaultObjective(routeIndex?.facts.hasTimes ?? false);

  return (
    <section
      id={ROUTE_PANEL_ID}
      className="route-panel"
      aria-labelledby={headingId}
      data-folded={folded}
      data-covers-map=""
      style={layerStyle(layer)}
    >
      <header className="route-panel-header">
        <div className="route-panel-titles">
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="route-panel-title">
            Find a route
          </h2>
          {folded ? <p className="route-panel-summary">{foldedSummary(answer, chosen)}</p> : null}
        </div>
        <button
          type="button"
          className="sheet-toggle"
          aria-expanded={!folded}
          onClick={() => setFolded((value) => !value)}
        >
          {folded ? "Show route" : "Show map"}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Close route finder"
          title="Close"
          onClick={close}
        >
          <CloseIcon />
        </button>
      </header>
      <div className="route-panel-body">
        <IgnoredInLink />
        <RouteEnds question={question} fromRef={fromRef} toRef={toRef} />
        <RouteRanking objective={objective} honour={question.requirements} />
        <RouteOptions
          question={question}
          trailing={
            <button
              type="button"
              className="route-text-button"
              disabled={!hasAnything(question)}
              onClick={() => {
                clearRoute();
                fromRef.current?.focus();
              }}
            >
              Clear
            </button>
          }
        />
        <RouteResult onStepChosen={() => setFolded(isNarrowScreen())} />
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}
