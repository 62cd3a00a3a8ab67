import type { WhatIsLeft } from "../../domain/plan/whatIsLeft.ts";
import { PlanMarkBadge } from "../../ui/PlanMarkBadge.tsx";
import { formatPlanDate } from "./formatDate.ts";

const years = (min: number, max: number) => {
  const round = (n: number) => Math.round(n * 10) / 10;
  return min === max ? `${round(min)} years` : `${round(min)}–${round(max)} years`;
};

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);

/** What is left of the route: typical years and exam fees, where the map gives them, and what it lacks. */
export function LeftToDo({ left }: { readonly left: WhatIsLeft }) {
  const open = left.steps.filter((step) => !step.settled).length;
  if (open === 0) return <p className="plan-left">Every step of this route is marked done or skipped.</p>;
  return (
    <ul className="plan-left" aria-label="What is left">
      <li>
        {open} {open === 1 ? "step" : "steps"} left
      </li>
      <li>
        {left.years === null
          ? "Typical time: the map gives no typical years for these steps."
          : `Typical time: ${years(left.years.min, left.years.max)}${left.years.stepsWithout > 0 ? ` (${left.years.stepsWithout} more without a figure)` : ""}`}
      </li>
      {left.fees.map((fee) => (
        <li key={fee.currency}>
          Exam fees: from {money(fee.amount, fee.currency)} (the lowest listed fee of each)
        </li>
      ))}
      {left.credentialsWithoutFees > 0 ? (
        <li>
          {left.credentialsWithoutFees} {left.credentialsWithoutFees === 1 ? "credential" : "credentials"}{" "}
          without a fee on this map
        </li>
      ) : null}
    </ul>
  );
}

/** The chosen route's nodes in order, each with its mark, the date it was set, and the note. */
export function PlanRouteSteps({
  left,
  onChoose,
}: {
  readonly left: WhatIsLeft;
  readonly onChoose: (id: string) => void;
}) {
  return (
    <ol className="plan-steps">
      {left.steps.map(({ node, entry, edge }, i) => (
        <li key={node.id} className="plan-step">
          <div className="plan-step-head">
            <button type="button" className="link-button" onClick={() => onChoose(node.id)}>
              {i === 0 ? "Start: " : `Step ${i}: `}
              {node.label}
            </button>{" "}
            <PlanMarkBadge mark={entry?.mark} />
            {entry?.markedAt !== undefined ? (
              <span className="plan-step-date"> since {formatPlanDate(entry.markedAt)}</span>
            ) : null}
          </div>
          {edge?.time !== undefined ? (
            <p className="plan-step-fact">
              Typically after {years(edge.time.minYears, edge.time.maxYears ?? edge.time.minYears)} in the
              role before
            </p>
          ) : null}
          {node.fees?.length ? (
            <p className="plan-step-fact">
              Exam fee:{" "}
              {node.fees
                .map(
                  (fee) =>
                    `${money(fee.amount, fee.currency)}${fee.member === true ? " members" : fee.member === false ? " non-members" : ""} (${fee.year})`,
                )
                .join(", ")}
            </p>
          ) : null}
          {entry?.note !== undefined ? <p className="plan-step-note">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
