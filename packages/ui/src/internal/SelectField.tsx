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

export interface FilterSelectsProps<Column extends string> {
  /** The filtered columns, in toolbar order. */
  columns: readonly Column[];
  /** Each column's label. */
  labels: Readonly<Record<Column, string>>;
  /** The values each column offers. */
  options: Readonly<Record<Column, readonly string[]>>;
  /** A column's filter value, `""` for none. */
  value: (column: Column) => string;
  /** Sets a column's filter; `""` clears it. */
  onChange: (column: Column, value: string) => void;
  /** The first choice, meaning "no filter" ("Alle"). */
  all: string;
  /** How a value reads in its column; default the value itself. */
  optionLabel?: (column: Column, value: string) => string;
}

/**
 * A toolbar's filter selects, one per column: its label, "all" first, then the values the column
 * offers (milestone table, assessment table, decision log).
 *
 * @example
 * <FilterSelects columns={["centre"]} labels={{ centre: "Center" }} options={{ centre: ["Skole"] }}
 *   value={filterValue} onChange={setFilter} all="Alle" />
 */
export function FilterSelects<Column extends string>({
  columns,
  labels,
  options,
  value,
  onChange,
  all,
  optionLabel = (_column, option) => option,
}: FilterSelectsProps<Column>) {
  return (
    <>
      {columns.map((column) => (
        <SelectField
          key={column}
          label={labels[column]}
          value={value(column)}
          onChange={(next) => onChange(column, next)}
          all={all}
          options={options[column].map((option) => ({ value: option, label: optionLabel(column, option) }))}
        />
      ))}
    </>
  );
}
