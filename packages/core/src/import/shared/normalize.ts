import type { DiagnosticCollector } from "./collector";
import { hasPlainSpace } from "./plainCell";

/**
 * Anything `normalizeInput` could change, or a cell could need collapsed: white space other than
 * spaces, tabs and line breaks (no-break spaces, the byte order mark), a double space, a soft
 * hyphen, a zero-width character. Most texts hold none: one scan then answers both questions.
 */
// One class (white space but space, tab and line breaks; soft hyphen; zero-width) and two
// alternatives: a fifth faster over a long text than the same as five alternatives.
const unusual =
  /[\v\f\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]| {2}|[\u0300-\u036F]/;
/** Combining marks: a letter written decomposed ("a" + U+030A for "å", NFD), which NFC composes. */
const combining = /[\u0300-\u036F]/;

/** What `normalizeInput` changed, by kind. */
export interface NormalizedCounts {
  nbsp: number;
  softHyphen: number;
  zeroWidth: number;
  /** Lines whose columns, separated by runs of spaces, were recovered as tabs. */
  recoveredLines: number;
}

/** What `normalizeInput` gives: the text to read, what it changed, and whether its space is plain. */
export interface NormalizedText {
  text: string;
  counts: NormalizedCounts;
  /** `hasPlainSpace` of the text: no cell of it has white space to collapse. */
  plainSpace: boolean;
}

/**
 * Text as importers read it: non-breaking (and other fixed-width) spaces become plain spaces,
 * soft hyphens and zero-width characters (U+200B-U+200D, U+2060, U+FEFF) go, and decomposed
 * letters are composed (NFC), so that a "Mile­pæl", a "Kort beskrivelse af indsatsen" from Word or
 * a "Tiltrådt" from a Mac is still recognised. With `recoverColumns`, a
 * text without a single tab whose rows have columns separated by runs of two or more spaces (tabs
 * turned into spaces by an editor or a mail) gets its tabs back. Line breaks are never touched,
 * so line numbers stay those of the file.
 *
 * @example
 * normalizeInput("Mile\u00ADpæl\u00A0x").text; // "Milepæl x"
 */
export function normalizeInput(text: string, options: { recoverColumns?: boolean } = {}): NormalizedText {
  const counts: NormalizedCounts = { nbsp: 0, softHyphen: 0, zeroWidth: 0, recoveredLines: 0 };
  // Nothing to replace, and without a double space no columns to recover.
  if (!unusual.test(text)) return { text, counts, plainSpace: true };
  let normalized = text.replace(/[\u00A0\u2007\u202F]|\u00AD|[\u200B-\u200D\u2060\uFEFF]/g, (char) => {
    if (char === "\u00AD") {
      counts.softHyphen += 1;
      return "";
    }
    if (/[\u00A0\u2007\u202F]/.test(char)) {
      counts.nbsp += 1;
      return " ";
    }
    // A byte order mark at the very start is no content; it is not counted.
    counts.zeroWidth += 1;
    return "";
  });
  if (text.startsWith("\uFEFF")) counts.zeroWidth -= 1;
  // macOS and some PDF extractions decompose å and é: "Tiltra\u030Adt" is "Tiltrådt" to a reader, and
  // must be to the labels and words importers look for. Composing changes no character a reader sees.
  if (combining.test(normalized)) normalized = normalized.normalize("NFC");
  if (options.recoverColumns && !normalized.includes("\t")) {
    const lines = normalized.split(/(\r\n|\r|\n)/);
    const spaced = /(\S) {2,}(?=\S)/;
    const rows = lines.filter((line) => spaced.test(line) && !/^\s*\|.*\|\s*$/.test(line)).length;
    // A few double spaces after a full stop are prose; a table has several such rows.
    if (rows >= 2) {
      normalized = lines
        .map((line) => {
          if (!spaced.test(line) || /^\s*\|.*\|\s*$/.test(line)) return line;
          counts.recoveredLines += 1;
          // A row continued after a page break starts with an empty cell: its indent is one.
          return line.replace(/(\S) {2,}(?=\S)/g, "$1\t").replace(/^ {2,}(?=\S)/, "\t");
        })
        .join("");
    }
  }
  return { text: normalized, counts, plainSpace: hasPlainSpace(normalized) };
}

/**
 * `normalizeInput` for an importer: the text to read, with what was changed reported as info
 * (`import.text-normalized`, `import.columns-recovered`).
 *
 * @example
 * const source = readableText(text, collector, { recoverColumns: true });
 */
export function readableText(
  text: string,
  collector: DiagnosticCollector,
  options: { recoverColumns?: boolean } = {},
): string {
  return readableSource(text, collector, options).text;
}

/**
 * `readableText`, and whether the text's space is plain (`hasPlainSpace`), from the same scan.
 *
 * @example
 * const { text: source, plainSpace } = readableSource(text, collector, { recoverColumns: true });
 */
export function readableSource(
  text: string,
  collector: DiagnosticCollector,
  options: { recoverColumns?: boolean } = {},
): { text: string; plainSpace: boolean } {
  const { text: normalized, counts, plainSpace } = normalizeInput(text, options);
  if (counts.nbsp + counts.softHyphen + counts.zeroWidth > 0)
    collector.add("info", "import.text-normalized", undefined, {
      nbsp: counts.nbsp,
      softHyphen: counts.softHyphen,
      zeroWidth: counts.zeroWidth,
    });
  if (counts.recoveredLines > 0)
    collector.add("info", "import.columns-recovered", undefined, { count: counts.recoveredLines });
  return { text: normalized, plainSpace };
}
