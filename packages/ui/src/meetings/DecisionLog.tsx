import { decisionOutcomeLabels, intlLocale, type Locale, type MeetingsDocument } from "@milepael/core/lite";
import { useCallback, useId } from "react";
import { classNames } from "../internal/classNames";
import { downloadText } from "../internal/downloadText";
import { FactList } from "../internal/FactList";
import { SelectField } from "../internal/SelectField";
import { tableRowTarget } from "../internal/tableRowMoves";
import { useRovingFocus } from "../internal/useRovingFocus";
import { useVirtualRows } from "../internal/useVirtualRows";
import type { DecisionFilterColumn, DecisionLogTableRow } from "./decisionColumns";
import { decisionLogCsv } from "./decisionLogCsv";
import { type MeetingMessages, meetingMessages } from "./messages";
import { OutcomeBadge } from "./OutcomeBadge";
import { type DecisionLogModel, type DecisionLogState, useDecisionLog } from "./useDecisionLog";

export interface DecisionLogProps extends DecisionLogState {
  /** The minutes and agendas to list the items of. */
  document: MeetingsDocument;
  /** The table's caption; default the document's title. */
  caption?: string;
  /** Rows are virtualised above this many lines (items and open decisions). Default 200. */
  virtualizeAbove?: number;
  /** Receives the CSV of the current view instead of downloading it. */
  onExportCsv?: (csv: string) => void;
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale;
  className?: string;
}

const headerLabel = (id: string, text: MeetingMessages) =>
  id === "title" ? text.item : text[id as "date" | "committee" | "outcome" | "caseNumber"];

/** A meeting's date as the locale writes it: "3. jan. 2017". */
export const meetingDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/**
 * What committees decided, item by item: committee, date, title, outcome badge and case number,
 * the full decision (and the recommendation it answered) on demand; search, filters by committee,
 * outcome and year, sorting, CSV of the view, one tab stop with arrow keys through the items.
 * Built on `useDecisionLog`, which serves other markup as well.
 */
