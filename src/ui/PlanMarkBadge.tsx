import { PLAN_MARK_WORDS, type PlanMark } from "../domain/plan/plan.ts";
import { PLAN_MARK_LOOKS } from "./planMarkColors.ts";
import "./plan-mark.css";

/** A node's mark in the person's plan, as a small pill with a glyph and the word: lists, route steps, My plan. */
export function PlanMarkBadge({ mark }: { readonly mark: PlanMark | undefined }) {
  if (mark === undefined) return null;
  return (
    <span className="plan-mark" data-mark={mark}>
      <span aria-hidden="true" className="plan-mark-glyph">
        {PLAN_MARK_LOOKS[mark].glyph}
      </span>
      <span className="visually-hidden">My plan:</span> {PLAN_MARK_WORDS[mark]}
    </span>
  );
}
