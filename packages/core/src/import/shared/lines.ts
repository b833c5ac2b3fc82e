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
 * Page-break debris: blank lines and rows of dashes, pipes and tabs.
 *
 * @example
 * isDebris("---------\t--\t--\t--"); // true
 */
export function isDebris(line: string): boolean {
  return debris.test(line);
}
