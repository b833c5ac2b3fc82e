/** One line of the source with its 1-based number. */
export interface SourceLine {
  number: number;
  text: string;
}

/** Blank, or nothing but dashes, pipes and white space; kept outside `isDebris`, which runs per line. */
const debris = /^[\s\-|–—_=]*$/;

/**
 * Splits text into numbered lines, whatever the line endings, without a byte order mark.
 *
 * @example
 * sourceLines("a\r\nb").map((line) => line.number); // [1, 2]
 */
export function sourceLines(text: string): SourceLine[] {
  const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Splitting on "\n" alone is twice as fast as the pattern, and the same where no "\r" stands.
  const lines = bare.includes("\r") ? bare.split(/\r\n|\r|\n/) : bare.split("\n");
  return lines.map((line, index) => ({ number: index + 1, text: line }));
}

/**
 * The lines of a text one at a time, numbered from 1, as `sourceLines` gives them: a reader that
 * goes through once need not hold every line of a 70 MB text (and their objects) at the same time.
 *
 * @example
 * const lines = new LineReader("a\nb");
 * lines.next(); // { number: 1, text: "a" }
 */
export class LineReader {
  /** The text read, without its byte order mark: where `nextStart` points. */
  readonly text: string;
  /** Lines split up front, where "\r" line endings make scanning for "\n" alone wrong. */
  private readonly split: string[] | undefined;
  private position = 0;
  private number = 0;

  constructor(text: string) {
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.split = this.text.includes("\r") ? this.text.split(/\r\n|\r|\n/) : undefined;
  }

  /** The next line, or `null` after the last. */
  next(): SourceLine | null {
    const text = this.nextText();
    return text === null ? null : { number: this.number, text };
  }

  /**
   * The next line's text, or `null` after the last; its number is then `lineNumber`. For a reader
   * that keeps few lines: no object per line.
   */
  nextText(): string | null {
    if (this.split !== undefined) {
      const text = this.split[this.number];
      if (text === undefined) return null;
      this.number += 1;
      return text;
    }
    if (this.position > this.text.length) return null;
    const end = this.text.indexOf("\n", this.position);
    const stop = end === -1 ? this.text.length : end;
    const text = this.text.slice(this.position, stop);
    this.position = stop + 1;
    this.number += 1;
    return text;
  }

  /**
   * Where the next line starts in `text`, for a reader that reads it in place, without a copy; -1
   * after the last line, and for a text split up front (its "\r" line endings). A line read in
   * place is passed with `skipLine`.
   */
  nextStart(): number {
    return this.split === undefined && this.position <= this.text.length ? this.position : -1;
  }

  /** Passes the line `nextStart` pointed at, read in place up to `end` (its "\n", or the text's end). */
  skipLine(end: number): void {
    this.position = end + 1;
    this.number += 1;
  }

  /** The number of the line `next`, `nextText` or `skipLine` gave last (0 before the first). */
  get lineNumber(): number {
    return this.number;
  }
}

/**
 * Page-break debris: blank lines and rows of dashes, pipes and tabs.
 *
 * @example
 * isDebris("---------\t--\t--\t--"); // true
 */
export function isDebris(line: string): boolean {
  // A line starting with a letter, a digit or "<" (nearly every line) is no debris: no pattern run.
  const code = line.charCodeAt(0);
  if ((code >= 0x30 && code <= 0x39) || code === 0x3c || (code >= 0x41 && code <= 0x7a && code !== 0x5f))
    return false;
  return debris.test(line);
}

/**
 * The tab-separated cells of a line, as `line.split("\t")` gives them: `indexOf` takes half the time
 * of `split`, which goes through the runtime on every call, and the rows of up to four cells a
 * follow-up is made of come as array literals of their size (a pushed array reserves 17 places).
 *
 * @example
 * splitCells("Milepæl\tSkolen er bygget\t\t☺"); // ["Milepæl", "Skolen er bygget", "", "☺"]
 */
export function splitCells(line: string): string[] {
  const first = line.indexOf("\t");
  if (first === -1) return [line];
  const second = line.indexOf("\t", first + 1);
  if (second === -1) return [line.slice(0, first), line.slice(first + 1)];
  const third = line.indexOf("\t", second + 1);
  if (third === -1) return [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
  const fourth = line.indexOf("\t", third + 1);
  if (fourth === -1)
    return [
      line.slice(0, first),
      line.slice(first + 1, second),
      line.slice(second + 1, third),
      line.slice(third + 1),
    ];
  const cells: string[] = [
    line.slice(0, first),
    line.slice(first + 1, second),
    line.slice(second + 1, third),
    line.slice(third + 1, fourth),
  ];
  let start = fourth + 1;
  for (let end = line.indexOf("\t", start); end !== -1; end = line.indexOf("\t", start)) {
    cells.push(line.slice(start, end));
    start = end + 1;
  }
  cells.push(line.slice(start));
  return cells;
}
