import type { ValidationError } from "../../domain/format/validationError.ts";

/** Why an edit was refused, read out as soon as it appears; the map and the form stay as they were. */
export function EditErrors({ errors }: { readonly errors: readonly ValidationError[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="edit-errors" role="alert">
      <p className="edit-errors-title">Not changed:</p>
      <ul>
        {errors.map((error) => (
          <li key={`${error.path}\n${error.message}`}>
            {error.path}: {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
