import { useState } from "react";
import type { CareerGraph, Fact } from "../../domain/careerGraph.ts";
import type { EditResult } from "../../domain/edit/editResult.ts";
import { EditErrors } from "./EditErrors.tsx";
import { useMapEdit } from "./useMapEdit.ts";

interface Row {
  readonly key: number;
  readonly text: string;
  readonly source: string;
  readonly year: string;
}

let nextKey = 0;
const toRow = (fact?: Fact): Row => ({
  key: nextKey++,
  text: fact?.text ?? "",
  source: fact?.source ?? "",
  year: fact?.year === undefined ? "" : String(fact.year),
});

/** A year left blank is no year; anything else goes to the file rules as a number, to be checked there. */
function toFact(row: Row): Fact {
  const year = row.year.trim();
  return { text: row.text.trim(), source: row.source.trim(), ...(year === "" ? {} : { year: Number(year) }) };
}

export interface FactRowsProps {
  readonly title: string;
  readonly facts: readonly Fact[];
  readonly save: (facts: readonly Fact[]) => (graph: CareerGraph) => EditResult;
}

/** The facts of one list as rows of fields; saved together as one edit. */
export function FactRows({ title, facts, save }: FactRowsProps) {
  const [rows, setRows] = useState<readonly Row[]>(() => facts.map(toRow));
  const { errors, apply } = useMapEdit();
  const change = (key: number, part: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...part } : row)));

  return (
    <form
      className="edit-form"
      aria-label={`Facts: ${title}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        apply(save(rows.map(toFact)));
      }}
    >
      {rows.length === 0 ? <p className="edit-hint">No facts under “{title}” yet.</p> : null}
      <ol className="fact-rows">
        {rows.map((row, i) => (
          <li key={row.key} className="fact-row">
            <label>
              Fact {i + 1}
              <textarea
                rows={2}
                value={row.text}
                onChange={(event) => change(row.key, { text: event.target.value })}
              />
            </label>
            <label>
              Fact {i + 1} source link
              <input
                inputMode="url"
                value={row.source}
                onChange={(event) => change(row.key, { source: event.target.value })}
              />
            </label>
            <label>
              Fact {i + 1} year (optional)
              <input
                inputMode="numeric"
                value={row.year}
                onChange={(event) => change(row.key, { year: event.target.value })}
              />
            </label>
            <button
              type="button"
              className="control-button"
              onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}
            >
              Remove fact {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <EditErrors errors={errors} />
      <div className="edit-actions">
        <button
          type="button"
          className="control-button"
          onClick={() => setRows((current) => [...current, toRow()])}
        >
          Add a fact
        </button>
        <button type="submit" className="control-button edit-submit">
          Save facts
        </button>
      </div>
    </form>
  );
}
