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
  const isStart = useAppStore((state) => state.routeDraft.from === nodeId);
  const isGoal = useAppStore((state) => state.routeDraft.to === nodeId);
  const setRouteStart = useAppStore((state) => state.setRouteStart);
  const setRouteGoal = useAppStore((state) => state.setRouteGoal);
  const openRoutePanel = useAppStore((state) => state.openRoutePanel);

  return (
    <div className="route-end-buttons">
      <button
        type="button"
        className="route-end-button"
        onClick={() => {
          setRouteStart(nodeId);
          openRoutePanel();
        }}
      >
        {"I'm here"}
        {isStart ? <Check label="your start" /> : null}
      </button>
      <button
        type="button"
        className="route-end-button"
        onClick={() => {
          setRouteGoal(nodeId);
          openRoutePanel();
        }}
      >
        Set as goal
        {isGoal ? <Check label="your goal" /> : null}
      </button>
    </div>
  );
}
