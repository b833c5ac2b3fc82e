import { parseIsoDate } from "../../date/calendar";
import { parseDanishDate } from "../../date/parseDanishDate";

/**
 * A CSV cell that holds one day, as `YYYY-MM-DD`: written as milepael writes it (`2017-05-08`), as
 * Danish Excel writes it back when it re-saves the file (`08-05-2017`, `08-05-17`), or in a Danish day form
 * the date grammar reads, with its year (`8.5.2017`, `08.05.17`, `8/5-2017`, `8. maj 2017`).
 * `undefined` when the cell is no real day ("hej", `31-02-2017`, `8. maj` without a year, `maj 2017`).
 * Given `year`, a day written without one ("31.03", "2. maj", as staff type a table) is in it.
 *
 * @example
 * isoDayOf("08-05-2017"); // "2017-05-08"
 * isoDayOf("31.03", 2017); // "2017-03-31"
 */
export function isoDayOf(text: string, year?: number): string | undefined {
  const cell = text.trim();
  if (parseIsoDate(cell) !== null) return cell;
  const parsed = parseDanishDate(cell, { year });
  if (!parsed.ok || parsed.kind !== "day" || parsed.start === null || parsed.start !== parsed.end)
    return undefined;
  return parsed.start;
}
