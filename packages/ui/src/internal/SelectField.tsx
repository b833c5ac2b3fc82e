import type { ValueFilters } from "./useValueFilters";

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
  /** The columns, their options, values and setter: from the widget's hook (`useValueFilters`). */
  filters: ValueFilters<Column>;
  /** Each column's label. */
  labels: Readonly<Record<Column, string>>;
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
 * <FilterSelects filters={model.filters} labels={{ centre: "Center" }} all="Alle" />
 */
export function FilterSelects<Column extends string>({
  filters,
  labels,
  all,
  optionLabel = (_column, option) => option,
}: FilterSelectsProps<Column>) {
  return (
    <>
      {filters.columns.map((column) => (
        <SelectField
          key={column}
          label={labels[column]}
          value={filters.value(column)}
          onChange={(next) => filters.onChange(column, next)}
          all={all}
          options={filters.options[column].map((option) => ({
            value: option,
            label: optionLabel(column, option),
          }))}
        />
      ))}
    </>
  );
}
