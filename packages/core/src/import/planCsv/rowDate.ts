import type { DateExpression } from "../../model/common.schema";
import { toDateExpression } from "../../model/dateExpression";
import type { DiagnosticCollector } from "../shared/collector";
import { isoDayOf } from "../shared/dayCell";

/** The cells of a plan CSV row a date is read from. */
type DateColumn = "date" | "start" | "end";

/**
 * A plan CSV row's date, from its Dato cell and the Start and Slut days milepael's export writes
 * beside it, with what a reader must hear about them: a Start or Slut that is no day
 * (`import.day-column-invalid`), a row with only its days (`import.date-from-day-columns`, the
 * days written out as its text), a text the days do not fit in any year
 * (`import.date-columns-disagree`) and a text that is no date (`import.date-not-understood`).
 *
 * @example
 * const cells = { date: "8. maj", start: "2018-05-08", end: "2018-05-08" };
 * readRowDate((column) => cells[column], (column) => column, 2017, 2, collector).start; // "2018-05-08"
 */
export function readRowDate(
  value: (column: DateColumn) => string | undefined,
  labelOf: (column: "start" | "end") => string,
  year: number | undefined,
  line: number,
  collector: DiagnosticCollector,
): DateExpression {
  const dateText = value("date") ?? "";
  const days = dayColumns(value, labelOf, dateText, line, collector);
  // A row added by hand with only its days (Dato empty): its days are its date, written out.
  const fromDays = dateText.trim() === "" ? dateOfDays(days.start, days.end) : undefined;
  if (fromDays !== undefined)
    collector.add("info", "import.date-from-day-columns", line, {
      text: fromDays.text,
      start: labelOf("start"),
      // A table with no Slut column is not said to have one.
      ...(value("end") === undefined ? {} : { end: labelOf("end") }),
    });
  const date = fromDays ?? readDate(dateText, days.start, days.end, year);
  // An empty Dato beside days that make no date (Slut before Start, or Slut alone) has no text to
  // disagree with: the activity has no date, and the days are shown.
  if (date === null && dateText.trim() === "")
    collector.add(
      "warning",
      "import.activity-without-date",
      line,
      {},
      `${labelOf("start")}: ${value("start") ?? ""}; ${labelOf("end")}: ${value("end") ?? ""}`,
    );
  else if (date === null) {
    collector.add(
      "warning",
      "import.date-columns-disagree",
      line,
      { text: dateText, start: value("start") ?? "", end: value("end") ?? "" },
      dateText,
    );
  }
  const understood = date ?? toDateExpression(dateText, year === undefined ? {} : { year });
  if (dateText.trim() !== "" && understood.kind === null) {
    collector.add(
      "warning",
      "import.date-not-understood",
      line,
      { text: dateText, reason: understood.reason ?? "" },
      dateText,
    );
  }
  return understood;
}

/**
 * The date of a row: its text read in the document's year, unless the Start and Slut columns
 * (what milepael's export writes beside the text) show it was read in another: then in the year
 * that gives that interval ("8. maj" of a plan spanning two years, "uge 1" starting in December).
 * `null` when no year gives the columns' interval: the text and the columns disagree.
 */
function readDate(
  text: string,
  startCell: string | undefined,
  endCell: string | undefined,
  year: number | undefined,
): DateExpression | null {
  const read = (inYear: number | undefined) =>
    toDateExpression(text, inYear === undefined ? {} : { year: inYear });
  const parsed = read(year);
  if (startCell === undefined && endCell === undefined) return parsed;
  const start = (startCell ?? "").trim();
  const end = (endCell ?? "").trim();
  const fits = (date: DateExpression) => (date.start ?? "") === start && (date.end ?? "") === end;
  // Empty columns (a row added by hand in Excel, or a date with no interval): the text decides.
  if (fits(parsed) || (start === "" && end === "")) return parsed;
  const years = [start, end]
    .filter((iso) => /^\d{4}-/.test(iso))
    .flatMap((iso) => {
      const found = Number(iso.slice(0, 4));
      return [found, found + 1, found - 1];
    });
  for (const candidate of years) {
    const date = read(candidate);
    if (fits(date)) return date;
  }
  return null;
}

/**
 * The date of a row whose Dato cell is empty but whose Start (and Slut) cells are days, written
 * as Danish day text ("8.5.2017 - 12.5.2017") so that the activity keeps its time and a reader its
 * words; `undefined` when Start is no day or Slut comes before it.
 */
function dateOfDays(start: string | undefined, end: string | undefined): DateExpression | undefined {
  if (start === undefined || start === "") return undefined;
  const last = end === undefined || end === "" ? start : end;
  if (last < start) return undefined;
  const words = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;
  const date = toDateExpression(last === start ? words(start) : `${words(start)} - ${words(last)}`);
  return date.start === start && date.end === last ? date : undefined;
}

/**
 * A row's Start and Slut cells as days, `YYYY-MM-DD` (`isoDayOf`: as milepael writes them, as
 * Danish Excel writes them back, or in a Danish day form): `undefined` for a column the table does
 * not have, "" for an empty cell. A cell that is no day is reported with its column and the forms
 * expected, and both are left out: the date is read from its text alone.
 */
function dayColumns(
  value: (column: "start" | "end") => string | undefined,
  labelOf: (column: "start" | "end") => string,
  text: string,
  line: number,
  collector: DiagnosticCollector,
): { start: string | undefined; end: string | undefined } {
  let understood = true;
  const day = (column: "start" | "end") => {
    const cell = value(column);
    if (cell === undefined || cell.trim() === "") return cell === undefined ? undefined : "";
    const iso = isoDayOf(cell);
    if (iso === undefined) {
      understood = false;
      collector.add(
        "warning",
        "import.day-column-invalid",
        line,
        { column: labelOf(column), value: cell.trim(), text },
        cell,
      );
    }
    return iso;
  };
  const days = { start: day("start"), end: day("end") };
  return understood ? days : { start: undefined, end: undefined };
}
