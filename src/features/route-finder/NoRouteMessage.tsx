import type { GraphIndex } from "../../domain/graphIndex.ts";
import type { NoRoute, RouteQuestion } from "../../domain/route/index.ts";
import { noRouteText } from "./routeText.ts";

export interface NoRouteMessageProps {
  readonly index: GraphIndex | null;
  readonly question: RouteQuestion;
  readonly answer: NoRoute;
  readonly onSetGoal: (id: string) => void;
}

const TITLES: Record<NoRoute["reason"], string> = {
  "unknown-node": "Not on this map",
  unreachable: "No route",
  "needs-credential": "No route meets the requirements",
  "stop-out-of-reach": "No route through this stop",
  "stop-leads-nowhere": "No route through this stop",
  "blocked-by-constraints": "No route with these options",
};

/** Says honestly why there is no route, and offers the reachable nodes closest to the goal instead. */
export function NoRouteMessage({ index, question, answer, onSetGoal }: NoRouteMessageProps) {
  const nearest = (answer.nearest ?? []).flatMap((id) => {
    const node = index?.nodeById.get(id);
    return node ? [node] : [];
  });
  return (
    <div className="no-route" data-reason={answer.reason}>
      <h3 className="no-route-title">{TITLES[answer.reason]}</h3>
      <p className="no-route-text">{noRouteText(index, question, answer)}</p>
      {nearest.length > 0 ? (
        <>
          <p className="no-route-nearest">The closest you can reach:</p>
          <ul className="no-route-list">
            {nearest.map((node) => (
              <li key={node.id}>
                <button type="button" className="no-route-goal" onClick={() => onSetGoal(node.id)}>
                  Set <span className="no-route-goal-label">{node.label}</span> as goal
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
