import { useRef, useState } from "react";
import type { ValidationError } from "../../domain/format/validationError.ts";
import { isPlanEmpty, type Plan } from "../../domain/plan/plan.ts";
import { readPlanText } from "../../domain/plan/readPlan.ts";
import { useAppStore } from "../../store/appStore.ts";
import { PlacedErrors } from "../../ui/PlacedErrors.tsx";
import { savePlanFile } from "../../ui/savePlanFile.ts";

const WHOLE = "(the whole file)";
const MAX_PLAN_BYTES = 2 * 1024 * 1024;

type Outcome =
  | { readonly kind: "none" }
  | { readonly kind: "done"; readonly message: string }
  | { readonly kind: "failed"; readonly fileName: string; readonly errors: readonly ValidationError[] };

async function readPlanFile(file: File, mapId: string) {
  if (file.size > MAX_PLAN_BYTES) {
    return {
      ok: false as const,
      errors: [
        {
          path: WHOLE,
          message: `${file.name} is larger than 2 MB; a plan is far smaller. Pick the file Export my plan saved.`,
        },
      ],
    };
  }
  const text = await file.text().catch(() => null);
  if (text === null)
    return {
      ok: false as const,
      errors: [{ path: WHOLE, message: `${file.name} could not be read. Pick it again.` }],
    };
  return readPlanText(text, mapId);
}

/** Export my plan, Import my plan (checked like a map file, errors by place) and Reset my plan (confirmed). */
export function PlanFileActions({ plan }: { readonly plan: Plan }) {
  const importPlan = useAppStore((state) => state.importPlan);
  const resetPlan = useAppStore((state) => state.resetPlan);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  const [confirming, setConfirming] = useState(false);
  const resetRef = useRef<HTMLButtonElement>(null);

  const exportPlan = () => {
    savePlanFile(plan);
    setOutcome({ kind: "done", message: "Saved your plan as a file." });
  };
  const open = async (file: File) => {
    const reading = await readPlanFile(file, plan.mapId);
    if (!reading.ok) return setOutcome({ kind: "failed", fileName: file.name, errors: reading.errors });
    importPlan(reading.plan);
    setOutcome({
      kind: "done",
      message: `Imported ${file.name}: ${reading.plan.entries.size} marked or noted.`,
    });
  };

  return (
    <div className="plan-actions">
      <div className="plan-action-row">
        <button type="button" className="control-button" onClick={exportPlan} disabled={isPlanEmpty(plan)}>
          Export my plan
        </button>
        <label className="control-button">
          Import my plan…
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void open(file);
            }}
          />
        </label>
        <button
          ref={resetRef}
          type="button"
          className="control-button plan-danger"
          disabled={isPlanEmpty(plan)}
          onClick={() => setConfirming(true)}
        >
          Reset my plan…
        </button>
      </div>
      {confirming ? (
        <div className="plan-confirm" role="alertdialog" aria-label="Reset my plan?">
          <p>
            Remove every mark, note and the saved route for this map from this browser? This can’t be undone;
            export your plan first to keep a copy.
          </p>
          <button
            type="button"
            className="control-button plan-danger"
            onClick={() => {
              resetPlan();
              setConfirming(false);
              setOutcome({ kind: "done", message: "Your plan for this map was reset." });
            }}
          >
            Reset
          </button>{" "}
          <button
            type="button"
            className="control-button"
            // biome-ignore lint/a11y/noAutofocus: the choice that keeps data gets the keyboard first
            autoFocus
            onClick={() => {
              setConfirming(false);
              resetRef.current?.focus();
            }}
          >
            Keep my plan
          </button>
        </div>
      ) : null}
      <p role="status" className="plan-outcome">
        {outcome.kind === "done" ? outcome.message : ""}
      </p>
      {outcome.kind === "failed" ? (
        <div role="alert" className="plan-errors">
          <p>Couldn’t import {outcome.fileName}. Your plan is unchanged.</p>
          <PlacedErrors errors={outcome.errors} />
        </div>
      ) : null}
    </div>
  );
}
