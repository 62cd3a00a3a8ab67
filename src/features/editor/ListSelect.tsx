import { Field } from "./Field.tsx";

/** A labelled drop-down of the map's levels, issuers or nodes, by id, showing each one's label. */
export function ListSelect({
  label,
  name,
  items,
  defaultValue,
}: {
  readonly label: string;
  readonly name: string;
  readonly items: readonly { readonly id: string; readonly label: string }[];
  readonly defaultValue: string | undefined;
}) {
  return (
    <Field label={label}>
      {({ id }) => (
        <select id={id} name={name} defaultValue={defaultValue}>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
