import { dayNumber, toIsoDate } from "../../date/calendar";
import { parseDanishDate } from "../../date/parseDanishDate";

/** What a round's label says about its cut-off. */
export interface CutOffInference {
  cutOff: string;
  kind: "follow-up" | "year-end";
  /** The n-th follow-up of the year, when the label numbers it ("2. budgetopfølgning", "2nd follow-up"). */
  ordinal?: number;
  /** `true` when the cut-off is a rule of thumb (reported as `import.round-cut-off-assumed`), `false` when the label is a date. */
  assumed: boolean;
}

const ordinalPattern =
  /^\s*(\d)\s*(?:\.|st|nd|rd|th)\s*(?:budget)?(?:opfølgning|runde|follow-up|follow up|round)\b/i;
const yearEndPattern = /year-end|31\.12|årsafslutning|regnskab/i;
/** A half-year account ("Halvårsregnskab 2017", "halvårsopfølgning"): the first half's end. */
const halfYearPattern = /halvårs|half-year/i;
/** "pr. 30.06.2017", "Status per 31. maj": the text after "pr." or "per" is the round's as-of date. */
const asOfPattern = /(?:^|\s)(?:pr\.?|per)\s+(\S.*)$/i;
/** What a label may name as its cut-off: a day, or a period that ends on it. */
const statedKinds: ReadonlySet<string> = new Set(["day", "month", "quarter", "half-year"]);

/**
 * A round's cut-off, the same for every follow-up importer. A date the label states wins: after
 * "pr." or "per" ("Opfølgning pr. 30.06.2017"), or the whole label as a day or a period that ends
 * on it ("30.06.2017", "1. halvår 2017", "3. kvartal 2017"). Otherwise a numbered round ("2.
 * budgetopfølgning 2017", "2nd follow-up") covers the year up to its quarter end; a half-year
 * account the first half; a year-end round ("Regnskab", "årsafslutning") the year; any other round
 * the quarter end of its position among the document's rounds. A year written in the label wins
 * over the one given.
 *
 * @example
 * inferCutOff("2. budgetopfølgning 2017", 0, 2016); // { cutOff: "2017-06-30", kind: "follow-up", ordinal: 2, assumed: true }
 * inferCutOff("Opfølgning pr. 31.05.2017", 0, 2017); // { cutOff: "2017-05-31", kind: "follow-up", assumed: false }
 */
export function inferCutOff(label: string, position: number, year: number): CutOffInference {
  const written = /\b((?:19|20)\d\d)\b/.exec(label)?.[1];
  const roundYear = written === undefined ? year : Number(written);
  const quarterEnd = (quarter: number) => toIsoDate(dayNumber(roundYear, Math.min(quarter, 4) * 3 + 1, 0));
  const numbered = ordinalPattern.exec(label);
  const ordinal = numbered ? Number(numbered[1]) : undefined;
  const asOf = asOfPattern.exec(label)?.[1];
  // A numbered round's label is not read as a date: "2. budgetopfølgning" is no day.
  const stated =
    (asOf === undefined ? undefined : statedCutOff(asOf, roundYear)) ??
    (numbered ? undefined : statedCutOff(label, roundYear));
  if (stated !== undefined)
    return {
      cutOff: stated,
      kind: stated.endsWith("-12-31") ? "year-end" : "follow-up",
      ...(ordinal === undefined ? {} : { ordinal }),
      assumed: false,
    };
  if (ordinal !== undefined)
    return { cutOff: quarterEnd(ordinal), kind: "follow-up", ordinal, assumed: true };
  if (halfYearPattern.test(label)) return { cutOff: `${roundYear}-06-30`, kind: "follow-up", assumed: true };
  if (yearEndPattern.test(label)) return { cutOff: `${roundYear}-12-31`, kind: "year-end", assumed: true };
  return { cutOff: quarterEnd(position + 1), kind: "follow-up", assumed: true };
}

/** The last day of the day or period `text` is, if it is one a cut-off can be. */
function statedCutOff(text: string, year: number): string | undefined {
  const date = parseDanishDate(text, { year });
  return date.ok && statedKinds.has(date.kind) && date.end !== null ? date.end : undefined;
}
