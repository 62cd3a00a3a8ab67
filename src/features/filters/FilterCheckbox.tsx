export interface FilterCheckboxProps {
  readonly label: string;
  readonly detail?: string | undefined;
  readonly count: number;
  readonly checked: boolean;
  readonly onToggle: () => void;
}

/** One "show this" switch, with how many nodes it covers. */
export function FilterCheckbox({ label, detail, count, checked, onToggle }: FilterCheckboxProps) {
  return (
    <label className="filter-option">
      <input type="checkbox" checked={checked} onChange={onToggle} />
      <span className="filter-option-text">
        <span className="filter-option-label">{label}</span>
        {detail === undefined ? null : (
          <>
            {" "}
            <span className="filter-option-detail">{detail}</span>
          </>
        )}
      </span>{" "}
      <span className="filter-count">
        <span className="visually-hidden">(</span>
        {count}
        <span className="visually-hidden">)</span>
      </span>
    </label>
  );
}
