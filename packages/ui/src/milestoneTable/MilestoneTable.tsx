import type { BudgetFollowUp, Locale } from "@milepael/core/lite";
import { useCallback, useId } from "react";
import { classNames } from "../internal/classNames";
import { downloadText } from "../internal/downloadText";
import { tableRowTarget } from "../internal/tableRowMoves";
import { useRovingFocus } from "../internal/useRovingFocus";
import { useStableCallback } from "../internal/useStableCallback";
import { useVirtualRows } from "../internal/useVirtualRows";
import { messages } from "../locale/messages";
import { type MilestoneTableRow, milestoneColumnLabel } from "./columns";
import { MilestoneTableLine } from "./MilestoneTableLine";
import { MilestoneTableToolbar } from "./MilestoneTableToolbar";
import { type MilestoneTableState, useMilestoneTable } from "./useMilestoneTable";
import { milestoneViewCsv } from "./viewCsv";

export interface MilestoneTableProps extends MilestoneTableState {
  /** The budget follow-up to show. */
  document: BudgetFollowUp;
  /** The table's caption; default the document's title. */
  caption?: string;
  /** Rows are virtualised above this many (sections, initiatives and open details). Default 200. */
  virtualizeAbove?: number;
  /** Receives the CSV of the current view instead of downloading it. */
  onExportCsv?: (csv: string) => void;
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale;
  className?: string;
}

/**
 * A budget follow-up as a table: one row per initiative, a smiley per round and for the economy,
 * grouped by section, with details on demand, sorting, filters, search, column choice, CSV of
 * the view, keyboard navigation and virtualised rows for very large documents. Built on
 * `useMilestoneTable`, which serves other markup as well.
 */
export function MilestoneTable({
  document,
  caption,
  virtualizeAbove = 200,
  onExportCsv,
  locale,
  className,
  ...state
}: MilestoneTableProps) {
  const model = useMilestoneTable(document, { ...state, locale });
  const { table, items, itemKeys } = model;
  const activeLocale = model.locale;
  const text = messages(activeLocale);
  const ids = useId();
  const columns = table.getVisibleLeafColumns();
  const virtual = useVirtualRows<HTMLDivElement>({
    count: items.length,
    threshold: virtualizeAbove,
    // Stable per list of lines: the virtualiser recomputes every line's position (100,000 at the
    // largest) whenever it changes, which would be on every scroll frame.
    estimateSize: useCallback((index: number) => (items[index]?.kind === "detail" ? 240 : 44), [items]),
    keys: itemKeys,
    overscan: 10,
  });
  // Roving focus: one tab stop in the body, arrow keys move it between rows (not detail lines).
  const navigable = (index: number) => items[index] !== undefined && items[index]?.kind !== "detail";
  const roving = useRovingFocus<number>({
    tabbable: virtual.indices.filter(navigable),
    move: (from, key) => tableRowTarget(key, from, items.length, navigable),
    getElement: (index) =>
      virtual.scrollRef.current?.querySelector<HTMLButtonElement>(
        `[data-index="${index}"] .mp-MilestoneTable-toggle`,
      ),
    onMove: virtual.scrollToIndex,
  });
  const onToggle = useStableCallback((index: number, row: MilestoneTableRow) => {
    roving.setActive(index);
    model.toggleRow(row);
  });
  const exportView = () => {
    const csv = milestoneViewCsv(table, document, activeLocale);
    if (onExportCsv) onExportCsv(csv);
    else downloadText(csv, `${document.metadata.title || "milepael"}.csv`, "text/csv;charset=utf-8");
  };
  const spacer = (height: number) =>
    height > 0 && (
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; it keeps the scroll height of rows not drawn.
      <tr aria-hidden="true" className="mp-MilestoneTable-spacer">
        <td colSpan={columns.length} style={{ height }} />
      </tr>
    );

  return (
    <div
      className={classNames("mp-MilestoneTable", className)}
      data-virtualized={virtual.virtualized ? "" : undefined}
    >
      <MilestoneTableToolbar model={model} document={document} locale={activeLocale} onExport={exportView} />
      <p className="mp-MilestoneTable-count" role="status">
        {text.shownOf(model.shown, model.data.length)}
      </p>
      <div className="mp-MilestoneTable-scroller" ref={virtual.scrollRef}>
        <table
          className="mp-MilestoneTable-table"
          aria-rowcount={virtual.virtualized ? items.length + 1 : undefined}
        >
          <caption>
            {caption ?? document.metadata.title}
            <span className="mp-visually-hidden"> {text.tableKeys}</span>
          </caption>
          <thead>
            <tr>
              {table
                .getFlatHeaders()
                .filter((header) => header.column.getIsVisible())
                .map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={
                        sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined
                      }
                      data-column={header.column.id}
                    >
                      <button
                        type="button"
                        className="mp-MilestoneTable-sort"
                        data-sorted={sorted || undefined}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {milestoneColumnLabel(header.column.id, document, text)}
                        <span className="mp-MilestoneTable-sortMark" aria-hidden="true" />
                      </button>
                    </th>
                  );
                })}
            </tr>
          </thead>
          <tbody onKeyDown={(event) => roving.onKeyDown(event)}>
            {spacer(virtual.paddingTop)}
            {virtual.indices.map((index) => {
              const item = items[index];
              if (!item) return null;
              return (
                <MilestoneTableLine
                  key={itemKeys[index] ?? index}
                  kind={item.kind}
                  row={item.row}
                  index={index}
                  expanded={item.row.getIsExpanded()}
                  tabIndex={index === roving.tabStop ? 0 : -1}
                  columns={columns}
                  document={document}
                  locale={activeLocale}
                  detailId={`${ids}-detail-${item.row.id}`}
                  measure={virtual.measureElement}
                  onToggle={onToggle}
                />
              );
            })}
            {spacer(virtual.paddingBottom)}
            {items.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="mp-MilestoneTable-empty">
                  {text.noMatches}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
