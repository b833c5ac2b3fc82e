import type { Dated } from "./dateAtoms";
import { Failure } from "./dateAtoms";
import type { DateKind, DatePrecision } from "./types";
import { datePrecisions } from "./types";

// What kind of date an interpreted expression is, and how precise: from its atoms, by the grammar
// in DOMAIN.md (a day, a month, a part of a month, a season, … and ranges of them).

function atomKind(atom: Dated): DateKind {
  switch (atom.type) {
    case "day":
      return "day";
    case "month":
      return atom.part === undefined ? "month" : "part-of-month";
    case "season":
      return "season";
    case "quarter":
      return "quarter";
    case "half":
      return "half-year";
    case "week":
      return "week";
    case "year":
      return atom.part === undefined ? "year" : "month-range";
    default:
      return atom satisfies never;
  }
}

const monthLike: ReadonlySet<DateKind> = new Set(["month", "part-of-month", "month-range"]);
const dayLike: ReadonlySet<DateKind> = new Set(["day", "day-range"]);

/**
 * The kind of a range from its two ends (or of one atom): "juni-september" is a month range,
 * "3. marts - april" a day range, "februar-februar" one month. A range of kinds that do not
 * combine ("uge 3 - 2. kvartal") fails.
 *
 * @example
 * rangeKind(june, september, juneInterval, septemberInterval); // "month-range"
 */
export function rangeKind(
  from: Dated,
  to: Dated | undefined,
  a: { start: number; end: number },
  b: { start: number; end: number },
): DateKind {
  const first = atomKind(from);
  if (to === undefined) return first;
  const last = atomKind(to);
  // "februar-februar" names one month, not a range of them.
  if (first === last && a.start === b.start && a.end === b.end) return first;
  if (first === "day" && last === "day") return "day-range";
  if (monthLike.has(first) && monthLike.has(last)) return "month-range";
  if ((dayLike.has(first) && monthLike.has(last)) || (monthLike.has(first) && dayLike.has(last)))
    return "day-range";
  if (first === last) return first;
  throw new Failure("unsupported-range");
}

/**
 * The kind of an expression of several ranges: one range's own kind, or for "either … or"
 * alternatives the range kind they share.
 *
 * @example
 * combinedKind(["month", "month"], true); // "month-range"
 */
export function combinedKind(kinds: DateKind[], eitherOr: boolean): DateKind {
  const [first] = kinds as [DateKind];
  if (!eitherOr) return first;
  if (kinds.every((kind) => dayLike.has(kind))) return "day-range";
  if (kinds.every((kind) => monthLike.has(kind))) return "month-range";
  if (kinds.every((kind) => kind === first)) return first;
  throw new Failure("unsupported-range");
}

function atomPrecision(atom: Dated): DatePrecision {
  // Every kind of a single atom is also the name of its precision, but a part of a year's months.
  const kind = atomKind(atom);
  return kind === "month-range" ? "month" : (kind as DatePrecision);
}

/**
 * The coarsest precision among an expression's atoms: "3. marts - april" is as precise as a month.
 *
 * @example
 * coarsestPrecision([march3, april]); // "month"
 */
export function coarsestPrecision(atoms: Dated[]): DatePrecision {
  let coarsest = atomPrecision(atoms[0] as Dated);
  let coarsestRank = datePrecisions.indexOf(coarsest);
  for (const atom of atoms) {
    const precision = atomPrecision(atom);
    if (precision === coarsest) continue;
    // A few precisions: their place in the list, not a look-up in a map.
    const rank = datePrecisions.indexOf(precision);
    if (rank > coarsestRank) {
      coarsest = precision;
      coarsestRank = rank;
    }
  }
  return coarsest;
}
