import { richTextToPlainText } from "@milepael/core/lite";
import { warmWhenIdle } from "../internal/searchWarmUp";
import type { MilestoneRow } from "./rows";

/**
 * What `richTextToPlainText` would change in a description: markup, entities, whitespace other
 * than single spaces inside. Most descriptions have none and are taken as they are.
 */
const needsPlainText = /[<&]|[^\S ]| {2}|^ | $/;

/** Between two rows' texts: no search term (trimmed text from a field) holds it. */
const rowSeparator = "\u0000";

/** Rows per piece of the index: a piece is built in about a millisecond. */
const chunkSize = 512;

/** One piece of the index: its rows' text and where each row's text starts in it. */
interface SearchChunk {
  readonly text: string;
  /** `starts[row]` for the piece's rows, and one more entry for the end of the last. */
  readonly starts: Uint32Array;
}

/**
 * Free-text search over all rows at once: the rows' searchable text (number, title,
 * description, responsibility, milestones and their notes, economy) lower-cased into one string
 * per 512 rows, with each row's start in a typed array, so there is no string per row. A search
 * is `indexOf` through those strings, jumping to the next row after a hit. The pieces are built
 * while the page is idle (`warm`), and any still missing by the first search.
 *
 * @example
 * const index = new MilestoneSearchIndex(toMilestoneRows(followUp));
 * index.matches("byvåben"); // Uint8Array, 1 for each row whose text holds the term
 */
export class MilestoneSearchIndex {
  readonly #rows: readonly MilestoneRow[];
  readonly #chunks: (SearchChunk | undefined)[];
  #lastTerm: string | undefined;
  #last: { marks: Uint8Array; positions: Uint32Array } | undefined;

  constructor(rows: readonly MilestoneRow[]) {
    this.#rows = rows;
    this.#chunks = new Array(Math.ceil(rows.length / chunkSize)).fill(undefined);
  }

  /**
   * 1 for each row (by its index in the rows) whose text holds `term`, 0 otherwise; `term` is
   * taken as given (trim and lower-case it first). The last answer is kept.
   */
  matches(term: string): Uint8Array {
    return this.#search(term).marks;
  }

  /**
   * The indices of the rows whose text holds `term`, in order (as `matches`, without a pass over
   * every row to find them: they are noted as the search finds them).
   */
  positions(term: string): Uint32Array {
    return this.#search(term).positions;
  }

  #search(term: string): { marks: Uint8Array; positions: Uint32Array } {
    if (term === this.#lastTerm && this.#last) return this.#last;
    const count = this.#rows.length;
    const marks = new Uint8Array(count);
    let positions: Uint32Array;
    if (term === "") {
      marks.fill(1);
      positions = new Uint32Array(count);
      for (let row = 0; row < count; row += 1) positions[row] = row;
    } else {
      const found = new Uint32Array(count);
      let hits = 0;
      for (let chunk = 0; chunk < this.#chunks.length; chunk += 1) {
        const { text, starts } = this.#chunk(chunk);
        const first = chunk * chunkSize;
        const rows = starts.length - 1;
        let at = text.indexOf(term);
        let row = 0;
        while (at !== -1) {
          row = rowAt(starts, at, row, rows);
          marks[first + row] = 1;
          found[hits] = first + row;
          hits += 1;
          at = text.indexOf(term, starts[row + 1] ?? text.length);
        }
      }
      positions = found.slice(0, hits);
    }
    this.#lastTerm = term;
    this.#last = { marks, positions };
    return this.#last;
  }

  /**
   * Builds the index a piece at a time while the page is idle (see `warmWhenIdle`), so the first
   * search finds it ready; returns the function that stops. Does nothing where the browser has no
   * `requestIdleCallback` (the first search then builds it).
   */
  warm(): () => void {
    let next = 0;
    return warmWhenIdle(() => {
      if (next < this.#chunks.length) this.#chunk(next);
      next += 1;
      return next < this.#chunks.length;
    });
  }

  #chunk(chunk: number): SearchChunk {
    const known = this.#chunks[chunk];
    if (known) return known;
    const rows = this.#rows.slice(chunk * chunkSize, (chunk + 1) * chunkSize);
    let built = collectText(rows, false);
    // A few characters lower-case to more than one code unit ("İ"): then each piece is
    // lower-cased on its own so the offsets hold.
    if (built.text.length !== built.length) built = collectText(rows, true);
    this.#chunks[chunk] = built;
    return built;
  }
}

/** The row whose text holds position `at`: a binary search in `starts`, from `from` on. */
function rowAt(starts: Uint32Array, at: number, from: number, count: number): number {
  let low = from;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Every row's searchable text in one lower-cased string, with each row's start. */
function collectText(rows: readonly MilestoneRow[], lowerEachPiece: boolean) {
  const parts: string[] = [];
  const starts = new Uint32Array(rows.length + 1);
  let length = 0;
  let rowHasText = false;
  const add = (piece: string | undefined) => {
    if (!piece) return;
    const text = lowerEachPiece ? piece.toLowerCase() : piece;
    if (rowHasText) {
      parts.push(" ");
      length += 1;
    }
    parts.push(text);
    length += text.length;
    rowHasText = true;
  };
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (index > 0) {
      parts.push(rowSeparator);
      length += 1;
    }
    starts[index] = length;
    rowHasText = false;
    if (!row) continue;
    const { initiative } = row;
    add(initiative.number);
    add(initiative.title);
    const { description } = initiative;
    add(description && needsPlainText.test(description) ? richTextToPlainText(description) : description);
    add(initiative.responsibleCenter);
    add(initiative.responsibleCommittee);
    for (const contributor of initiative.keyContributors) add(contributor);
    for (const milestone of initiative.milestones) {
      add(milestone.text);
      add(milestone.statusNote);
    }
    add(initiative.economy?.text);
  }
  starts[rows.length] = length;
  const joined = parts.join("");
  return { text: lowerEachPiece ? joined : joined.toLowerCase(), starts, length };
}
