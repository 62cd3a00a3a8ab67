import { explainRoute } from "../../domain/route/index.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectIndex } from "../../store/selectors.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { NoRouteMessage } from "./NoRouteMessage.tsx";
import { RouteCards } from "./RouteCards.tsx";
import { RouteSteps } from "./RouteSteps.tsx";
import { useRouteIndex } from "./useRouteIndex.ts";

/** The answer to the route question: ranked cards and the chosen route's steps, or why there is none. */
export function RouteResult({ onStepChosen }: { readonly onStepChosen: () => void }) {
  const index = useAppStore(selectIndex);
  const routeIndex = useRouteIndex();
  const draft = useAppStore((state) => state.routeDraft);
  const answer = useAppStore((state) => state.routeAnswer);
  const chosen = useAppStore((state) => state.chosenRoute);
  const chooseRoute = useAppStore((state) => state.chooseRoute);
  const setRouteGoal = useAppStore((state) => state.setRouteGoal);
  const focusNode = useAppStore((state) => state.focusNode);

  if (answer === null || routeIndex === null) {
    return (
      <p className="route-empty">
        Choose the role you hold and the role you want. Routes follow the map’s advancement paths, fewest
        steps first.
      </p>
    );
  }
  if (!answer.ok) {
    return (
      <div className="route-result">
        <NoRouteMessage index={index} draft={draft} answer={answer} onSetGoal={setRouteGoal} />
        <CopyLinkButton />
      </div>
    );
  }
  const route = answer.routes[chosen] ?? answer.routes[0];
  if (!route) return null;
  return (
    <div className="route-result">
      <div className="route-result-head">
        <h3 className="route-section-title">
          {answer.routes.length === 1 ? "1 route" : `${answer.routes.length} routes`}
        </h3>
        <CopyLinkButton />
      </div>
      <RouteCards routes={answer.routes} routeIndex={routeIndex} chosen={chosen} onChoose={chooseRoute} />
      <RouteSteps
        explanation={explainRoute(routeIndex, route)}
        rank={answer.routes.indexOf(route)}
        onFocusNode={(id) => {
          focusNode(id);
          onStepChosen();
        }}
      />
    </div>
  );
}
