/** What a Danish date expression names. */
export const dateKinds = [
  "day",
  "day-range",
  "month",
  "part-of-month",
  "month-range",
  "season",
  "quarter",
  "half-year",
  "week",
  "year",
  "ongoing",
  "round-reference",
  // Meetings (issue #18): "inden sommerferien", "før jul", "efter nytår"; "uge x+4"
  "holiday",
  "relative-week",
] as const;
export type DateKind = (typeof dateKinds)[number];

/** How fine an expression is, finest first; used to sort and to draw fuzzy ends. */
export const datePrecisions = [
  "day",
  "week",
  "part-of-month",
  "month",
  "season",
  "quarter",
  "half-year",
  "year",
  "ongoing",
] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** One inclusive interval of plain dates, `YYYY-MM-DD`. */
export interface DateInterval {
  start: string;
  end: string;
}

/** A date expression that was understood. */
export interface ParsedDanishDate {
  ok: true;
  /** The text as the author wrote it, untouched. */
  text: string;
  kind: DateKind;
  /** First day, inclusive; `null` for "Løbende". */
  start: string | null;
  /** Last day, inclusive; `null` for "Løbende". */
  end: string | null;
  precision: DatePrecision;
  /** The interval stands in for something vaguer: primo/medio/ultimo, seasons, "ca.". */
  approximate: boolean;
  /** "April/maj", "15.-17. marts eller 22.-24. marts": one of the alternatives, not all of them. */
  eitherOr: boolean;
  /** "Løbende": going on, with no interval. */
  ongoing: boolean;
  /** No year was written: it came from the document's year. */
  yearInferred: boolean;
  /** For either-or expressions, each alternative's interval, in the order written. */
  alternatives?: DateInterval[] | undefined;
  /** For round references, the id of the round in the calendar it resolved through. */
  roundId?: string | undefined;
  /** For "uge x+4": the weeks after the anchor week x (kept even once an anchor resolved it). */
  relativeWeeks?: number | undefined;
}

/** Why a text was not understood as a date. */
export const dateFailureReasons = [
  "empty",
  "too-long",
  "not-a-date",
  "impossible-date",
  "missing-year",
  "reversed-range",
  "unsupported-range",
  "unknown-round",
  // "juni 20": June 2020 or the 20th of June; neither is read.
  "ambiguous",
] as const;
export type DateFailureReason = (typeof dateFailureReasons)[number];

/** A text that was not understood: never guessed, always with a reason. */
export interface UnparsedDanishDate {
  ok: false;
  text: string;
  reason: DateFailureReason;
}

export type DanishDateResult = ParsedDanishDate | UnparsedDanishDate;

/** A follow-up round as the date parser needs it: round references resolve to its cut-off. */
export interface RoundCalendarEntry {
  id: string;
  label: string;
  /** Cut-off date, `YYYY-MM-DD` ("pr. 31.03"). */
  cutOff: string;
}

export interface ParseDanishDateOptions {
  /** The document's year, for expressions that write none ("8. maj"). */
  year?: number | undefined;
  /** The document's rounds, for references such as "1. budgetopfølgning 2017". */
  rounds?: readonly RoundCalendarEntry[];
  /** The ISO week that "uge x" stands for; without it "uge x+4" stays relative (no interval). */
  anchorWeek?: { year: number; week: number };
}
