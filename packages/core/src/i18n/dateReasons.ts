import type { DateFailureReason } from "../date/types";
import type { Locale } from "./locale";

const reasons: Record<Locale, Record<DateFailureReason, string>> = {
  da: {
    empty: "Datoen er tom.",
    "too-long": "Teksten er for lang til at være en dato.",
    "not-a-date": "Teksten er ikke en dato, som milepael kender.",
    "impossible-date": "Datoen findes ikke i kalenderen.",
    "missing-year": "Datoen har intet år, og dokumentets år er ikke kendt.",
    "reversed-range": "Perioden slutter, før den begynder.",
    "unsupported-range": "Perioden blander to slags datoer, som ikke kan kombineres.",
    "unknown-round": "Budgetopfølgningen findes ikke i dokumentets kalender over opfølgninger.",
    ambiguous:
      "To cifre efter en måned kan være året eller dagen (juni 2020 eller 20. juni); skriv året med fire cifre eller dagen før måneden.",
  },
  en: {
    empty: "The date is empty.",
    "too-long": "The text is too long to be a date.",
    "not-a-date": "The text is not a date milepael knows.",
    "impossible-date": "The date does not exist in the calendar.",
    "missing-year": "The date has no year, and the document's year is not known.",
    "reversed-range": "The period ends before it begins.",
    "unsupported-range": "The period mixes two kinds of dates that cannot be combined.",
    "unknown-round": "The follow-up round is not in the document's round calendar.",
    ambiguous:
      "Two digits after a month may be the year or the day (June 2020 or 20 June); write the year with four digits or the day before the month.",
  },
};

/**
 * Why a date was not understood, in words.
 *
 * @example
 * dateFailureMessage("impossible-date", "en"); // "The date does not exist in the calendar."
 */
export function dateFailureMessage(reason: DateFailureReason, locale: Locale): string {
  return reasons[locale][reason];
}
