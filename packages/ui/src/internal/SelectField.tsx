export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** A first choice with the empty value, meaning "no filter" ("Alle"). */
  all?: string | undefined;
}

/**
 * A labelled select of a widget's toolbar (scale, lanes, filters, grouping): the label's text names
 * it, options are value and label.
 *
 * @example
 * <SelectField label="Skala" value={unit} onChange={showUnit} options={[{ value: "week", label: "Uger" }]} />
 */
export function SelectField({ label, value, onChange, options, all }: SelectFieldProps) {
  const choices = all === undefined ? options : [{ value: "", label: all }, ...options];
  return (
    <label className="mp-Field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
