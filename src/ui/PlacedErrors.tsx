import type { ValidationError } from "../domain/format/validationError.ts";

const SHOWN = 20;

/** Problems with where each is, as plain text, the first 20 listed and the rest counted. */
export function PlacedErrors({ errors }: { readonly errors: readonly ValidationError[] }) {
  return (
    <>
      <ul>
        {errors.slice(0, SHOWN).map((error, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity beyond their order
          <li key={i}>
            <code>{error.path}</code>: {error.message}
          </li>
        ))}
      </ul>
      {errors.length > SHOWN ? <p>and {errors.length - SHOWN} more not listed.</p> : null}
    </>
  );
}
