import { useId } from "react";
import type { RouteExplanation } from "../../domain/route/index.ts";
import { plural, STEP_WORDS } from "./routeText.ts";
import { StepBasis } from "./StepBasis.tsx";
import { StepIcon } from "./StepIcon.tsx";
import { StepRequirements } from "./StepRequirements.tsx";

export interface RouteStepsProps {
  readonly explanation: RouteExplanation;
  readonly rank: number;
  readonly onFocusNode: (id: string) => void;
}

/** The chosen route step by step: what each step is, where it leads (a button to that node), what it takes. */
export function RouteSteps({ explanation, rank, onFocusNode }: RouteStepsProps) {
  const { start, steps, totals } = explanation;
  const titleId = useId();
  return (
    <section className="route-steps" aria-labelledby={titleId}>
      <h3 id={titleId} className="route-section-title">
        Route {rank + 1}, step by step
      </h3>
      <ul className="route-totals" aria-label="Totals">
        <li>{plural(totals.steps, "step")}</li>
        <li>{plural(totals.credentialsToEarn, "credential")} to earn</li>
      </ul>
      <p className="route-start">
        Start:{" "}
        <button type="button" className="step-node" onClick={() => onFocusNode(start.id)}>
          {start.label}
        </button>
      </p>
      {steps.length === 0 ? <p className="route-hint">You are already there: no steps needed.</p> : null}
      <ol className="step-list">
        {steps.map((step) => (
          <li key={step.edgeId} className="step" data-kind={step.kind}>
            <div className="step-head">
              <StepIcon kind={step.kind} />
              <span className="step-kind">
                Step {step.number} · {STEP_WORDS[step.kind]}
              </span>
              <StepBasis basis={step.basis} />
            </div>
            <p className="step-move">
              <span className="step-from">{step.from.label}</span>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> to </span>
              <button type="button" className="step-node" onClick={() => onFocusNode(step.to.id)}>
                {step.to.label}
              </button>
            </p>
            <StepRequirements requirements={step.requirements} />
          </li>
        ))}
      </ol>
    </section>
  );
}
