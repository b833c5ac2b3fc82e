import {
  type BudgetFollowUp,
  type Locale,
  type Status,
  statusLabel,
  statusValues,
} from "@milepael/core/lite";
import { closeDetailsOnEscape } from "../internal/closeOnEscape";
import { DataTableToolbar } from "../internal/DataTableParts";
import { FilterSelects, SelectField } from "../internal/SelectField";
import { messages } from "../locale/messages";
import { type AttributeColumn, attributeColumns, milestoneColumnLabel } from "./columns";
import type { MilestoneTableModel } from "./useMilestoneTable";

export interface MilestoneTableToolbarProps {
  model: MilestoneTableModel;
  document: BudgetFollowUp;
  locale: Locale;
  onExport: () => void;
}

/** Search, filters by round status and attributes, grouping, columns, all details, and CSV. */
export function MilestoneTableToolbar({ model, document, locale, onExport }: MilestoneTableToolbarProps) {
  const text = messages(locale);
  const { table, round, roundStatus } = model;
  const attributeLabel = (column: AttributeColumn, value: string) =>
    column === "kind" ? (text.kinds[value as keyof typeof text.kinds] ?? value) : value;
  return (
    <DataTableToolbar widget="MilestoneTable" model={model} words={text}>
      <SelectField
        label={text.round}
        value={round ?? ""}
        onChange={(value) => model.setRoundFilter(value, roundStatus)}
        options={document.rounds.map(({ id, label }) => ({ value: id, label }))}
      />
      <SelectField
        label={text.status}
        value={roundStatus ?? ""}
        onChange={(value) => model.setRoundFilter(round, (value || undefined) as Status | undefined)}
        all={text.all}
        options={statusValues.map((value) => ({
          value,
          label: statusLabel(value, "milestone", locale).name,
        }))}
      />
      <FilterSelects
        columns={attributeColumns.filter((column) => model.attributeOptions[column].length > 0)}
        labels={text}
        options={model.attributeOptions}
        value={model.attributeValue}
        onChange={model.setAttribute}
        all={text.all}
        optionLabel={attributeLabel}
      />
      <SelectField
        label={text.groupBy}
        value={model.grouping[0] ?? ""}
        onChange={(value) => table.setGrouping(value === "" ? [] : [value])}
        options={[
          { value: "section", label: text.section },
          { value: "committee", label: text.committee },
          { value: "centre", label: text.centre },
          { value: "", label: text.noGrouping },
        ]}
      />
      <details className="mp-MilestoneTable-columns" onKeyDown={closeDetailsOnEscape}>
        <summary>{text.columns}</summary>
        <fieldset>
          <legend className="mp-visually-hidden">{text.columns}</legend>
          {table
            .getAllLeafColumns()
            .filter((column) => column.getCanHide())
            .map((column) => (
              <label key={column.id}>
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  onChange={(event) => column.toggleVisibility(event.target.checked)}
                />
                {milestoneColumnLabel(column.id, document, text)}
              </label>
            ))}
        </fieldset>
      </details>
      <button
        type="button"
        className="mp-Button"
        onClick={() => model.setAllDetailsOpen(!model.allDetailsOpen)}
      >
        {model.allDetailsOpen ? text.closeAllDetails : text.openAllDetails}
      </button>
      <button type="button" className="mp-Button" onClick={onExport}>
        {text.exportCsv}
      </button>
    </DataTableToolbar>
  );
}
