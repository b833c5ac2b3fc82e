import {
  type BudgetFollowUp,
  type Locale,
  type Status,
  statusLabel,
  statusValues,
} from "@milepael/core/lite";
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
    <search className="mp-MilestoneTable-toolbar">
      <label className="mp-Field">
        <span>{text.search}</span>
        <input
          type="search"
          value={model.globalFilter}
          placeholder={text.searchPlaceholder}
          onChange={(event) => model.setGlobalFilter(event.target.value)}
        />
      </label>
      <label className="mp-Field">
        <span>{text.round}</span>
        <select
          value={round ?? ""}
          onChange={(event) => model.setRoundFilter(event.target.value, roundStatus)}
        >
          {document.rounds.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
      </label>
      <label className="mp-Field">
        <span>{text.status}</span>
        <select
          value={roundStatus ?? ""}
          onChange={(event) =>
            model.setRoundFilter(round, (event.target.value || undefined) as Status | undefined)
          }
        >
          <option value="">{text.all}</option>
          {statusValues.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status, "milestone", locale).name}
            </option>
          ))}
        </select>
      </label>
      {attributeColumns.map((column) =>
        model.attributeOptions[column].length === 0 ? null : (
          <label className="mp-Field" key={column}>
            <span>{text[column]}</span>
            <select
              value={model.attributeValue(column)}
              onChange={(event) => model.setAttribute(column, event.target.value)}
            >
              <option value="">{text.all}</option>
              {model.attributeOptions[column].map((value) => (
                <option key={value} value={value}>
                  {attributeLabel(column, value)}
                </option>
              ))}
            </select>
          </label>
        ),
      )}
      <label className="mp-Field">
        <span>{text.groupBy}</span>
        <select
          value={model.grouping[0] ?? ""}
          onChange={(event) => table.setGrouping(event.target.value === "" ? [] : [event.target.value])}
        >
          <option value="section">{text.section}</option>
          <option value="committee">{text.committee}</option>
          <option value="centre">{text.centre}</option>
          <option value="">{text.noGrouping}</option>
        </select>
      </label>
      <details className="mp-MilestoneTable-columns">
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
    </search>
  );
}
