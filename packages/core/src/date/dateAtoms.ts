import type { DateFailureReason } from "./types";
import type { MonthPart, Season } from "./vocabulary";

// What the date grammar reads a text into, before the interval is worked out: atoms (a day, a
// month, a season, …), ranges of them and alternatives ("marts eller april").

/** One point of a date expression, its year and month given or inherited later. */
export type Atom =
  | { type: "day"; day: number; month?: number; year?: number }
  | { type: "month"; month: number; part?: MonthPart; year?: number }
  | { type: "season"; season: Season; year?: number }
  | { type: "quarter"; quarter: number; year?: number }
  | { type: "half"; half: number; year?: number }
  | { type: "week"; week: number; year?: number }
  | { type: "year"; year: number; part?: MonthPart }
  | { type: "bare"; value: number; year?: number };

export interface Range {
  from: Atom;
  to?: Atom;
}

export interface Expression {
  alternatives: Range[];
  approximate: boolean;
}

/**
 * Thrown inside the parser and caught in `parseDanishDate`: not an Error, so throwing one captures
 * no stack (refusing text is the parser's everyday work, not a bug).
 */
export class Failure {
  constructor(readonly reason: DateFailureReason) {}
}

/** An atom whose bare numbers ("3.–5.") are read as days or months. */
export type Resolved = Exclude<Atom, { type: "bare" }>;
/** An atom with its year, given or inherited. */
export type Dated = Resolved & { year: number };
