import { type ReactNode, useId } from "react";

export interface Choice<T extends string | number> {
  readonly value: T;
  readonly label: ReactNode;
  /** Why the choice is unavailable; the choice is disabled when set. */
  readonly unavailable?: string | undefined;
}

interface ChoiceGroupProps<T extends string | number> {
  readonly legend: string;
  readonly name: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** A labelled group of radio buttons; an unavailable choice is disabled and says why beneath the group. */
export function ChoiceGroup<T extends string | number>({
  legend,
  name,
  choices,
  value,
  onChange,
}: ChoiceGroupProps<T>) {
  const id = useId();
  const reasons = choices.filter((choice) => choice.unavailable !== undefined);
  return (
    <fieldset className="export-group">
      <legend>{legend}</legend>
      <div className="export-choices">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="export-choice"
            data-disabled={choice.unavailable !== undefined}
          >
            <input
              type="radio"
              name={`${id}-${name}`}
              value={choice.value}
              checked={choice.value === value}
              disabled={choice.unavailable !== undefined}
              aria-describedby={choice.unavailable !== undefined ? `${id}-${choice.value}` : undefined}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {reasons.map((choice) => (
        <p key={choice.value} id={`${id}-${choice.value}`} className="export-reason">
          {choice.label}: {choice.unavailable}
        </p>
      ))}
    </fieldset>
  );
}
