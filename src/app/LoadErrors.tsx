import type { ValidationError } from "../domain/format/validationError.ts";

const SHOWN = 20;

/** Lists what is wrong with a career map file: where, then what to do. Text only, never markup. */
export function LoadErrors({ errors }: { readonly errors: readonly ValidationError[] }) {
  return (
    <div className="load-errors" role="alert">
      <h2>This career map could not be loaded</h2>
      <ul>
        {errors.slice(0, SHOWN).map((error, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity beyond their order
          <li key={i}>
            <code>{error.path}</code> {error.message}
          </li>
        ))}
      </ul>
      {errors.length > SHOWN ? <p>…and {errors.length - SHOWN} more.</p> : null}
    </div>
  );
}