export function DecisionLog({
  document,
  caption,
  virtualizeAbove = 200,
  onExportCsv,
  locale,
  className,
  ...state
}: DecisionLogProps) {
  const model = useDecisionLog(document, { ...state, locale });
  const { table, items, itemKeys } = model;
  const text = meetingMessages(model.locale);
  const ids = useId();
  const columns = table.getVisibleLeafColumns();
  const virtual = useVirtualRows<HTMLDivElement>({
    count: items.length,
    threshold: virtualizeAbove,
    estimateSize: useCallback((index: number) => (items[index]?.kind === "detail" ? 200 : 44), [items]),
    keys: itemKeys,
  });
  const focusable = (index: number) => items[index]?.kind === "item";
  const roving = useRovingFocus<number>({
    tabbable: virtual.indices.filter(focusable),
    move: (from, key) => tableRowTarget(key, from, items.length, focusable),
    getElement: (index) =>
      virtual.scrollRef.current?.querySelector<HTMLButtonElement>(
        `[data-index="${index}"] .mp-DecisionLog-toggle`,
      ),
    onMove: virtual.scrollToIndex,
  });
  const exportView = () => {
    const csv = decisionLogCsv(
      model.rows.map((row) => row.original),
      model.locale,
    );
    if (onExportCsv) onExportCsv(csv);
    else downloadText(csv, `${document.metadata.title || "beslutninger"}.csv`, "text/csv;charset=utf-8");
  };
  const spacer = (height: number) =>
    height > 0 && (
      // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; it keeps the scroll height of rows not drawn.
      <tr aria-hidden="true">
        <td colSpan={columns.length} style={{ height }} />
      </tr>
    );

  return (
    <div className={classNames("mp-DecisionLog", className)}>
      <DecisionLogToolbar model={model} text={text} onExport={exportView} />
      <p className="mp-DecisionLog-count" role="status">
        {text.shownOf(model.shown, model.data.length)}
      </p>
      <div className="mp-DecisionLog-scroller" ref={virtual.scrollRef}>
        <table
          className="mp-DecisionLog-table"
          aria-rowcount={virtual.virtualized ? items.length + 1 : undefined}
        >
          <caption>
            {caption ?? document.metadata.title}
            <span className="mp-visually-hidden"> {text.tableKeys}</span>
          </caption>
          <thead>
            <tr>
              {table.getFlatHeaders().map((header) => {
                if (!header.column.getIsVisible()) return null;
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    data-column={header.column.id}
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                  >
                    <button
                      type="button"
                      className="mp-DecisionLog-sort"
                      data-sorted={sorted || undefined}
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {headerLabel(header.column.id, text)}
                      <span className="mp-DecisionLog-sortMark" aria-hidden="true" />
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
              const detailId = `${ids}-detail-${item.row.id}`;
              return item.kind === "detail" ? (
                <tr
                  key={itemKeys[index]}
                  ref={virtual.measureElement}
                  data-index={index}
                  id={detailId}
                  className="mp-DecisionLog-detail"
                >
                  <td colSpan={columns.length}>
                    <DecisionDetail row={item.row} text={text} />
                  </td>
                </tr>
              ) : (
                <DecisionLine
                  key={itemKeys[index]}
                  row={item.row}
                  index={index}
                  columns={columns}
                  detailId={detailId}
                  tabIndex={index === roving.tabStop ? 0 : -1}
                  locale={model.locale}
                  text={text}
                  measure={virtual.measureElement}
                  onToggle={() => {
                    roving.setActive(index);
                    model.toggleRow(item.row);
                  }}
                />
              );
            })}
            {spacer(virtual.paddingBottom)}
            {items.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="mp-DecisionLog-empty">
                  {model.data.length === 0 ? text.noItems : text.noMatches}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function DecisionLogToolbar({
  model,
  text,
  onExport,
}: {
  model: DecisionLogModel;
  text: MeetingMessages;
  onExport: () => void;
}) {
  const optionLabel = (column: DecisionFilterColumn, value: string) =>
    column === "outcome"
      ? decisionOutcomeLabels[model.locale][value as keyof typeof decisionOutcomeLabels.da]
      : value;
  return (
    <search className="mp-DecisionLog-toolbar">
      <label className="mp-Field">
        <span>{text.search}</span>
        <input
          type="search"
          value={model.globalFilter}
          placeholder={text.searchPlaceholder}
          onChange={(event) => model.setGlobalFilter(event.target.value)}
        />
      </label>
      {model.filterColumns.map((column) => (
        <SelectField
          key={column}
          label={text[column]}
          value={model.filterValue(column)}
          onChange={(value) => model.setFilter(column, value)}
          options={[
            { value: "", label: text.all },
            ...model.filterOptions[column].map((value) => ({ value, label: optionLabel(column, value) })),
          ]}
        />
      ))}
      <button type="button" className="mp-Button" onClick={onExport}>
        {text.exportCsv}
      </button>
    </search>
  );
}

interface DecisionLineProps {
  row: DecisionLogTableRow;
  index: number;
  columns: readonly { id: string }[];
  detailId: string;
  tabIndex: 0 | -1;
  locale: Locale;
  text: MeetingMessages;
  measure: ((element: Element | null) => void) | undefined;
  onToggle: () => void;
}

function DecisionLine({
  row,
  index,
  columns,
  detailId,
  tabIndex,
  locale,
  text,
  measure,
  onToggle,
}: DecisionLineProps) {
  const item = row.original;
  const expanded = row.getIsExpanded();
  const name = `${item.number}. ${item.title}`;
  return (
    <tr
      ref={measure}
      data-index={index}
      className="mp-DecisionLog-row"
      data-outcome={item.outcome}
      data-expanded={expanded ? "" : undefined}
    >
      {columns.map((column) => {
        const label = headerLabel(column.id, text);
        switch (column.id) {
          case "title":
            return (
              <th key={column.id} scope="row" className="mp-DecisionLog-title" data-label={label}>
                <button
                  type="button"
                  className="mp-DecisionLog-toggle"
                  aria-expanded={expanded}
                  aria-controls={expanded ? detailId : undefined}
                  aria-label={expanded ? text.collapseRow(name) : text.expandRow(name)}
                  tabIndex={tabIndex}
                  onClick={onToggle}
                >
                  <span className="mp-DecisionLog-chevron" aria-hidden="true" />
                </button>
                <span>
                  <span className="mp-DecisionLog-number">{item.number}.</span> {item.title}
                </span>
              </th>
            );
          case "date":
            return (
              <td key={column.id} data-label={label}>
                <time dateTime={item.date}>{meetingDate(item.date, locale)}</time>
              </td>
            );
          case "outcome":
            return (
              <td key={column.id} data-label={label}>
                <OutcomeBadge outcome={item.outcome} locale={locale} />
              </td>
            );
          default:
            return (
              <td key={column.id} data-label={label}>
                {String(row.getValue(column.id) ?? "")}
              </td>
            );
        }
      })}
    </tr>
  );
}

function DecisionDetail({ row, text }: { row: DecisionLogTableRow; text: MeetingMessages }) {
  const item = row.original;
  return (
    <div className="mp-DecisionLog-decision">
      <h4>{text.decision}</h4>
      <p>{item.decision ?? text.noDecision}</p>
      {item.recommendation.length > 0 && (
        <>
          <h4>{text.recommendation}</h4>
          <ul>
            {item.recommendation.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      )}
      <FactList
        className="mp-DecisionLog-facts"
        facts={[
          [text.kind, text.kinds[item.kind]],
          [text.committee, item.body],
          [text.decisionAuthority, item.decisionAuthority],
          [text.attachments, item.attachments.length > 0 ? item.attachments.join("; ") : undefined],
        ]}
      />
    </div>
  );
}
