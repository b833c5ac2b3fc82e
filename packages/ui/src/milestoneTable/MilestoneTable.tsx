import {
  type BudgetFollowUp,
  type Locale,
  lifecycleLabel,
  reportingRound,
  type Status,
  statusLabel,
  statusValues,
} from "@milepael/core/lite";
import { useVirtualizer } from "@tanstack/react-virtual";
import {
  type KeyboardEvent,
  type ReactElement,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { classNames } from "../internal/classNames";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { Smiley } from "../smiley/Smiley";
import { InitiativeDetail } from "./InitiativeDetail";
import {
  type AttributeColumn,
  attributeColumns,
  type MilestoneTableState,
  roundColumnId,
  useMilestoneTable,
  visibleItems,
} from "./useMilestoneTable";
import { downloadText, milestoneViewCsv } from "./viewCsv";

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
 * the view, keyboard navigation and virtualised rows for very large documents.
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
  const activeLocale = useLocale(locale);
  const text = messages(activeLocale);
  const { table, data, toggleRow, setAllDetailsOpen, setGlobalFilter, setColumnFilters } = useMilestoneTable(
    document,
    text,
    state,
  );
  const ids = useId();
  const { globalFilter, columnFilters, grouping } = table.state;

  const sortedRows = table.getSortedRowModel().rows;
  const expandedState = table.state.expanded;
  // biome-ignore lint/correctness/useExhaustiveDependencies: rows read their open state from `expanded`.
  const items = useMemo(() => visibleItems(sortedRows), [sortedRows, expandedState]);
  const filteredRows = table.getFilteredRowModel().flatRows;
  // Once per change of filter or open rows, not on every scroll frame (100,000 rows at 60 fps).
  // biome-ignore lint/correctness/useExhaustiveDependencies: rows read their open state from `expanded`.
  const { shown, allDetailsOpen } = useMemo(() => {
    const initiatives = filteredRows.filter((row) => !row.getIsGrouped());
    return {
      shown: initiatives.length,
      allDetailsOpen: initiatives.length > 0 && initiatives.every((row) => row.getIsExpanded()),
    };
  }, [filteredRows, expandedState]);

  const visibleColumns = table.getVisibleLeafColumns();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualize = items.length > virtualizeAbove;
  // Stable per list of lines: the virtualiser recomputes every line's position (100,000 at the
  // largest) whenever these functions change, which would be on every scroll frame.
  // The keys are built once per list: the virtualiser asks for the key of every line after each
  // newly measured one, and building 100,000 strings per frame was most of a scroll frame.
  const itemKeys = useMemo(() => items.map((item) => `${item.kind}:${item.row.id}`), [items]);
  const estimateSize = useCallback((index: number) => (items[index]?.kind === "detail" ? 240 : 44), [items]);
  const getItemKey = useCallback((index: number) => itemKeys[index] ?? index, [itemKeys]);
  const getScrollElement = useCallback(() => scroller.current, []);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement,
    estimateSize,
    overscan: 10,
    enabled: virtualize,
    getItemKey,
  });
  const rendered = virtualize
    ? virtualizer.getVirtualItems().map((virtual) => virtual.index)
    : items.map((_, index) => index);
  const paddingTop = virtualize ? (virtualizer.getVirtualItems()[0]?.start ?? 0) : 0;
  const paddingBottom = virtualize
    ? virtualizer.getTotalSize() - (virtualizer.getVirtualItems().at(-1)?.end ?? 0)
    : 0;

  // Roving focus: one tab stop in the body, arrow keys move it between rows.
  const [activeIndex, setActiveIndex] = useState(0);
  const focusPending = useRef(false);
  const navigable = (index: number) => items[index] !== undefined && items[index]?.kind !== "detail";
  const tabbable =
    rendered.includes(activeIndex) && navigable(activeIndex) ? activeIndex : (rendered.find(navigable) ?? -1);
  useEffect(() => {
    if (!focusPending.current) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(
      `[data-index="${activeIndex}"] .mp-MilestoneTable-toggle`,
    );
    if (button) {
      focusPending.current = false;
      button.focus();
    }
  });
  /** Moves the tab stop to the row at `target`, or the nearest row in `direction`. */
  const focusRow = (target: number, direction: 1 | -1) => {
    let index = Math.max(0, Math.min(items.length - 1, target));
    while (index >= 0 && index < items.length && !navigable(index)) index += direction;
    if (!navigable(index)) return;
    focusPending.current = true;
    setActiveIndex(index);
    if (virtualize) virtualizer.scrollToIndex(index, { align: "auto" });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const current = Math.max(0, tabbable);
    const moves: Record<string, [number, 1 | -1]> = {
      ArrowDown: [current + 1, 1],
      ArrowUp: [current - 1, -1],
      PageDown: [current + 10, 1],
      PageUp: [current - 10, -1],
      Home: [0, 1],
      End: [items.length - 1, -1],
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    focusRow(...move);
  };

  const round = roundFilterRound(columnFilters) ?? reportingRound(document) ?? document.rounds.at(-1)?.id;
  const roundStatus = columnFilters.find((filter) => filter.id === roundColumnId(round ?? ""))?.value as
    | Status
    | undefined;
  const setRoundFilter = (roundId: string | undefined, status: Status | undefined) =>
    setColumnFilters((previous) => [
      ...previous.filter((filter) => !filter.id.startsWith("round:")),
      ...(roundId && status ? [{ id: roundColumnId(roundId), value: status }] : []),
    ]);
  const attributeValue = (column: AttributeColumn) =>
    (columnFilters.find((filter) => filter.id === column)?.value as string | undefined) ?? "";
  const setAttribute = (column: AttributeColumn, value: string) =>
    setColumnFilters((previous) => [
      ...previous.filter((filter) => filter.id !== column),
      ...(value === "" ? [] : [{ id: column, value }]),
    ]);
  const attributeOptions = useMemo(() => {
    const values = (pick: (row: (typeof data)[number]) => string | undefined) =>
      [...new Set(data.map(pick).filter((value): value is string => Boolean(value)))].sort((a, b) =>
        a.localeCompare(b, activeLocale),
      );
    return {
      committee: values((row) => row.initiative.responsibleCommittee),
      centre: values((row) => row.initiative.responsibleCenter),
      kind: values((row) => row.initiative.kind),
    } satisfies Record<AttributeColumn, string[]>;
  }, [data, activeLocale]);
  const attributeLabel = (column: AttributeColumn, value: string) =>
    column === "kind" ? (text.kinds[value as keyof typeof text.kinds] ?? value) : value;

  const exportView = () => {
    const csv = milestoneViewCsv(table, document, activeLocale);
    if (onExportCsv) onExportCsv(csv);
    else downloadText(csv, `${document.metadata.title || "milepael"}.csv`, "text/csv;charset=utf-8");
  };

  const renderItem = (index: number) => {
    const item = items[index];
    if (!item) return null;
    const { row } = item;
    const measure = virtualize ? virtualizer.measureElement : undefined;
    if (item.kind === "group") {
      const count = row.getLeafRows().length;
      const title = String(row.getGroupingValue(row.groupingColumnId ?? "section") || "–");
      const open = row.getIsExpanded();
      return (
        <tr
          key={`group:${row.id}`}
          ref={measure}
          data-index={index}
          className="mp-MilestoneTable-group"
          data-expanded={open ? "" : undefined}
        >
          <th scope="colgroup" colSpan={visibleColumns.length}>
            <button
              type="button"
              className="mp-MilestoneTable-toggle"
              aria-expanded={open}
              tabIndex={index === tabbable ? 0 : -1}
              onClick={() => {
                setActiveIndex(index);
                toggleRow(row);
              }}
              aria-label={open ? text.collapseGroup(title) : text.expandGroup(title)}
            >
              <span className="mp-MilestoneTable-chevron" aria-hidden="true" />
              <span>{title}</span>
            </button>
            <span className="mp-MilestoneTable-groupCount">{text.initiativesCount(count)}</span>
          </th>
        </tr>
      );
    }
    const initiative = row.original.initiative;
    const detailId = `${ids}-detail-${row.id}`;
    if (item.kind === "detail") {
      return (
        <tr
          key={`detail:${row.id}`}
          ref={measure}
          data-index={index}
          id={detailId}
          className="mp-MilestoneTable-detail"
        >
          <td colSpan={visibleColumns.length}>
            <InitiativeDetail initiative={initiative} rounds={document.rounds} locale={activeLocale} />
          </td>
        </tr>
      );
    }
    const open = row.getIsExpanded();
    const name = [initiative.number, initiative.title].filter(Boolean).join(" ");
    return (
      <tr
        key={`row:${row.id}`}
        ref={measure}
        data-index={index}
        className="mp-MilestoneTable-row"
        data-expanded={open ? "" : undefined}
        data-lifecycle={initiative.lifecycle}
      >
        {visibleColumns.map((column) => {
          const header = String(column.columnDef.header ?? column.id);
          if (column.id === "initiative") {
            return (
              <th key={column.id} scope="row" className="mp-MilestoneTable-rowHeader" data-label={header}>
                <button
                  type="button"
                  className="mp-MilestoneTable-toggle"
                  aria-expanded={open}
                  aria-controls={open ? detailId : undefined}
                  aria-label={open ? text.collapseRow(name) : text.expandRow(name)}
                  tabIndex={index === tabbable ? 0 : -1}
                  onClick={() => {
                    setActiveIndex(index);
                    toggleRow(row);
                  }}
                >
                  <span className="mp-MilestoneTable-chevron" aria-hidden="true" />
                </button>
                <span className="mp-MilestoneTable-title">
                  {initiative.number && <span className="mp-MilestoneTable-number">{initiative.number}</span>}
                  {initiative.title}
                  {initiative.lifecycle && initiative.lifecycle !== "active" && (
                    <span className="mp-MilestoneTable-lifecycle">
                      {" "}
                      ({lifecycleLabel(initiative.lifecycle, activeLocale)})
                    </span>
                  )}
                </span>
              </th>
            );
          }
          const value = row.getValue<string>(column.id);
          if (column.id.startsWith("round:") || column.id === "economy") {
            const scale = column.id === "economy" ? "economy" : "milestone";
            return (
              <td key={column.id} className="mp-MilestoneTable-status" data-label={header}>
                <Smiley status={value as Status} scale={scale} size="sm" locale={activeLocale} />
              </td>
            );
          }
          return (
            <td key={column.id} data-label={header}>
              {column.id === "kind" ? attributeLabel("kind", value) : value}
            </td>
          );
        })}
      </tr>
    );
  };

  // Scrolling re-renders the table on every frame. A line whose inputs are unchanged keeps its
  // element from the last render, and React skips an element it has seen (no diff, no smileys
  // redrawn); only lines scrolling into view are new. Only the lines drawn now are kept.
  const drawnLines = useRef(new Map<string, DrawnLine>());
  const previousLines = drawnLines.current;
  const currentLines = new Map<string, DrawnLine>();
  drawnLines.current = currentLines;
  const cachedItem = (index: number) => {
    const item = items[index];
    if (!item) return null;
    const key = itemKeys[index] ?? String(index);
    const inputs = [
      item.row,
      index,
      index === tabbable,
      item.row.getIsExpanded(),
      visibleColumns,
      activeLocale,
      document,
      virtualize,
    ];
    const previous = previousLines.get(key);
    const element = previous?.inputs.every((input, at) => Object.is(input, inputs[at]))
      ? previous.element
      : renderItem(index);
    currentLines.set(key, { inputs, element });
    return element;
  };

  return (
    <div
      className={classNames("mp-MilestoneTable", className)}
      data-virtualized={virtualize ? "" : undefined}
    >
      <search className="mp-MilestoneTable-toolbar">
        <label className="mp-Field">
          <span>{text.search}</span>
          <input
            type="search"
            value={globalFilter}
            placeholder={text.searchPlaceholder}
            onChange={(event) => setGlobalFilter(event.target.value)}
          />
        </label>
        <label className="mp-Field">
          <span>{text.round}</span>
          <select value={round ?? ""} onChange={(event) => setRoundFilter(event.target.value, roundStatus)}>
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
              setRoundFilter(round, (event.target.value || undefined) as Status | undefined)
            }
          >
            <option value="">{text.all}</option>
            {statusValues.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status, "milestone", activeLocale).name}
              </option>
            ))}
          </select>
        </label>
        {attributeColumns.map((column) =>
          attributeOptions[column].length === 0 ? null : (
            <label className="mp-Field" key={column}>
              <span>{text[column]}</span>
              <select
                value={attributeValue(column)}
                onChange={(event) => setAttribute(column, event.target.value)}
              >
                <option value="">{text.all}</option>
                {attributeOptions[column].map((value) => (
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
            value={grouping[0] ?? ""}
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
                  {String(column.columnDef.header ?? column.id)}
                </label>
              ))}
          </fieldset>
        </details>
        <button type="button" className="mp-Button" onClick={() => setAllDetailsOpen(!allDetailsOpen)}>
          {allDetailsOpen ? text.closeAllDetails : text.openAllDetails}
        </button>
        <button type="button" className="mp-Button" onClick={exportView}>
          {text.exportCsv}
        </button>
      </search>
      <p className="mp-MilestoneTable-count" role="status">
        {text.shownOf(shown, data.length)}
      </p>
      <div className="mp-MilestoneTable-scroller" ref={scroller}>
        <table className="mp-MilestoneTable-table" aria-rowcount={virtualize ? items.length + 1 : undefined}>
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
                  const label = String(header.column.columnDef.header ?? header.id);
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
                        {label}
                        <span className="mp-MilestoneTable-sortMark" aria-hidden="true" />
                      </button>
                    </th>
                  );
                })}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {paddingTop > 0 && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; it keeps the scroll height of rows not drawn.
              <tr aria-hidden="true" className="mp-MilestoneTable-spacer">
                <td colSpan={visibleColumns.length} style={{ height: paddingTop }} />
              </tr>
            )}
            {rendered.map(cachedItem)}
            {paddingBottom > 0 && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; it keeps the scroll height of rows not drawn.
              <tr aria-hidden="true" className="mp-MilestoneTable-spacer">
                <td colSpan={visibleColumns.length} style={{ height: paddingBottom }} />
              </tr>
            )}
            {items.length === 0 && (
              <tr>
                <td colSpan={visibleColumns.length} className="mp-MilestoneTable-empty">
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

/** A line of the body as last drawn, with what it was drawn from. */
interface DrawnLine {
  inputs: readonly unknown[];
  element: ReactElement | null;
}

function roundFilterRound(filters: readonly { id: string }[]): string | undefined {
  return filters.find((filter) => filter.id.startsWith("round:"))?.id.slice("round:".length);
}
