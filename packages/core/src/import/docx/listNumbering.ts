// The numbers Word draws before the paragraphs of its numbered lists ("1.", "b)", "Ad 2)", "3.1"),
// which the file does not hold: Word counts them as it lays the document out, and so does this.

import { type ListLevel, listLevel, type WordStyles } from "./readStyles";

/**
 * Counts a document's numbered paragraphs in order, as Word does: lists that share an abstract
 * list continue one count, a list that restarts a level (`w:startOverride`) restarts it where it is
 * first used, and a paragraph restarts the levels below its own.
 *
 * @example
 * const numbering = new ListNumbering(styles);
 * numbering.next("1", 0); // "1."
 * numbering.next("1", 1); // "a."
 * numbering.next("1", 0); // "2."
 */
export class ListNumbering {
  /** The count of each level, by abstract list. */
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly used = new Set<string>();

  constructor(private readonly styles: WordStyles) {}

  /** The label of the next paragraph of list `numId` at `level`, counted; "" for a bullet or a list the file does not define. */
  next(numId: string, level: number): string {
    const list = this.styles.lists.get(numId);
    // A list whose levels the file does not hold draws nothing Word would show.
    if (list === undefined || list.levels.length === 0) return "";
    const counts = this.counts.get(list.abstractId) ?? [];
    this.counts.set(list.abstractId, counts);
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [restarted, start] of list.startOverrides) {
        counts[restarted] = start - 1;
        if (counts.length > restarted + 1) counts.length = restarted + 1;
      }
    }
    const levelOf = (index: number): ListLevel => listLevel(list, index);
    counts[level] = (counts[level] ?? levelOf(level).start - 1) + 1;
    // The levels below restart, unless a level says it restarts only under a higher one, or never (0).
    for (let below = level + 1; below < counts.length; below += 1)
      if (level < (levelOf(below).restartAfter ?? below)) counts[below] = undefined;
    const own = levelOf(level);
    if (own.format === "bullet" || own.format === "none" || own.hidden) return "";
    return own.text
      .replace(/%([1-9])/g, (_, digit: string) => {
        const index = Number(digit) - 1;
        const shown = levelOf(index);
        return formatNumber(counts[index] ?? shown.start, own.legal ? "decimal" : shown.format);
      })
      .trim();
  }
}

const romanDigits: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

/** A count in one of Word's number formats; a format not written here is written in decimals, as most are in Danish. */
function formatNumber(count: number, format: string): string {
  switch (format) {
    case "decimalZero":
      return count < 10 ? `0${count}` : String(count);
    case "lowerLetter":
    case "upperLetter": {
      // Word's letters go a … z, then aa … zz, up to 30 z's (780); past that, and below 1, digits:
      // a list that starts at 100,000,000 must not write a letter 4 million times a paragraph.
      if (count < 1 || count > 780) return String(count);
      const letter = String.fromCharCode(97 + ((count - 1) % 26)).repeat(Math.floor((count - 1) / 26) + 1);
      return format === "upperLetter" ? letter.toUpperCase() : letter;
    }
    case "lowerRoman":
    case "upperRoman": {
      if (count < 1 || count > 3999) return String(count);
      let rest = count;
      let roman = "";
      for (const [value, digits] of romanDigits)
        while (rest >= value) {
          roman += digits;
          rest -= value;
        }
      return format === "upperRoman" ? roman.toUpperCase() : roman;
    }
    default:
      return String(count);
  }
}
