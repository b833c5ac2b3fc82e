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
      'Datoen kan læses på to måder ("juni 20": juni 2020 eller 20. juni); skriv fx "juni 2020" eller "20. juni".',
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
      'The date can be read two ways ("juni 20": June 2020 or 20 June); write e.g. "juni 2020" or "20. juni".',
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
