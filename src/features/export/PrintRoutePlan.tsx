import { createPortal } from "react-dom";
import { requirementText, stepAction } from "./routePlanText.ts";
import type { DrawnRouteInfo } from "./useDrawnRouteInfo.ts";
import "./print.css";

export interface RoutePlanPrint {
  readonly title: string;
  readonly route: DrawnRouteInfo;
  /** The route picture as a data URL: nothing to revoke, and allowed by the page's img-src. */
  readonly image: string;
  readonly printedOn: string;
}

/**
 * The page the browser prints for "Print route plan": title, summary, the route picture, and the steps in
 * order with what each takes. Hidden on screen; print.css hides the app and shows only this.
 */
export function PrintRoutePlan({ plan }: { readonly plan: RoutePlanPrint }) {
  const { explanation, summary } = plan.route;
  return createPortal(
    <section className="print-route-plan" aria-label="Route plan for printing">
      <h1>{plan.title}</h1>
      <p className="print-route-summary">{summary}</p>
      <p className="print-route-meta">Route plan, printed {plan.printedOn}</p>
      <img className="print-route-image" src={plan.image} alt={`The route on the map: ${summary}`} />
      <h2>Steps</h2>
      <ol className="print-route-steps">
        {explanation.steps.map((step) => (
          <li key={step.number}>
            <p className="print-route-step">{stepAction(step)}</p>
            {step.requirements.length > 0 ? (
              <ul>
                {step.requirements.map((requirement) => (
                  <li key={`${requirement.kind}:${requirement.text}`}>
                    {requirementText(requirement)}{" "}
                    <span className="print-route-source">Source: {requirement.source}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="print-route-none">The map lists no exam or prerequisite for this step.</p>
            )}
          </li>
        ))}
      </ol>
    </section>,
    document.body,
  );
}
