import type { DiagnosticCollector } from "../shared/collector";
import { importText } from "../shared/collector";
import { type DelimitedRow, detectDelimiter, parseDelimited } from "../shared/delimited";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import { type CsvMetadata, readCsvTable } from "./read";
import { csvMetadataMarker } from "./write";

/**
 * A CSV file as the CSV importers read it: the table's header and the rows below it, the rows
 * above it (a sheet's title, Excel's empty padded rows) and milepael's metadata block.
 */
export interface CsvSheet {
  /** The header row; `undefined` only in a file without rows. */
  header: DelimitedRow | undefined;
  /** The rows below the header. */
  body: DelimitedRow[];
  /** The filled cells of each row above the header, trimmed. */
  preamble: string[][];
  /** The first text above the header: a sheet's title, which a file without a block may be named by. */
  sheetTitle: string | undefined;
  block: CsvMetadata;
}

/** How far down a header may stand: below a title and a few padded rows, not inside the table. */
const headerSearchRows = 10;

/**
 * Splits a CSV's rows at its header: the first of the first ten rows `isHeader` accepts, else
 * the first row (whose missing columns the importer then reports).
 *
 * @example
 * sheetOf(rows, block, (cells) => cells.includes("Dato")).sheetTitle; // "Kommunikationsplan 2017"
 */
export function sheetOf(
  rows: readonly DelimitedRow[],
  block: CsvMetadata,
  isHeader: (cells: readonly string[]) => boolean,
): CsvSheet {
  const headerIndex = Math.max(
    0,
    rows.slice(0, headerSearchRows).findIndex((row) => isHeader(row.cells)),
  );
  const preamble = rows
    .slice(0, headerIndex)
    .map((row) => row.cells.map((cell) => cell.trim()).filter((cell) => cell !== ""));
  const [header, ...body] = rows.slice(headerIndex);
  return { header, body, preamble, sheetTitle: preamble.flat()[0], block };
}

/**
 * The cells of the rows a CSV importer looks for its header in: the first ten of a text's rows
 * once read as `importCsv` reads them (the given or detected delimiter, quoted cells, empty and
 * padded rows and the metadata block's rows left out). What `importDocument` tells a CSV's kind
 * by, so that it finds the header wherever the importer it picks finds it.
 *
 * @example
 * sheetHead('"Plan; udkast";;\r\nDato;Titel;Sted\r\n').rows; // [["Plan; udkast", "", ""], ["Dato", "Titel", "Sted"]]
 */
export function sheetHead(
  text: string,
  delimiter?: "," | ";" | "\t",
): { delimiter: "," | ";" | "\t"; rows: string[][] } {
  const source = text.replace(/^\uFEFF/, "");
  const separator = delimiter ?? csvDelimiter(source);
  // Only the first rows count: read from a start that doubles until it holds one row more than
  // they (the last may be cut) or is the whole text, so a long text costs about what its start does.
  for (let length = 4096; ; length *= 2) {
    const rows = parseDelimited(source.slice(0, length), separator).filter(
      (row) => row.cells[0]?.trim() !== csvMetadataMarker,
    );
    if (rows.length > headerSearchRows || length >= source.length)
      return { delimiter: separator, rows: rows.slice(0, headerSearchRows).map((row) => row.cells) };
  }
}

/**
 * A CSV's delimiter when none is given: the one most used (`detectDelimiter`) on its first line
 * that holds a tab, semicolon or comma outside quotes, within the first ten. A title typed above
 * the table ("Budgetopfølgning 2017") or a blank first line holds none: guessed from it, the
 * delimiter was the comma and the header below was one cell.
 *
 * @example
 * csvDelimiter("Budgetopfølgning 2017\r\nAfsnit;Indsats;Runde\r\n"); // ";"
 */
export function csvDelimiter(text: string): "," | ";" | "\t" {
  const source = text.replace(/^\uFEFF/, "");
  for (const line of source.split(/\r\n|\r|\n/, headerSearchRows)) {
    if (/[\t;,]/.test(line.replace(/"[^"]*"?/g, ""))) return detectDelimiter(line);
  }
  return detectDelimiter(source);
}

/** What a CSV importer does with the sheet: read it, and build the document from what it has read so far. */
export interface CsvImporter<T> {
  /** Reads the sheet's rows and returns the document, or `null` (and an error) when nothing was understood. */
  read: (sheet: CsvSheet) => T | null;
  /** The document from what `read` has read so far: also what is kept should reading fail half-way. */
  build: (sheet: CsvSheet) => T | null;
}

/**
 * Runs a CSV importer the way all three start: the input refused when too large or empty, the
 * text made readable (BOM, encoding) and split into rows with the given or detected delimiter,
 * the metadata block taken out and read, the header found below a sheet's title rows, and an
 * unexpected error turned into a diagnostic with what was read before it kept. Never throws.
 *
 * @example
 * return importCsv(text, options, isMeetingsCsvHeader, (collector) => ({ read, build }));
 */
export function importCsv<T>(
  text: string,
  options: CommonImportOptions & { delimiter?: "," | ";" | "\t" | undefined },
  isHeader: (cells: readonly string[]) => boolean,
  importer: (collector: DiagnosticCollector) => CsvImporter<T>,
): ImportResult<T> {
  return importText(text, options, (collector) => {
    const { read, build } = importer(collector);
    let sheet: CsvSheet = sheetOf([], { found: false }, isHeader);
    return {
      read: () => {
        const { table, block } = readCsvTable(text, options.delimiter ?? csvDelimiter(text), collector);
        sheet = withoutRepeatedHeaders(sheetOf(table, block, isHeader), collector);
        return read(sheet);
      },
      partial: () => build(sheet),
    };
  });
}

/**
 * The sheet without the rows below its header that repeat it (two sheets pasted one under the
 * other, a printout's header on every page): read as data, a repeated header made up an
 * initiative "Indsats" in a section "Afsnit", or an activity "Aktivitet". Each is reported with
 * its line. Cells are compared trimmed and in either case; empty cells at the end do not count.
 *
 * @example
 * withoutRepeatedHeaders(sheet, collector).body; // the rows that are not the header again
 */
export function withoutRepeatedHeaders(sheet: CsvSheet, collector: DiagnosticCollector): CsvSheet {
  if (sheet.header === undefined) return sheet;
  const key = (cells: readonly string[]) => {
    const trimmed = cells.map((cell) => cell.trim().toLowerCase());
    while (trimmed.at(-1) === "") trimmed.pop();
    return trimmed.join("\u0000");
  };
  const header = key(sheet.header.cells);
  const body = sheet.body.filter((row) => {
    if (key(row.cells) !== header) return true;
    collector.add("info", "import.csv-header-repeated", row.line, {}, row.cells.join(";"));
    return false;
  });
  return body.length === sheet.body.length ? sheet : { ...sheet, body };
}
