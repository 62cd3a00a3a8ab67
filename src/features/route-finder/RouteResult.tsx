import { explainRoute } from "../../domain/route/index.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectIndex } from "../../store/selectors.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { NoRouteMessage } from "./NoRouteMessage.tsx";
import { RouteCards } from "./RouteCards.tsx";
import { RouteSteps } from "./RouteSteps.tsx";
import { SearchPending } from "./SearchPending.tsx";
import { useRouteIndex } from "./useRouteIndex.ts";

/** The answer to the route question: ranked cards and the chosen route's steps, or why there is none. */
export function RouteResult({ onStepChosen }: { readonly onStepChosen: () => void }) {
  const index = useAppStore(selectIndex);
  const routeIndex = useRouteIndex();
  const question = useAppStore((state) => state.routeQuestion);
  const answer = useAppStore((state) => state.routeAnswer);
  const chosen = useAppStore((state) => state.chosenRoute);
  const chooseRoute = useAppStore((state) => state.chooseRoute);
  const aimFor = useAppStore((state) => state.aimFor);
  const focusNode = useAppStore((state) => state.focusNode);
  const search = useAppStore((state) => state.routeSearch);
  const retry = useAppStore((state) => state.retryRouteSearch);

  if (search !== "idle") return <SearchPending failed={search === "failed"} onRetry={retry} />;
  if (answer === null || routeIndex === null) {
    return (
      <p className="route-empty">
        Choose the role you hold and the role you want. Routes earn the credentials each role asks for, and
        show the years, exam fees and pay along the way.
      </p>
    );
  }
  if (!answer.ok) {
    return (
      <div className="route-result">
        <NoRouteMessage index={index} question={question} answer={answer} onSetGoal={aimFor} />
        <CopyLinkButton />
      </div>
    );
  }
  const explanations = answer.routes.map((route) =>
    explainRoute(routeIndex, route, question.held, answer.requirements),
  );
  const rank = Math.min(chosen, answer.routes.length - 1);
  const explanation = explanations[rank];
  if (!explanation) return null;
  return (
    <div className="route-result">
      <div className="route-result-head">
        <h3 className="route-section-title">
          {answer.routes.length === 1 ? "1 route" : `${answer.routes.length} routes`}
        </h3>
        <CopyLinkButton />
      </div>
      {answer.complete ? null : (
        <p className="route-hint">
          The search stopped at its limit: these routes meet every requirement, but a better one may exist.
        </p>
      )}
      <RouteCards
        explanations={explanations}
        keys={answer.routes.map((route) => route.edges.join("\u0000") || route.nodes.join("\u0000"))}
        objective={answer.objective}
        chosen={rank}
        onChoose={chooseRoute}
      />
      <RouteSteps
        key={`${rank}:${answer.routes[rank]?.edges.join("\u0000")}`}
        explanation={explanation}
        rank={rank}
        honoured={answer.requirements}
        onFocusNode={(id) => {
          focusNode(id);
          onStepChosen();
        }}
      />
    </div>
  );
}
