import {
  differenceText,
  feesText,
  OBJECTIVE_WORDS,
  type Objective,
  payText,
  plural,
  type RouteExplanation,
  stepsInShort,
  totalYearsText,
} from "../../domain/route/index.ts";
import { SafeLink } from "../../ui/SafeLink.tsx";

export interface RouteCardsProps {
  readonly explanations: readonly RouteExplanation[];
  /** A stable key per route (its edges). */
  readonly keys: readonly string[];
  readonly objective: Objective;
  readonly chosen: number;
  readonly onChoose: (rank: number) => void;
}

/**
 * The ranked routes, best first, one card each: the start, the totals (years, exam fees, credentials to
 * earn), pay at both ends, and what sets the route apart. The card's button draws the route on the map;
 * pay sources are links beside it, not inside it.
 */
export function RouteCards({ explanations, keys, objective, chosen, onChoose }: RouteCardsProps) {
  return (
    <ol className="route-cards" aria-label={`Routes, ${OBJECTIVE_WORDS[objective].toLowerCase()} first`}>
      {explanations.map((explanation, rank) => {
        const { start, totals } = explanation;
        const earn = totals.credentialsToEarn.map((c) => c.label);
        return (
          <li key={keys[rank]} className="route-card-item">
            <button
              type="button"
              className="route-card"
              aria-pressed={rank === chosen}
              onClick={() => onChoose(rank)}
            >
              <span className="route-card-title">
                Route {rank + 1} · {plural(totals.steps, "step")} · {totalYearsText(explanation)}
              </span>
              <span className="route-card-difference">{differenceText(explanations, rank, objective)}</span>
              <span className="route-card-stops">
                From {start.label}: {stepsInShort(explanation)}
              </span>
              <span className="route-card-facts">
                <span>{earn.length === 0 ? "No credential to earn" : `Earn ${earn.join(", ")}`}</span>
                <span>{feesText(explanation)}</span>
              </span>
            </button>
            <p className="route-card-pay">
              <span>
                Pay now: {payText(totals.payAtStart)}
                {totals.payAtStart ? (
                  <>
                    {" "}
                    <SafeLink href={totals.payAtStart.source} className="step-req-source">
                      source
                    </SafeLink>
                  </>
                ) : null}
              </span>
              <span>
                At the goal: {payText(totals.payAtGoal)}
                {totals.payAtGoal ? (
                  <>
                    {" "}
                    <SafeLink href={totals.payAtGoal.source} className="step-req-source">
                      source
                    </SafeLink>
                  </>
                ) : null}
              </span>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
