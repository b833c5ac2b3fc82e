import type { Locale } from "../../i18n/locale";
import { unescapeCell } from "./cells";
import type { DelimitedRow } from "./delimited";

/** The header milepael writes over each column of a CSV format, per locale; its importer reads both. */
export type CsvHeaders<Column extends string> = Readonly<Record<Locale, Readonly<Record<Column, string>>>>;

/**
 * A CSV format's columns by their headers in lower case, each locale's (as milepael writes them),
 * and any other names given in `also`: what its importer looks a header cell up in.
 *
 * @example
 * csvColumnByHeader(["date"], { da: { date: "Dato" }, en: { date: "Date" } }).get("dato"); // "date"
 */
export function csvColumnByHeader<Column extends string>(
  columns: readonly Column[],
  headers: CsvHeaders<Column>,
  also: readonly (readonly [string, Column])[] = [],
): ReadonlyMap<string, Column> {
  return new Map([
    ...Object.values(headers).flatMap((inLocale) =>
      columns.map((column) => [inLocale[column].toLowerCase(), column] as const),
    ),
    ...also,
  ]);
}

/**
 * The column each cell of a header row names, in any case and with spaces around it; `null` for
 * a cell that names none.
 *
 * @example
 * headerColumns(["DATO ", "Noget"], new Map([["dato", "date"]])); // ["date", null]
 */
export function headerColumns<Column extends string>(
  cells: readonly string[],
  columnByHeader: ReadonlyMap<string, Column>,
): (Column | null)[] {
  return cells.map((cell) => columnByHeader.get(cell.trim().toLowerCase()) ?? null);
}

/**
 * Where each column first stands in a header: looked up once rather than searched on every cell of
 * every row. A column named twice is read from its first place.
 *
 * @example
 * firstColumnIndexes(["date", null, "title", "date"]).get("date"); // 0
 */
export function firstColumnIndexes<Column extends string>(
  columns: readonly (Column | null)[],
): Map<Column, number> {
  const indexes = new Map<Column, number>();
  columns.forEach((column, index) => {
    if (column !== null && !indexes.has(column)) indexes.set(column, index);
  });
  return indexes;
}

/**
 * A row's cell under a column, unescaped (`unescapeCell`) and otherwise as written; `absent` under
 * a column the header does not have.
 *
 * @example
 * const cell = rowCell({ line: 2, cells: ["'=1"] }, new Map([["title", 0]]), "");
 * cell("title"); // "=1"
 */
export function rowCell<Column extends string, Absent extends string | undefined>(
  row: DelimitedRow,
  columnIndexes: ReadonlyMap<Column, number>,
  absent: Absent,
): (column: Column) => string | Absent {
  return (column) => {
    const index = columnIndexes.get(column);
    return index === undefined ? absent : unescapeCell(row.cells[index] ?? "");
  };
}
