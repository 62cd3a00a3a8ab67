import { useId } from "react";
import { PLAN_LIMITS, PLAN_MARK_WORDS, PLAN_MARKS, type PlanMark } from "../../domain/plan/plan.ts";
import { useAppStore } from "../../store/appStore.ts";
import { selectPlanEntry } from "../../store/planSelectors.ts";
import { formatPlanDate } from "./formatDate.ts";

const CHOICES: readonly (PlanMark | null)[] = [null, ...PLAN_MARKS];

/** The details panel's part of My plan: the node's mark (radio buttons, so arrow keys move it) and a note. */
export function NodePlanControls({ nodeId, label }: { readonly nodeId: string; readonly label: string }) {
  const entry = useAppStore(selectPlanEntry(nodeId));
  const markNode = useAppStore((state) => state.markNode);
  const writeNote = useAppStore((state) => state.writeNote);
  const name = useId();
  const noteId = useId();
  return (
    <section className="node-plan" aria-label={`My plan for ${label}`}>
      <fieldset className="node-plan-marks">
        <legend>My plan</legend>
        <div className="node-plan-choices">
          {CHOICES.map((mark) => (
            <label key={mark ?? "none"} className="node-plan-choice" data-mark={mark ?? "none"}>
              <input
                type="radio"
                name={name}
                checked={(entry?.mark ?? null) === mark}
                onChange={() => markNode(nodeId, mark)}
              />
              {mark === null ? "Not marked" : PLAN_MARK_WORDS[mark]}
            </label>
          ))}
        </div>
        {entry?.mark !== undefined && entry.markedAt !== undefined ? (
          <p className="node-plan-date">
            Marked {PLAN_MARK_WORDS[entry.mark].toLowerCase()} on {formatPlanDate(entry.markedAt)}
          </p>
        ) : null}
      </fieldset>
      <label className="node-plan-note-label" htmlFor={noteId}>
        My note
      </label>
      <textarea
        id={noteId}
        className="node-plan-note"
        rows={3}
        maxLength={PLAN_LIMITS.noteLength}
        value={entry?.note ?? ""}
        placeholder="e.g. exam booked for March; ask my manager about the audit role"
        onChange={(event) => writeNote(nodeId, event.target.value)}
      />
    </section>
  );
}
