import type { Locale } from "../i18n/locale";
import type { Status, StatusScale } from "../status/status";

/**
 * A committee paper as data: what the Word, HTML and print renderers all write, so the three say
 * the same thing. Headings, paragraphs, rich text (already sanitised HTML), tables with header rows
 * and status cells, and charts that carry their own data table.
 */
export interface Report {
  /** The document's title: the Word title, the HTML `<title>`, the running header. */
  title: string;
  locale: Locale;
  /** A4 portrait for a follow-up's tables; A3 landscape for the timeline and the wheel. */
  page: { size: "A4" | "A3"; orientation: "portrait" | "landscape" };
  /** The title page's fields in the seed's order: date, phone, e-mail, contact, case id; then the year. */
  fields: ReportField[];
  blocks: ReportBlock[];
}

export interface ReportField {
  /** The label as the document writes it, "Sagsid". */
  label: string;
  value: string;
}

/** A status as the reports show it: a face, its word beside it, and the scale it is read on. */
export interface ReportStatusCell {
  kind: "status";
  status: Status;
  scale: StatusScale;
  span?: number;
}

export type ReportCell =
  | { kind: "text"; text: string; span?: number }
  /** Sanitised rich text (`p`, `ul`, `ol`, `li`, `br`, `strong`, `em`), as the model holds it. */
  | { kind: "rich"; html: string; span?: number }
  | ReportStatusCell;

/**
 * What a table is, for layout: an initiative's table is never split over pages; an initiative's,
 * a plan's and the rounds' table are named by the heading above them.
 */
export type ReportTableRole =
  | "summary"
  | "initiative"
  | "plan"
  | "rounds"
  | "meeting"
  | "related"
  | "chart-data";

export interface ReportTable {
  kind: "table";
  role: ReportTableRole;
  /** What the table shows, for the caption and screen readers. */
  caption: string;
  /** The header row, repeated on every page the table runs over. */
  header: ReportCell[];
  rows: ReportCell[][];
  /** The first cell of each row names the row (a row header). */
  rowHeaders?: boolean;
}

/** Counts per status per round: the data behind a chart, and its table. */
export interface ReportChart {
  kind: "chart";
  /** The takeaway as the title: the round summary's first sentence. */
  title: string;
  scale: StatusScale;
  series: { label: string; counts: Record<Status, number> }[];
}

export type ReportBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  /** `label`: the name of the field the paragraphs after it hold ("Resumé"), set bold. */
  | { kind: "paragraph"; text: string; role?: "summary" | "lead" | "label" }
  | { kind: "rich"; html: string }
  | { kind: "list"; items: string[] }
  | ReportTable
  | ReportChart;
