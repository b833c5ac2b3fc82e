// An activity from a row of a plan's table: its cells by the table's columns, and its date.

import type { DateExpression } from "../../model/common.schema";
import { toDateExpression } from "../../model/dateExpression";
import type { Activity } from "../../model/plan.schema";
import { reportPlainCellMarkup, richCell } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import type { SourceLine } from "../shared/lines";
import { cappedRaw, reportExtraCells } from "../shared/rowReports";
import { plainCell, splitTitleAndList } from "./cells";
import { isPlanColumn, type PlanColumn } from "./columns";

/**
 * An activity's date from its text, reported on the activity's line: an empty date as info, one
 * the grammar does not understand as a warning (the activity is kept with the text as written).
 *
 * @example
 * activityDate("Primo marts", line, 2017, collector); // { text: "Primo marts", kind: "part-of-month", start: "2017-03-01", ... }
 */
export function activityDate(
  text: string,
  line: SourceLine,
  year: number | undefined,
  collector: DiagnosticCollector,
): DateExpression {
  const date = toDateExpression(text, { year });
  // The row's text, cut short: a long line of cells is one row.
  const raw = cappedRaw(line.text);
  if (text.trim() === "") collector.add("info", "import.activity-without-date", line.number, {}, raw);
  else if (date.kind === null) {
    collector.add(
      "warning",
      "import.date-not-understood",
      line.number,
      { text, reason: date.reason ?? "" },
      raw,
    );
  }
  return date;
}

/**
 * An activity from a table row's cells, read by the table's columns (without a header row: date,
 * title, participants, responsible). A column milepael does not know becomes a tag; cells beyond
 * the columns join the description, reported once for the row; a list in the activity's cell becomes its description.
 *
 * @example
 * activityFromCells(["8. maj", "Kick-off"], line, "a1", { columns: null, year: 2017 }, collector);
 * // { id: "a1", date: { text: "8. maj", kind: "day", ... }, title: "Kick-off", tags: [] }
 */
export function activityFromCells(
  cells: string[],
  line: SourceLine,
  id: string,
  table: { columns: readonly (PlanColumn | string)[] | null; year: number | undefined },
  collector: DiagnosticCollector,
): Activity {
  const columns = table.columns ?? ["date", "title", "participants", "responsible"];
  const fields: Partial<Record<PlanColumn, string>> = {};
  const tags: string[] = [];
  // Cells beyond the columns join the description, in one join rather than one per cell.
  const extra: string[] = [];
  for (const [index, raw] of cells.entries()) {
    const column = columns[index];
    const value = raw.trim();
    if (value === "") continue;
    if (column === undefined) {
      extra.push(raw);
      continue;
    }
    // Cells read as plain text say what their markup lost; the title's own reading (its list) and
    // the description's (rich text) say it themselves.
    if (column !== "title" && column !== "description") reportPlainCellMarkup(value, line.number, collector);
    if (isPlanColumn(column)) fields[column] = value;
    else tags.push(`${column}: ${plainCell(value)}`);
  }
  // One warning for the row, however many cells: one per cell made a long line of cells slow.
  if (extra.length > 0) reportExtraCells(cells, columns.length, cells.join("\t"), line.number, collector);
  if (extra.length > 0) fields.description = [fields.description, ...extra].filter(Boolean).join(" ");
  const { title, list } = splitTitleAndList(fields.title ?? "", line, collector);
  // A date broken over two lines in its cell ("15.-17. marts" / "2018") is one date.
  const dateCell = plainCell(fields.date ?? "").replace(/\n/g, " ");
  const date = activityDate(dateCell, line, table.year, collector);
  const description = richCell(
    [list, fields.description ?? ""].filter(Boolean).join(""),
    line.number,
    collector,
  );
  const activity: Activity = {
    id,
    date,
    ...(fields.theme ? { theme: plainCell(fields.theme) } : {}),
    // An activity named only in the date column ("Fotografering:") keeps that name as its title.
    title: title || (date.kind === null ? dateCell.replace(/:$/, "") : ""),
    ...(description !== "" ? { description } : {}),
    ...(fields.participants ? { participants: plainCell(fields.participants) } : {}),
    ...(fields.responsible ? { responsible: plainCell(fields.responsible) } : {}),
    ...(fields.track ? { track: plainCell(fields.track) } : {}),
    tags,
  };
  return activity;
}
