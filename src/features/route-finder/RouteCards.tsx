import { explainRoute, type Route, type RouteIndex } from "../../domain/route/index.ts";
import { plural } from "./routeText.ts";

export interface RouteCardsProps {
  readonly routes: readonly Route[];
  readonly routeIndex: RouteIndex;
  readonly chosen: number;
  readonly onChoose: (rank: number) => void;
}

/**
 * The ranked routes, best first, one button each; the pressed one is drawn on the map. Each card names the
 * stops between the ends, since two routes of the same length differ only there.
 */
export function RouteCards({ routes, routeIndex, chosen, onChoose }: RouteCardsProps) {
  return (
    <ul className="route-cards" aria-label="Routes, fewest steps first">
      {routes.map((route, rank) => {
        const { steps, totals } = explainRoute(routeIndex, route);
        const stops = steps.slice(0, -1).map((step) => step.to.label);
        return (
          // Routes are distinct, so their node lists make a stable key across answers.
          <li key={route.nodes.join("\u0000")}>
            <button
              type="button"
              className="route-card"
              aria-pressed={rank === chosen}
              onClick={() => onChoose(rank)}
            >
              <span className="route-card-title">
                Route {rank + 1} · {plural(totals.steps, "step")} ·{" "}
                {plural(totals.credentialsToEarn, "credential")}
              </span>
              <span className="route-card-stops">
                {stops.length === 0
                  ? steps.length === 0
                    ? "You are already there"
                    : "Directly"
                  : `via ${stops.join(", ")}`}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
