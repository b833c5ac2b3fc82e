import type { Locale } from "@milepael/core/lite";
import type { ReactNode } from "react";

/**
 * The class names of a data table's part: the shared one (`DataTable.css`) and the widget's own,
 * so hosts can style either.
 *
 * @example
 * tablePart("DecisionLog", "scroller"); // "mp-DataTable-scroller mp-DecisionLog-scroller"
 */
export const tablePart = (widget: string, part: string) => `mp-DataTable-${part} mp-${widget}-${part}`;

/**
 * The props of a data table's body line at `index`, whatever its kind: the windowing's measuring
 * `ref` and `data-index`, and its `aria-rowindex`, where the header row is row 1. A windowed table
 * draws only some of its rows, so each says where it stands among the `aria-rowcount` of the frame;
 * without it a screen reader counts from the first row drawn.
 *
 * @example
 * <tr {...lineProps(0, virtual.measureElement)} />; // aria-rowindex="2"
 */
export const lineProps = (index: number, measure: ((element: Element | null) => void) | undefined) => ({
  ref: measure,
  "data-index": index,
  "aria-rowindex": index + 2,
});

/**
 * The line count above which a data table windows its body: `virtualizeAbove`, or 0 once the
 * document itself has more rows than that. A search that narrows a long table to 150 rows then
 * redraws the window, not 150 rows (about 3× the CPU at 1,000), and the table keeps one layout
 * while the reader types.
 *
 * @example
 * windowedAbove(1000, 200); // 0
 * windowedAbove(80, 200); // 200
 */
export const windowedAbove = (documentRows: number, virtualizeAbove: number) =>
  documentRows > virtualizeAbove ? 0 : virtualizeAbove;

/**
 * A row that keeps the scroll height of virtual rows not drawn; nothing when `height` is 0.
 *
 * @example
 * <SpacerRow height={virtual.paddingTop} colSpan={columns.length} />
 */
export function SpacerRow({ height, colSpan }: { height: number; colSpan: number }) {
  if (height <= 0) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds nothing focusable; it keeps the scroll height of rows not drawn.
    <tr aria-hidden="true" className="mp-DataTable-spacer">
      <td colSpan={colSpan} style={{ height }} />
    </tr>
  );
}

/**
 * The button that opens and closes a row's details, with its chevron: the row's tab stop.
 *
 * @example
 * <RowToggle widget="DecisionLog" expanded={open} controls={detailId} label="Vis beslutningen" tabIndex={0} onClick={toggle} />
 */
export function RowToggle({
  widget,
  expanded,
  controls,
  label,
  tabIndex,
  onClick,
  children,
}: {
  widget: string;
  expanded: boolean;
  controls: string | undefined;
  label: string;
  tabIndex: 0 | -1;
  onClick: () => void;
  children?: ReactNode;
}) {
  return (
    <button
      type="button"
      className={tablePart(widget, "toggle")}
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={label}
      tabIndex={tabIndex}
      onClick={onClick}
    >
      <span className={tablePart(widget, "chevron")} aria-hidden="true" />
      {children}
    </button>
  );
}

/** What a data table's search field reads: the model's global filter and the words for it. */
export interface DataTableSearch {
  model: { globalFilter: string; setGlobalFilter: (value: string) => void };
  words: { search: string; searchPlaceholder: string };
}

/**
 * A data table's toolbar: a `search` landmark with the table's search field first, the widget's
 * own filters and buttons after it.
 *
 * @example
 * <DataTableToolbar widget="DecisionLog" model={model} words={text}><button …>CSV</button></DataTableToolbar>
 */
export function DataTableToolbar({
  widget,
  model,
  words,
  children,
}: DataTableSearch & { widget: string; children: ReactNode }) {
  return (
    <search className={tablePart(widget, "toolbar")}>
      <label className="mp-Field">
        <span>{words.search}</span>
        <input
          type="search"
          value={model.globalFilter}
          placeholder={words.searchPlaceholder}
          onChange={(event) => model.setGlobalFilter(event.target.value)}
          // The table filters as the reader types. Enter would submit a form around the widget:
          // on a page that is one form (ASP.NET Web Forms, SharePoint) that reloads the page.
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
        />
      </label>
      {children}
    </search>
  );
}

/** The props every data table widget takes besides its document and state. */
export interface DataTableViewProps {
  /** The table's caption; default the document's title. */
  caption?: string;
  /**
   * Lines (rows and open details) are virtualised above this many. A document with more rows than
   * this stays virtualised however far a search or filter narrows it. Default 200.
   */
  virtualizeAbove?: number;
  /** Receives the CSV of the current view instead of downloading it. */
  onExportCsv?: (csv: string) => void;
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale;
  className?: string;
}

/**
 * A row's first cell, its header: the open button and the row's name. `label` is the column's
 * name, shown beside the value in the narrow card layout.
 *
 * @example
 * <RowHeaderCell widget="DecisionLog" label="Punkt"><RowToggle … />{title}</RowHeaderCell>
 */
export function RowHeaderCell({
  widget,
  label,
  name,
  children,
}: {
  widget: string;
  label: string;
  /**
   * The row's name as a screen reader announces it with each cell ("5.03 Udvikling"), without the
   * open button's words; default the cell's content.
   */
  name?: string;
  children: ReactNode;
}) {
  return (
    <th scope="row" className={tablePart(widget, "rowHeader")} data-label={label} aria-label={name}>
      {children}
    </th>
  );
}
