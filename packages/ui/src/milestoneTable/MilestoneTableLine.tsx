import { type BudgetFollowUp, type Locale, lifecycleLabel, type Status } from "@milepael/core/lite";
import { memo, type ReactNode } from "react";
import { lineProps, RowHeaderCell, RowToggle, tablePart } from "../internal/DataTableParts";
import { dataLang } from "../internal/dataLang";
import { messages } from "../locale/messages";
import { Smiley } from "../smiley/Smiley";
import { type MilestoneTableRow, milestoneColumnLabel } from "./columns";
import { InitiativeDetail } from "./InitiativeDetail";
import type { MilestoneTableItem } from "./useMilestoneTable";

export interface MilestoneTableLineProps {
  kind: MilestoneTableItem["kind"];
  row: MilestoneTableRow;
  index: number;
  /** Passed apart from `row`: TanStack keeps a row's object when only its open state changes. */
  expanded: boolean;
  tabIndex: 0 | -1;
  columns: readonly { id: string }[];
  document: BudgetFollowUp;
  locale: Locale;
  /** The id of an initiative's detail line. */
  detailId: string;
  measure: ((element: Element | null) => void) | undefined;
  /** Stable: the toggle of a section or an initiative was pressed. */
  onToggle: (index: number, row: MilestoneTableRow) => void;
}

/**
 * A line of the table's body: a section heading, an initiative with its smileys, or an open
 * initiative's details. Memoised, so that a scroll frame draws only the lines coming into view.
 */
export const MilestoneTableLine = memo(function MilestoneTableLine(props: MilestoneTableLineProps) {
  const { kind, row, index, expanded, columns, document, locale, detailId, measure } = props;
  const text = messages(locale);
  const toggle = (label: string, controls: string | undefined, children?: ReactNode) => (
    <RowToggle
      widget="MilestoneTable"
      expanded={expanded}
      controls={controls}
      label={label}
      tabIndex={props.tabIndex}
      onClick={() => props.onToggle(index, row)}
    >
      {children}
    </RowToggle>
  );
  const expandedMark = expanded ? "" : undefined;
  if (kind === "group") {
    const title = String(row.getGroupingValue(row.groupingColumnId ?? "section") || "–");
    return (
      <tr {...lineProps(index, measure)} className="mp-MilestoneTable-group" data-expanded={expandedMark}>
        <th scope="colgroup" colSpan={columns.length}>
          {toggle(
            expanded ? text.collapseGroup(title) : text.expandGroup(title),
            undefined,
            <span>{title}</span>,
          )}
          <span className="mp-MilestoneTable-groupCount">
            {text.initiativesCount(row.getLeafRows().length)}
          </span>
        </th>
      </tr>
    );
  }
  const initiative = row.original.initiative;
  if (kind === "detail") {
    return (
      <tr {...lineProps(index, measure)} id={detailId} className="mp-MilestoneTable-detail">
        <td colSpan={columns.length}>
          <InitiativeDetail initiative={initiative} rounds={document.rounds} locale={locale} />
        </td>
      </tr>
    );
  }
  const name = [initiative.number, initiative.title].filter(Boolean).join(" ");
  return (
    <tr
      {...lineProps(index, measure)}
      className={tablePart("MilestoneTable", "row")}
      data-expanded={expandedMark}
      data-lifecycle={initiative.lifecycle}
    >
      {columns.map((column) => {
        const label = milestoneColumnLabel(column.id, document, text);
        if (column.id === "initiative") {
          return (
            <RowHeaderCell key={column.id} widget="MilestoneTable" label={label} name={name}>
              {toggle(
                expanded ? text.collapseRow(name) : text.expandRow(name),
                expanded ? detailId : undefined,
              )}
              <span className="mp-MilestoneTable-title" lang={dataLang(locale)}>
                {initiative.number && (
                  <>
                    <span className="mp-MilestoneTable-number">{initiative.number}</span>{" "}
                  </>
                )}
                {initiative.title}
                {initiative.lifecycle && initiative.lifecycle !== "active" && (
                  <span className="mp-MilestoneTable-lifecycle" lang={dataLang(locale) && locale}>
                    {" "}
                    ({lifecycleLabel(initiative.lifecycle, locale)})
                  </span>
                )}
              </span>
            </RowHeaderCell>
          );
        }
        const value = row.getValue<string>(column.id);
        if (column.id.startsWith("round:") || column.id === "economy") {
          const scale = column.id === "economy" ? "economy" : "milestone";
          return (
            <td key={column.id} className="mp-MilestoneTable-status" data-label={label}>
              <Smiley status={value as Status} scale={scale} size="sm" locale={locale} />
            </td>
          );
        }
        return (
          <td key={column.id} data-label={label}>
            {column.id === "kind" ? (text.kinds[value as keyof typeof text.kinds] ?? value) : value}
          </td>
        );
      })}
    </tr>
  );
});
