import { useId, useState } from "react";
import {
  feesText,
  moneyText,
  needText,
  otherPathsText,
  payText,
  plural,
  type RouteExplanation,
  type RouteStep,
  stepTimeText,
  stepTimingTail,
  totalYearsText,
} from "../../domain/route/index.ts";
import { STEP_WORDS } from "./routeText.ts";
import { StepBasis } from "./StepBasis.tsx";
import { StepIcon } from "./StepIcon.tsx";
import { StepPlanMark } from "./StepPlanMark.tsx";
import { StepRequirements } from "./StepRequirements.tsx";

export interface RouteStepsProps {
  readonly explanation: RouteExplanation;
  readonly rank: number;
  /** Whether the route honours requirements (otherwise unmet ones are said to be unmet). */
  readonly honoured: boolean;
  readonly onFocusNode: (id: string) => void;
}

/**
 * The chosen route step by step: what each step is, where it leads (a button to that node), how long it
 * typically takes, what it asks for and why (sourced or editorial), with a box to tick off steps done.
 */
export function RouteSteps({ explanation, rank, honoured, onFocusNode }: RouteStepsProps) {
  const { start, steps, totals, held } = explanation;
  const titleId = useId();
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  const toggle = (number: number) =>
    setDone((before) => {
      const after = new Set(before);
      if (!after.delete(number)) after.add(number);
      return after;
    });
  return (
    <section className="route-steps" aria-labelledby={titleId}>
      <h3 id={titleId} className="route-section-title">
        Route {rank + 1}, step by step
      </h3>
      <ul className="route-totals" aria-label="Totals">
        <li>{plural(totals.steps, "step")}</li>
        <li>{totalYearsText(explanation)}</li>
        <li>{feesText(explanation)}</li>
        <li>{plural(totals.credentialsToEarn.length, "credential")} to earn</li>
      </ul>
      <p className="route-start">
        Start:{" "}
        <button type="button" className="step-node" onClick={() => onFocusNode(start.id)}>
          {start.label}
        </button>
        <StepPlanMark nodeId={start.id} />
        {held.length > 0 ? <span> holding {held.map((c) => c.label).join(", ")}</span> : null}
        <span className="route-pay"> · {payText(totals.payAtStart)}</span>
      </p>
      {steps.length === 0 ? <p className="route-hint">You are already there: no steps needed.</p> : null}
      <ol className="step-list">
        {steps.map((step) => (
          <li key={step.edgeId} className="step" data-kind={step.kind} data-done={done.has(step.number)}>
            <div className="step-head">
              <input
                type="checkbox"
                className="step-done"
                checked={done.has(step.number)}
                onChange={() => toggle(step.number)}
                aria-label={`Step ${step.number} done`}
              />
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
              <StepPlanMark nodeId={step.to.id} />
            </p>
            <StepFacts step={step} honoured={honoured} />
            <StepRequirements requirements={step.facts} />
          </li>
        ))}
      </ol>
      {steps.length > 0 ? <p className="route-hint">At the goal: {payText(totals.payAtGoal)}</p> : null}
    </section>
  );
}

/** Time, waiting, fee and what the destination asks for, each with its basis. */
function StepFacts({ step, honoured }: { readonly step: RouteStep; readonly honoured: boolean }) {
  const other = otherPathsText(step);
  return (
    <ul className="step-facts">
      <li>
        {stepTimeText(step)}
        {step.time ? (
          <>
            {" "}
            <StepBasis basis={step.time.basis} />
          </>
        ) : null}
        {stepTimingTail(step)}
      </li>
      {step.fee ? (
        <li>
          Exam fee {moneyText(step.fee.amount, step.fee.currency)} ({step.fee.year}
          {step.fee.member === true ? ", members" : step.fee.member === false ? ", non-members" : ""})
        </li>
      ) : step.kind === "earn-credential" ? (
        <li>Exam fee not on the map</li>
      ) : null}
      {step.needs.map((need) => (
        <li key={`${need.kind}:${needText(need, honoured)}`} data-need={need.kind}>
          {needText(need, honoured)} <StepBasis basis={need.basis} />
        </li>
      ))}
      {other ? <li>This step is {other}.</li> : null}
    </ul>
  );
}
