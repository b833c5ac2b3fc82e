import { dayNumber, daysInMonth, isoWeekInterval, toIsoDate } from "./calendar";
import type { Atom, Dated, Expression, Range, Resolved } from "./dateAtoms";
import { Failure } from "./dateAtoms";
import { coarsestPrecision, combinedKind, rangeKind } from "./dateKind";
import type { DanishDateResult, DateInterval, DateKind } from "./types";
import { seasonStartMonth } from "./vocabulary";

/**
 * The interval, kind and precision a parsed expression stands for, years and months inherited.
 *
 * @example
 * interpret("primo marts", expression, 2017, options); // { ok: true, start: "2017-03-01", … }
 */
export function interpret(
  text: string,
  expression: Expression,
  documentYear: number | undefined,
): DanishDateResult {
  const ranges = expression.alternatives.map((range, index, alternatives) =>
    resolveBareNumbers(range, nearestKindedAtom(alternatives, index)),
  );
  const atoms: Resolved[] = [];
  for (const range of ranges) {
    atoms.push(range.from);
    if (range.to) atoms.push(range.to);
  }
  inheritMonths(atoms);
  const yearInferred = atoms.every((atom) => atom.year === undefined);
  const dated = inheritYears(atoms, documentYear);
  const datedRanges = regroup(ranges, dated);

  const kinds: DateKind[] = [];
  const intervals = datedRanges.map(([from, to]) => {
    const first = atomInterval(from);
    const last = to === undefined ? first : atomInterval(to);
    if (first.start > last.end) throw new Failure("reversed-range");
    kinds.push(rangeKind(from, to, first, last));
    return { start: first.start, end: last.end };
  });
  const kind = combinedKind(kinds, datedRanges.length > 1);

  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const interval of intervals) {
    if (interval.start < start) start = interval.start;
    if (interval.end > end) end = interval.end;
  }
  const eitherOr = datedRanges.length > 1;
  const approximate =
    expression.approximate ||
    dated.some((atom) => atom.type === "season" || ("part" in atom && atom.part !== undefined));

  return {
    ok: true,
    text,
    kind,
    start: toIsoDate(start),
    end: toIsoDate(end),
    precision: coarsestPrecision(dated),
    approximate,
    eitherOr,
    ongoing: false,
    yearInferred,
    ...(eitherOr
      ? {
          alternatives: intervals.map(
            (interval): DateInterval => ({ start: toIsoDate(interval.start), end: toIsoDate(interval.end) }),
          ),
        }
      : {}),
  };
}

/**
 * The atom of the alternative nearest to the one at `index`, after it first, that is no bare
 * number: what a bare alternative is ("uge 41 og 42", "1./2. halvår", "8. og 9. maj").
 */
function nearestKindedAtom(alternatives: readonly Range[], index: number): Atom | undefined {
  const kinded = (range: Range | undefined) =>
    [range?.from, range?.to].find((atom) => atom && atom.type !== "bare");
  for (let after = index + 1; after < alternatives.length; after += 1) {
    const atom = kinded(alternatives[after]);
    if (atom !== undefined) return atom;
  }
  for (let before = index - 1; before >= 0; before -= 1) {
    const atom = kinded(alternatives[before]);
    if (atom !== undefined) return atom;
  }
  return undefined;
}

/**
 * "23.-24. februar": a bare "23." takes its kind from the other end of its range, or where that is
 * bare too or missing, from the nearest alternative's (`alternative`).
 */
function resolveBareNumbers(range: Range, alternative: Atom | undefined): { from: Resolved; to?: Resolved } {
  const { from, to } = range;
  const adopt = (bare: Atom, model: Atom | undefined): Resolved => {
    if (bare.type !== "bare") return bare;
    const year = bare.year === undefined ? {} : { year: bare.year };
    switch (model?.type) {
      case "day":
        return { type: "day", day: bare.value, ...year };
      case "quarter":
        return { type: "quarter", quarter: bare.value, ...year };
      case "half":
        return { type: "half", half: bare.value, ...year };
      case "week":
        return { type: "week", week: bare.value, ...year };
      default:
        throw new Failure("not-a-date");
    }
  };
  if (to === undefined) return { from: adopt(from, alternative) };
  return {
    from: adopt(from, to.type === "bare" ? alternative : to),
    to: adopt(to, from.type === "bare" ? alternative : from),
  };
}

/** A day without a month takes the month written after it, or failing that, before it. */
function inheritMonths(atoms: Resolved[]): void {
  atoms.forEach((atom, index) => {
    if (atom.type !== "day" || atom.month !== undefined) return;
    const withMonth = (candidate: Resolved | undefined) =>
      candidate?.type === "day" || candidate?.type === "month" ? candidate.month : undefined;
    const after = atoms.slice(index + 1).find((candidate) => withMonth(candidate) !== undefined);
    // Before it only where nothing after it has a month.
    const month =
      withMonth(after) ??
      withMonth(
        atoms
          .slice(0, index)
          .reverse()
          .find((candidate) => withMonth(candidate) !== undefined),
      );
    if (month === undefined) throw new Failure("not-a-date");
    atom.month = month;
  });
}

