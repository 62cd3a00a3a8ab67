import type { Ref } from "react";
import { useAppStore } from "../../store/appStore.ts";
import type { RouteDraft } from "../../store/routeSlice.ts";
import { NodePicker } from "./NodePicker.tsx";

export interface RouteEndsProps {
  readonly draft: RouteDraft;
  readonly fromRef: Ref<HTMLInputElement>;
  readonly toRef: Ref<HTMLInputElement>;
}

/** Where the route starts and ends, with the swap between them, as map apps put it. */
export function RouteEnds({ draft, fromRef, toRef }: RouteEndsProps) {
  const setRouteStart = useAppStore((state) => state.setRouteStart);
  const setRouteGoal = useAppStore((state) => state.setRouteGoal);
  const swapRouteEnds = useAppStore((state) => state.swapRouteEnds);
  return (
    <div className="route-ends">
      <div className="route-ends-fields">
        <NodePicker
          label="From"
          value={draft.from}
          placeholder="The role you hold"
          inputRef={fromRef}
          onChange={setRouteStart}
        />
        <NodePicker
          label="To"
          value={draft.to}
          placeholder="The role you want"
          inputRef={toRef}
          onChange={setRouteGoal}
        />
      </div>
      <button
        type="button"
        className="route-swap"
        aria-label="Swap From and To"
        title="Swap From and To"
        disabled={draft.from === null && draft.to === null}
        onClick={swapRouteEnds}
      >
        <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            d="M5 2.5v11M5 13.5l-2.5-2.5M5 13.5l2.5-2.5M11 13.5v-11M11 2.5L8.5 5M11 2.5L13.5 5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
    </div>
  );
}
