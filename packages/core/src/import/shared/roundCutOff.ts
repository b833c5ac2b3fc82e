import { dayNumber, toIsoDate } from "../../date/calendar";
import { parseDanishDate } from "../../date/parseDanishDate";
import type { Round } from "../../model/budgetFollowUp.schema";

/** What a round's label says about its cut-off. */
export interface CutOffInference {
  cutOff: string;
  kind: Round["kind"];
  /** The n-th follow-up of the year, when the label numbers it ("2. budgetopfølgning", "2nd follow-up"). */
  ordinal?: number;
  /**
   * `false` when the label states the day (the label is a date, or one follows "pr." or "per");
   * `true` when the cut-off is a reading of the label or a rule of thumb (reported as
   * `import.round-cut-off-assumed`, with the day taken, so staff can check it).
   */
  assumed: boolean;
  /** The whole label is a date ("31.12.2017"): the round can be named by it. */
  labelIsDate: boolean;
}

const ordinalPattern =
  /^\s*(\d)\s*(?:\.|st|nd|rd|th)\s*(?:budget)?(?:opfølgning|runde|follow-up|follow up|round)\b/i;
const yearEndPattern = /year-end|31\.12|årsafslutning|regnskab/i;
/** A half-year round ("1. halvår", "Halvårsregnskab 2017", "2. halvårsopfølgning"), numbered or not. */
const halfYearPattern = /(?:\b([12])\.\s*)?halvår|half-year/i;
/** "pr. 30.06.2017", "Status per 31. maj", "pr.30.9": the text after "pr." or "per" is the as-of date. */
const asOfPattern = /(?:^|\s)(?:pr\.|pr\b|per\b)\s*(\S.*)$/i;
/** What a label may name as its cut-off: a day, or a period that ends on it. */
const statedKinds: ReadonlySet<string> = new Set(["day", "month", "quarter", "half-year"]);
/** Words tried at either end of a label for a date in it: a long cell costs no more than a short one. */
const mostWords = 6;

/**
 * A round's cut-off, the same for every follow-up importer. A day the label states wins: after
 * "pr." or "per" ("Opfølgning pr. 30.06.2017 til ØU"), or the whole label ("30.06.2017"). Otherwise
 * the label is read (each reading reported as assumed, with the day taken): a numbered round ("2.
 * budgetopfølgning 2017") covers the year up to its quarter's end; a label ending in a day or a
 * period ("Opfølgning 30/9", "Status juni", "1. halvår 2017", "Q3") that day or the period's end; a
 * half-year round the half; a year-end round ("Regnskab", "årsafslutning") the year; any other
 * round the quarter end of its position among the document's rounds. A year written in the label
 * wins over the one given.
 *
 * @example
 * inferCutOff("2. budgetopfølgning 2017", 0, 2016); // { cutOff: "2017-06-30", kind: "follow-up", ordinal: 2, assumed: true, labelIsDate: false }
 * inferCutOff("Opfølgning pr. 31.05.2017", 0, 2017).cutOff; // "2017-05-31"
 */
export function inferCutOff(label: string, position: number, year: number): CutOffInference {
  const written = /\b((?:19|20)\d\d)\b/.exec(label)?.[1];
  const roundYear = written === undefined ? year : Number(written);
  const quarterEnd = (quarter: number) => toIsoDate(dayNumber(roundYear, Math.min(quarter, 4) * 3 + 1, 0));
  const numbered = ordinalPattern.exec(label);
  const ordinal = numbered ? Number(numbered[1]) : undefined;
  const half = halfYearPattern.exec(label);
  const inference = (cutOff: string, assumed: boolean, labelIsDate = false): CutOffInference => ({
    cutOff,
    // A numbered follow-up stays one whatever day it states; a half-year round is one by its name.
    kind:
      ordinal !== undefined
        ? "follow-up"
        : half
          ? cutOff.endsWith("-12-31")
            ? "year-end"
            : "half-year"
          : (labelIsDate && cutOff.endsWith("-12-31")) || yearEndPattern.test(label)
            ? "year-end"
            : "follow-up",
    ...(ordinal === undefined ? {} : { ordinal }),
    assumed,
    labelIsDate,
  });

  const asOf = asOfPattern.exec(label)?.[1];
  const statedAsOf = asOf === undefined ? undefined : dateAmongWords(asOf, roundYear, "first");
  if (statedAsOf?.kind === "day") return inference(statedAsOf.end, false);
  const whole = numbered ? undefined : statedDate(label, roundYear);
  if (whole?.kind === "day") return inference(whole.end, false, true);
  const read = statedAsOf ?? whole ?? (numbered ? undefined : dateAmongWords(label, roundYear, "last"));
  if (read !== undefined) return inference(read.end, true);
  if (ordinal !== undefined) return inference(quarterEnd(ordinal), true);
  if (half) return inference(half[1] === "2" ? `${roundYear}-12-31` : `${roundYear}-06-30`, true);
  if (yearEndPattern.test(label)) return inference(`${roundYear}-12-31`, true);
  return inference(quarterEnd(position + 1), true);
}

/** The day or period `text` is, if it is one a cut-off can be, and its last day. */
function statedDate(text: string, year: number): { kind: string; end: string } | undefined {
  const date = parseDanishDate(text, { year });
  return date.ok && statedKinds.has(date.kind) && date.end !== null
    ? { kind: date.kind, end: date.end }
    : undefined;
}

/**
 * A date in the words of `text`: the longest run of its first words that is one (after "pr."),
 * or of its last words (at the end of a label), at most `mostWords` words. A slash before a
 * word ("30.06.2017/ØU") and commas and brackets part words; "30/9" stays a date.
 */
function dateAmongWords(text: string, year: number, end: "first" | "last") {
  const words = text
    .replace(/\/(?=\p{L})/gu, " ")
    .split(/[\s,;:()]+/)
    .filter((word) => word !== "");
  const reach = Math.min(words.length, mostWords);
  for (let count = reach; count > 0; count -= 1) {
    const run = end === "first" ? words.slice(0, count) : words.slice(words.length - count);
    const date = statedDate(run.join(" "), year);
    if (date !== undefined) return date;
  }
  return undefined;
}
