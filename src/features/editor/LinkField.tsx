import { Field } from "./Field.tsx";

/**
 * A field for a link. Plain text with a URL keyboard rather than type="url": the browser's own check
 * would stop the form before the file rules can say what is wrong in the app's words.
 */
export function LinkField({
  label,
  name,
  hint,
}: {
  readonly label: string;
  readonly name: string;
  readonly hint?: string;
}) {
  return (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <input id={id} name={name} inputMode="url" placeholder="https://" aria-describedby={describedBy} />
      )}
    </Field>
  );
}
