import type { DiagnosticCollector } from "./collector";

export interface DelimitedRow {
  cells: string[];
  /** The 1-based line the row starts on. */
  line: number;
}

/**
 * Guesses the delimiter of a CSV/TSV text from its first line: the most frequent of tab,
 * semicolon (Danish Excel) and comma, outside quotes.
 *
 * @example
 * detectDelimiter("Dato;Aktivitet\n8. maj;Møde"); // ";"
 */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const counts = { "\t": 0, ";": 0, ",": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  const [best] = (Object.entries(counts) as ["," | ";" | "\t", number][]).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

/**
 * Splits CSV/TSV text into rows (RFC 4180): quoted fields may hold delimiters, quotes (doubled)
 * and line breaks; CRLF, LF and CR end rows; a byte order mark is ignored; a row of empty cells
 * (";;;;", as Excel saves a blank line) is no row. An unclosed quote is reported and the rest of the
 * text kept in the field.
 *
 * @example
 * parseDelimited('a;"b;c"\r\n1;"2\n3"', ";").map((row) => row.cells); // [["a", "b;c"], ["1", "2\n3"]]
 */
export function parseDelimited(
  text: string,
  delimiter: string,
  collector?: DiagnosticCollector,
): DelimitedRow[] {
  const source = text.replace(/^\uFEFF/, "");
  const rows: DelimitedRow[] = [];
  let cells: string[] = [];
  let field = "";
  // Whether the field so far is white space only, kept as it grows: asking `field.trim()` at
  // every quote made a field of many quotes take quadratic time.
  let blank = true;
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  let index = 0;
  const endRow = () => {
    cells.push(field);
    // An empty line, or one of empty cells only: Excel pads every row of a sheet it saves to the
    // sheet's width, the blank line between a table and milepael's metadata block too.
    if (!cells.every((cell) => cell === "")) rows.push({ cells, line: rowLine });
    cells = [];
    field = "";
    blank = true;
  };
  // Appends the characters from `start` up to the next one that `stops` (at least one), in one
  // piece: a field built a character at a time took super-linear time over 100,000 characters.
  const appendRun = (start: number, stops: (char: string | undefined) => boolean): number => {
    let end = start + 1;
    while (end < source.length && !stops(source[end])) end += 1;
    const run = source.slice(start, end);
    field += run;
    if (blank && /\S/.test(run)) blank = false;
    return end;
  };
  while (index < source.length) {
    const char = source[index] as string;
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          blank = false;
          index += 2;
          continue;
        }
        quoted = false;
        index += 1;
        continue;
      }
      if (char === "\r") {
        // A line break inside a field is kept; CRLF as LF.
        if (source[index + 1] !== "\n") {
          line += 1;
          field += char;
        }
        index += 1;
        continue;
      }
      const end = appendRun(index, (next) => next === '"' || next === "\r");
      for (let at = index; at < end; at += 1) if (source[at] === "\n") line += 1;
      index = end;
      continue;
    }
    if (char === '"' && blank) {
      field = "";
      quoted = true;
      quoteLine = line;
      index += 1;
      continue;
    }
    if (char === delimiter) {
      cells.push(field);
      field = "";
      blank = true;
      index += 1;
      continue;
    }
    if (char === "\r" || char === "\n") {
      endRow();
      index += char === "\r" && source[index + 1] === "\n" ? 2 : 1;
      line += 1;
      rowLine = line;
      continue;
    }
    index = appendRun(index, (next) => next === delimiter || next === '"' || next === "\r" || next === "\n");
  }
  if (quoted) collector?.add("error", "import.unclosed-quote", quoteLine);
  if (field !== "" || cells.length > 0) endRow();
  return rows;
}

/**
 * A CSV/TSV text's rows, with the delimiter given or detected from its first line (after a byte
 * order mark).
 *
 * @example
 * readDelimited("Dato;Aktivitet\n8. maj;Møde").map((row) => row.cells.length); // [2, 2]
 */
export function readDelimited(
  text: string,
  delimiter?: "," | ";" | "\t",
  collector?: DiagnosticCollector,
): DelimitedRow[] {
  return parseDelimited(text, delimiter ?? detectDelimiter(text.replace(/^\uFEFF/, "")), collector);
}