/**
 * Danes write the year once, at the end ("15.-17. marts eller 22.-24. marts 2018"). Atoms before
 * a written year take it, stepping back a year where the order demands ("28. december - 3. januar
 * 2018"); atoms after it, or all of them when none is written, run forward from it or from the
 * document's year ("november-februar" in 2017: November 2017 to February 2018).
 */
function inheritYears(atoms: Resolved[], documentYear: number | undefined): Dated[] {
  const years: (number | undefined)[] = atoms.map((atom) => atom.year);
  let lastWritten = -1;
  years.forEach((year, index) => {
    if (year !== undefined) lastWritten = index;
  });
  if (lastWritten === -1) {
    if (documentYear === undefined) throw new Failure("missing-year");
    years[0] = documentYear;
    lastWritten = 0;
  }
  const startIn = (index: number, year: number) => atomStartIn(atoms[index] as Resolved, year);
  // Two days of one month never wrap into another year: "24.-23. februar" is reversed, not a year long.
  const sameMonth = (a: Resolved | undefined, b: Resolved | undefined) =>
    a?.type === "day" && b?.type === "day" && a.month === b.month;
  for (let index = lastWritten - 1; index >= 0; index -= 1) {
    if (years[index] !== undefined) continue;
    const next = years[index + 1] as number;
    const wraps =
      !sameMonth(atoms[index], atoms[index + 1]) && startIn(index, next) > startIn(index + 1, next);
    years[index] = wraps ? next - 1 : next;
  }
  for (let index = lastWritten + 1; index < atoms.length; index += 1) {
    if (years[index] !== undefined) continue;
    const previous = years[index - 1] as number;
    const wraps =
      !sameMonth(atoms[index], atoms[index - 1]) && startIn(index, previous) < startIn(index - 1, previous);
    years[index] = wraps ? previous + 1 : previous;
  }
  // The atoms are this parse's own: they take their years in place.
  atoms.forEach((atom, index) => {
    atom.year = years[index] as number;
  });
  return atoms as Dated[];
}

/** The first day of an atom in a year, without building a dated copy of it. */
function atomStartIn(atom: Resolved, year: number): number {
  const saved = atom.year;
  atom.year = year;
  try {
    return atomInterval(atom as Dated).start;
  } finally {
    // Restored as it was, absent included (a plain assignment, not delete, keeps the object's shape).
    (atom as { year?: number | undefined }).year = saved;
  }
}

function regroup(ranges: { from: Resolved; to?: Resolved }[], dated: Dated[]): [Dated, Dated | undefined][] {
  let next = 0;
  return ranges.map((range) => {
    const from = dated[next++] as Dated;
    const to = range.to === undefined ? undefined : (dated[next++] as Dated);
    return [from, to];
  });
}

/** The inclusive interval of one atom, as day numbers; impossible dates fail here. */
function atomInterval(atom: Dated): { start: number; end: number } {
  // Date.UTC reads years 0-99 as 1900-1999 ("8. maj 0017" would be 1917): refused, never moved.
  if (atom.year < 1000 || atom.year > 9999) throw new Failure("impossible-date");
  switch (atom.type) {
    case "day": {
      const month = atom.month ?? 0;
      if (month < 1 || month > 12 || atom.day < 1 || atom.day > daysInMonth(atom.year, month)) {
        throw new Failure("impossible-date");
      }
      const day = dayNumber(atom.year, month, atom.day);
      return { start: day, end: day };
    }
    case "month": {
      const last = daysInMonth(atom.year, atom.month);
      const [from, to] =
        atom.part === "primo"
          ? [1, 10]
          : atom.part === "medio"
            ? [11, 20]
            : atom.part === "ultimo"
              ? [21, last]
              : [1, last];
      return { start: dayNumber(atom.year, atom.month, from), end: dayNumber(atom.year, atom.month, to) };
    }
    case "season": {
      const first = seasonStartMonth[atom.season];
      const start = dayNumber(atom.year, first, 1);
      // Three months on; Date.UTC rolls month 13+ into the next year, and day 0 is the month before's last.
      return { start, end: dayNumber(atom.year, first + 3, 0) };
    }
    case "quarter": {
      if (atom.quarter < 1 || atom.quarter > 4) throw new Failure("impossible-date");
      const first = (atom.quarter - 1) * 3 + 1;
      return { start: dayNumber(atom.year, first, 1), end: dayNumber(atom.year, first + 3, 0) };
    }
    case "half": {
      if (atom.half < 1 || atom.half > 2) throw new Failure("impossible-date");
      const first = atom.half === 1 ? 1 : 7;
      return { start: dayNumber(atom.year, first, 1), end: dayNumber(atom.year, first + 6, 0) };
    }
    case "week": {
      const interval = isoWeekInterval(atom.year, atom.week);
      if (interval === null) throw new Failure("impossible-date");
      return interval;
    }
    case "year": {
      // A part of a year is a third of it, as a part of a month is: primo January-April.
      const first = atom.part === "medio" ? 5 : atom.part === "ultimo" ? 9 : 1;
      const months = atom.part === undefined ? 12 : 4;
      return { start: dayNumber(atom.year, first, 1), end: dayNumber(atom.year, first + months, 0) };
    }
    default:
      return atom satisfies never;
  }
}
