import { type CsvHeaders, csvColumnByHeader, headerColumns } from "../shared/csvColumns";

/**
 * The columns that hold an agenda item, in file order: a row with none of them filled is a meeting
 * without items.
 */
export const meetingItemCsvColumns = [
  "number",
  "title",
  "caseNumber",
  "outcome",
  "decision",
  "recommendation",
  "decisionAuthority",
  "attachments",
] as const;

/**
 * The columns of milepael's meetings CSV, in the order `exportMeetingItemsCsv` writes them: the
 * meeting's (body, kind, date), then its item's.
 */
export const meetingCsvColumns = ["body", "kind", "date", ...meetingItemCsvColumns] as const;
export type MeetingCsvColumn = (typeof meetingCsvColumns)[number];

/** The header of each column, per locale: what the export writes and the importer reads. */
export const meetingCsvHeaders: CsvHeaders<MeetingCsvColumn> = {
  da: {
    body: "Udvalg",
    kind: "Type",
    date: "Dato",
    number: "Punkt",
    title: "Titel",
    caseNumber: "Sagsnr.",
    outcome: "Udfald",
    decision: "Beslutning",
    recommendation: "Indstilling",
    decisionAuthority: "Beslutningskompetence",
    attachments: "Bilag",
  },
  en: {
    body: "Body",
    kind: "Kind",
    date: "Date",
    number: "Item",
    title: "Title",
    caseNumber: "Case number",
    outcome: "Outcome",
    decision: "Decision",
    recommendation: "Recommendation",
    decisionAuthority: "Decision authority",
    attachments: "Attachments",
  },
};

/**
 * Each column by its header in lower case, either language; also "Sagsnr" without the dot and the
 * decision log widget's English names ("Committee", "Case no."), so its CSV reads as meetings too.
 */
export const meetingCsvColumnByHeader = /* @__PURE__ */ csvColumnByHeader(
  meetingCsvColumns,
  meetingCsvHeaders,
  [
    ["sagsnr", "caseNumber"],
    ["case no.", "caseNumber"],
    ["case no", "caseNumber"],
    ["committee", "body"],
  ],
);

// Columns no plan or follow-up table has: beside an item number, two of them tell a meetings CSV
// from a plan's (a plan may well keep a committee and a case number per activity).
const meetingsOnly: readonly MeetingCsvColumn[] = [
  "body",
  "caseNumber",
  "outcome",
  "decision",
  "recommendation",
  "decisionAuthority",
];

/**
 * Tells whether a header row is milepael's meetings CSV (one row per agenda item): it has a date,
 * a title and an item number (Punkt) column and at least two more columns only meetings have
 * (Udvalg, Sagsnr., Udfald, Beslutning, Indstilling, Beslutningskompetence), in Danish or English,
 * in any case. A plan's table with a committee and a case number per activity is no meetings CSV.
 *
 * @example
 * isMeetingsCsvHeader(["Udvalg", "Type", "Dato", "Punkt", "Titel", "Udfald"]); // true
 * isMeetingsCsvHeader(["Dato", "Titel", "Udvalg", "Sagsnr."]); // false
 */
export function isMeetingsCsvHeader(cells: readonly string[]): boolean {
  const columns = new Set(headerColumns(cells, meetingCsvColumnByHeader));
  return (
    columns.has("date") &&
    columns.has("title") &&
    columns.has("number") &&
    meetingsOnly.filter((column) => columns.has(column)).length >= 2
  );
}
