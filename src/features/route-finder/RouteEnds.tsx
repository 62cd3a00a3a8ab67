import type { Ref } from "react";
import type { RouteQuestion } from "../../domain/route/question.ts";
import { useAppStore } from "../../store/appStore.ts";
import { NodePicker } from "./NodePicker.tsx";

export interface RouteEndsProps {
  readonly question: RouteQuestion;
  readonly fromRef: Ref<HTMLInputElement>;
  readonly toRef: Ref<HTMLInputElement>;
}

/** Where the route starts and ends, with the swap between them, as map apps put it. */
export function RouteEnds({ question, fromRef, toRef }: RouteEndsProps) {
  const startFrom = useAppStore((state) => state.startFrom);
  const aimFor = useAppStore((state) => state.aimFor);
  const swapRouteEnds = useAppStore((state) => state.swapRouteEnds);
  return (
    <div className="route-ends">
      <div className="route-ends-fields">
        <NodePicker
          label="From"
          value={question.from}
          placeholder="The role you hold"
          inputRef={fromRef}
          onChange={startFrom}
        />
        <NodePicker
          label="To"
          value={question.to}
          placeholder="The role you want"
          inputRef={toRef}
          onChange={aimFor}
        />
      </div>
      <button
        type="button"
        className="route-swap"
        aria-label="Swap From and To"
        title="Swap From and To"
        disabled={question.from === null && question.to === null}
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
