import { PLAN_MARK_WORDS, type PlanMark } from "../domain/plan/plan.ts";
import "./plan-mark.css";

/** Each mark's glyph, so a list tells marks apart by shape as well as by its ring's colour and line. */
const GLYPHS: Record<PlanMark, string> = { done: "✓", "in-progress": "◐", planned: "○", skipped: "–" };

/** A node's mark in the person's plan, as a small pill with a glyph and the word: lists, route steps, My plan. */
export function PlanMarkBadge({ mark }: { readonly mark: PlanMark | undefined }) {
  if (mark === undefined) return null;
  return (
    <span className="plan-mark" data-mark={mark}>
      <span aria-hidden="true" className="plan-mark-glyph">
        {GLYPHS[mark]}
      </span>
      <span className="visually-hidden">My plan:</span> {PLAN_MARK_WORDS[mark]}
    </span>
  );
}
