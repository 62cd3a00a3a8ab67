import { type ReactNode, useId } from "react";

/** A label above its control, with an optional hint the control is described by. */
export function Field({
  label,
  hint,
  children,
}: {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: hint === undefined ? undefined : hintId })}
      {hint === undefined ? null : (
        <p id={hintId} className="edit-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
