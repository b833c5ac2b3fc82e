import {
  type BudgetFollowUp,
  type Locale,
  type Status,
  statusLabel,
  statusValues,
} from "@milepael/core/lite";
import type { GroupingState } from "@tanstack/react-table";
import { memo } from "react";
import { closeDetailsOnEscape } from "../internal/closeOnEscape";
import { DataTableToolbar } from "../internal/DataTableParts";
import { FilterSelects, SelectField } from "../internal/SelectField";
import { useStableCallback } from "../internal/useStableCallback";
import type { ValueFilters } from "../internal/useValueFilters";
import { messages } from "../locale/messages";
import { type AttributeColumn, milestoneColumnLabel } from "./columns";
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
  const { table } = model;
  // The filters' props stay the same while the reader types a search, so the selects, their
  // options and the column checkboxes are not drawn again for each keystroke (React resets an
  // input's type and a select's options on every update it commits).
  // Column ids as one string each (a value the memo compares): those a reader may hide, and
  // those hidden now.
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  const hideableIds = JSON.stringify(hideable.map((column) => column.id));
  const hiddenIds = JSON.stringify(
    hideable.filter((column) => !column.getIsVisible()).map((column) => column.id),
  );
  return (
    <DataTableToolbar widget="MilestoneTable" model={model} words={text}>
      <MilestoneTableFilters
        document={document}
        locale={locale}
        round={model.round}
        roundStatus={model.roundStatus}
        attributeFilters={model.attributeFilters}
        grouping={model.grouping}
        hideableIds={hideableIds}
        hiddenIds={hiddenIds}
        onColumnVisible={useStableCallback((id: string, visible: boolean) =>
          table.getColumn(id)?.toggleVisibility(visible),
        )}
        onRoundFilter={useStableCallback(model.setRoundFilter)}
        onGrouping={useStableCallback((value: string) => table.setGrouping(value === "" ? [] : [value]))}
      />
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

interface MilestoneTableFiltersProps {
  document: BudgetFollowUp;
  locale: Locale;
  round: string | undefined;
  roundStatus: Status | undefined;
  /** The same object while a search is typed (see `useMilestoneFilters`). */
  attributeFilters: ValueFilters<AttributeColumn>;
  grouping: GroupingState;
  /** The ids of the columns a reader may hide, as a JSON array (an id may hold any character). */
  hideableIds: string;
  /** The ids of those hidden now, as a JSON array. */
  hiddenIds: string;
  onColumnVisible: (columnId: string, visible: boolean) => void;
  onRoundFilter: (round: string | undefined, status: Status | undefined) => void;
  onGrouping: (column: string) => void;
}

const idList = (json: string) => JSON.parse(json) as string[];

/** The toolbar's selects and column choice: drawn again only when one of them changes. */
const MilestoneTableFilters = memo(function MilestoneTableFilters(props: MilestoneTableFiltersProps) {
  const { document, locale, round, roundStatus } = props;
  const text = messages(locale);
  const hidden = new Set(idList(props.hiddenIds));
  return (
    <>
      <SelectField
        label={text.round}
        value={round ?? ""}
        onChange={(value) => props.onRoundFilter(value, roundStatus)}
        options={document.rounds.map(({ id, label }) => ({ value: id, label }))}
      />
      <SelectField
        label={text.status}
        value={roundStatus ?? ""}
        onChange={(value) => props.onRoundFilter(round, (value || undefined) as Status | undefined)}
        all={text.all}
        options={statusValues.map((value) => ({
          value,
          label: statusLabel(value, "milestone", locale).name,
        }))}
      />
      <FilterSelects
        filters={props.attributeFilters}
        labels={text}
        all={text.all}
        optionLabel={(column, value) =>
          column === "kind" ? (text.kinds[value as keyof typeof text.kinds] ?? value) : value
        }
      />
      <SelectField
        label={text.groupBy}
        value={props.grouping[0] ?? ""}
        onChange={props.onGrouping}
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
          {idList(props.hideableIds).map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={!hidden.has(id)}
                onChange={(event) => props.onColumnVisible(id, event.target.checked)}
              />
              {milestoneColumnLabel(id, document, text)}
            </label>
          ))}
        </fieldset>
      </details>
    </>
  );
});
