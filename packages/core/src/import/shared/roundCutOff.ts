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

/**
 * A round's cut-off, the same for every follow-up importer: a numbered round ("2. budgetopfølgning
 * 2017", "2nd follow-up") covers the year up to its quarter end; a label that is a date, that day; a
 * year-end round ("Regnskab", "årsafslutning") the year; any other round the quarter end of its
 * position among the document's rounds. A year written in the label wins over the one given.
 *
 * @example
 * inferCutOff("2. budgetopfølgning 2017", 0, 2016); // { cutOff: "2017-06-30", kind: "follow-up", ordinal: 2, assumed: true }
 */
export function inferCutOff(label: string, position: number, year: number): CutOffInference {
  const written = /\b((?:19|20)\d\d)\b/.exec(label)?.[1];
  const roundYear = written === undefined ? year : Number(written);
  const quarterEnd = (quarter: number) => toIsoDate(dayNumber(roundYear, Math.min(quarter, 4) * 3 + 1, 0));
  const numbered = ordinalPattern.exec(label);
  if (numbered) {
    const ordinal = Number(numbered[1]);
    return { cutOff: quarterEnd(ordinal), kind: "follow-up", ordinal, assumed: true };
  }
  const date = parseDanishDate(label, { year: roundYear });
  if (date.ok && date.kind === "day" && date.start !== null)
    return {
      cutOff: date.start,
      kind: date.start.endsWith("-12-31") ? "year-end" : "follow-up",
      assumed: false,
    };
  if (yearEndPattern.test(label)) return { cutOff: `${roundYear}-12-31`, kind: "year-end", assumed: true };
  return { cutOff: quarterEnd(position + 1), kind: "follow-up", assumed: true };
}
