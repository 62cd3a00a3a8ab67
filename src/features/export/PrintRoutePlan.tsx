import { createPortal } from "react-dom";
import {
  basisText,
  FEE_RULE,
  feesText,
  moneyText,
  needText,
  otherPathsText,
  payText,
  plural,
  stepAction,
  stepTimeText,
  stepTimingTail,
  totalYearsText,
} from "../../domain/route/index.ts";
import { requirementText } from "./routePlanText.ts";
import type { DrawnRouteInfo } from "./useDrawnRouteInfo.ts";

export interface RoutePlanPrint {
  readonly title: string;
  readonly route: DrawnRouteInfo;
  /** The route picture as a data URL: nothing to revoke, and allowed by the page's img-src. */
  readonly image: string;
  readonly printedOn: string;
}

/**
 * The page the browser prints for "Print route plan": title, totals, the route picture (with the map's
 * legend), a legend for the plan's marks, and the steps in order with a box to tick, what each takes and
 * why. Hidden on screen; print.css hides the app and shows only this.
 */
export function PrintRoutePlan({ plan }: { readonly plan: RoutePlanPrint }) {
  const { explanation, summary, honoured } = plan.route;
  const { totals } = explanation;
  const earn = totals.credentialsToEarn.map((c) => c.label);
  return createPortal(
    <section className="print-route-plan" aria-label="Route plan for printing">
      <h1>{plan.title}</h1>
      <p className="print-route-summary">{summary}</p>
      <p className="print-route-meta">Route plan, printed {plan.printedOn}</p>
      <ul className="print-route-totals">
        <li>Time: {totalYearsText(explanation)}</li>
        <li>Exams: {feesText(explanation)}</li>
        <li>Credentials to earn: {earn.length === 0 ? "none" : earn.join(", ")}</li>
        <li>
          Pay at the start ({explanation.start.label}): {payText(totals.payAtStart)}
          {totals.payAtStart ? ` · Source: ${totals.payAtStart.source}` : ""}
        </li>
        <li>
          Pay at the goal ({explanation.end.label}): {payText(totals.payAtGoal)}
          {totals.payAtGoal ? ` · Source: ${totals.payAtGoal.source}` : ""}
        </li>
      </ul>
      <img className="print-route-image" src={plan.image} alt={`The route on the map: ${summary}`} />
      <h2>How to read this plan</h2>
      <ul className="print-route-legend">
        <li>
          <span className="print-box" aria-hidden="true" /> Tick a step when it is done.
        </li>
        <li>
          “Source:” the map cites this link for it. “Editorial:” the map author's inference, with the
          reasoning.
        </li>
        <li>
          Years are typical times from the map's sources; a step the map gives no time for is counted as none
          and said so.
        </li>
        <li>{FEE_RULE}</li>
        {honoured ? null : (
          <li>Requirements were switched off: this route follows the map's paths as drawn.</li>
        )}
      </ul>
      <h2>Steps</h2>
      <ol className="print-route-steps">
        {explanation.steps.map((step) => (
          <li key={step.number}>
            <p className="print-route-step">
              <input type="checkbox" className="print-check" aria-label={`Step ${step.number} done`} />{" "}
              {stepAction(step)}
            </p>
            <ul>
              <li>
                Why this path: <span className="print-route-source">{basisText(step.basis)}</span>
              </li>
              <li>
                {stepTimeText(step)}
                {step.time ? ` (${basisText(step.time.basis)})` : ""}
                {stepTimingTail(step)}
              </li>
              {step.fee ? (
                <li>
                  Exam fee: {moneyText(step.fee.amount, step.fee.currency)} ({step.fee.year}) · Source:{" "}
                  {step.fee.source}
                </li>
              ) : null}
              {step.needs.map((need) => (
                <li key={`${need.kind}:${needText(need, honoured)}`}>
                  {needText(need, honoured)}{" "}
                  <span className="print-route-source">({basisText(need.basis)})</span>
                </li>
              ))}
              {step.facts.map((fact) => (
                <li key={`${fact.kind}:${fact.text}`}>
                  {requirementText(fact)} <span className="print-route-source">Source: {fact.source}</span>
                </li>
              ))}
              {otherPathsText(step) ? <li>This step is {otherPathsText(step)}.</li> : null}
              {step.needs.length + step.facts.length === 0 ? (
                <li className="print-route-none">The map asks nothing more for this step.</li>
              ) : null}
            </ul>
          </li>
        ))}
      </ol>
      <p className="print-route-meta">{plural(totals.steps, "step")} in all.</p>
    </section>,
    document.body,
  );
}
