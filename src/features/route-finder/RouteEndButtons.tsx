import { useAppStore } from "../../store/appStore.ts";
import "./route-toggle.css";

/** Marks the end this node already is; the words are for screen readers, the tick for the eyes. */
function Check({ label }: { readonly label: string }) {
  return (
    <span className="route-end-check">
      <span aria-hidden="true">✓</span>
      <span className="visually-hidden">, {label}</span>
    </span>
  );
}

/**
 * "I'm here" and "Set as goal" for one node, shown in the details panel: they put the node at one end of
 * the route question and open the route finder to show the answer.
 */
export function RouteEndButtons({ nodeId }: { readonly nodeId: string }) {
  const isStart = useAppStore((state) => state.routeQuestion.from === nodeId);
  const isGoal = useAppStore((state) => state.routeQuestion.to === nodeId);
  const planFrom = useAppStore((state) => state.planFrom);
  const planTo = useAppStore((state) => state.planTo);

  return (
    <div className="route-end-buttons">
      <button type="button" className="route-end-button" onClick={() => planFrom(nodeId)}>
        {"I'm here"}
        {isStart ? <Check label="your start" /> : null}
      </button>
      <button type="button" className="route-end-button" onClick={() => planTo(nodeId)}>
        Set as goal
        {isGoal ? <Check label="your goal" /> : null}
      </button>
    </div>
  );
}
