import { dayNumber, daysInMonth, isoWeekInterval, toIsoDate } from "./calendar";
import { parseRelativeExpression } from "./relativeExpressions";
import { type DateToken, normalizeDateText, tokenizeDateText } from "./tokenize";
import type {
  DanishDateResult,
  DateFailureReason,
  DateInterval,
  DateKind,
  DatePrecision,
  ParseDanishDateOptions,
  RoundCalendarEntry,
} from "./types";
import { datePrecisions } from "./types";
import {
  approximateWords,
  eitherOrWords,
  fillerWords,
  type MonthPart,
  monthByWord,
  monthPartByWord,
  ongoingWords,
  rangeWords,
  type Season,
  seasonByWord,
  seasonStartMonth,
} from "./vocabulary";

/** Longer text is a description, not a date cell; refusing it early keeps parsing linear. */
const maxDateTextLength = 120;
/** Text this long is refused before it is even normalised, whatever white space it holds. */
const maxRawDateTextLength = 2_000;

type Atom =
  | { type: "day"; day: number; month?: number; year?: number }
  | { type: "month"; month: number; part?: MonthPart; year?: number }
  | { type: "season"; season: Season; year?: number }
  | { type: "quarter"; quarter: number; year?: number }
  | { type: "half"; half: number; year?: number }
  | { type: "week"; week: number; year?: number }
  | { type: "year"; year: number }
  | { type: "bare"; value: number };

interface Range {
  from: Atom;
  to?: Atom;
}

interface Expression {
  alternatives: Range[];
  approximate: boolean;
}

/**
 * Thrown inside the parser and caught in `parseDanishDate`: not an Error, so throwing one captures
 * no stack (refusing text is the parser's everyday work, not a bug).
 */
class Failure {
  constructor(readonly reason: DateFailureReason) {}
}

/**
 * Parses a Danish date expression as authors write it in plans and follow-ups, into the
 * inclusive interval a Danish reader would give it. Never throws and never guesses: text it does
 * not understand comes back with `ok: false` and a reason.
 *
 * @example
 * parseDanishDate("Primo marts", { year: 2017 });
 * // { ok: true, kind: "part-of-month", start: "2017-03-01", end: "2017-03-10", approximate: true, ... }
 * parseDanishDate("30. februar 2018"); // { ok: false, reason: "impossible-date", ... }
 */
export function parseDanishDate(text: string, options: ParseDanishDateOptions = {}): DanishDateResult {
  const fail = (reason: DateFailureReason): DanishDateResult => ({ ok: false, text, reason });
  if (typeof text !== "string") return fail("not-a-date");
  if (text.length > maxRawDateTextLength) return fail(text.trim() === "" ? "empty" : "too-long");
  const normalized = normalizeDateText(text);
  if (normalized === "") return fail("empty");
  if (normalized.length > maxDateTextLength) return fail("too-long");

  if (ongoingWords.has(normalized)) {
    return {
      ok: true,
      text,
      kind: "ongoing",
      start: null,
      end: null,
      precision: "ongoing",
      approximate: false,
      eitherOr: false,
      ongoing: true,
      yearInferred: false,
    };
  }

  const relative = parseRelativeExpression(normalized, text, options);
  if (relative !== null) return relative;

  const round = resolveRoundReference(normalized, options);
  if (round === "unknown") return fail("unknown-round");
  if (round !== null) {
    return {
      ok: true,
      text,
      kind: "round-reference",
      start: round.cutOff,
      end: round.cutOff,
      precision: "day",
      approximate: false,
      eitherOr: false,
      ongoing: false,
      yearInferred: false,
      roundId: round.id,
    };
  }

  const tokens = tokenizeDateText(normalized);
  if (tokens === null) return fail("not-a-date");
  try {
    const expression = new ExpressionParser(tokens).parse();
    return interpret(text, expression, options.year);
  } catch (error) {
    if (error instanceof Failure) return fail(error.reason);
    // An unexpected error is a bug, but a parser of user text must still not throw.
    return fail("not-a-date");
  }
}

const roundPattern = /^(\d)\. ?(?:budgetopfølgning|budgetopf\.?|opfølgning)(?: (?:pr\.? [\d.]+ )?(\d{4}))?$/;

function resolveRoundReference(
  normalized: string,
  options: ParseDanishDateOptions,
): RoundCalendarEntry | "unknown" | null {
  const rounds = options.rounds ?? [];
  const exact = rounds.find((round) => normalizeDateText(round.label) === normalized);
  if (exact) return exact;
  const wanted = roundPattern.exec(normalized);
  if (!wanted) return null;
  const year = wanted[2] === undefined ? options.year : Number(wanted[2]);
  const found = rounds.find((round) => {
    const label = roundPattern.exec(normalizeDateText(round.label));
    if (!label || label[1] !== wanted[1]) return false;
    const labelYear = label[2] === undefined ? undefined : Number(label[2]);
    return year === undefined || labelYear === undefined || labelYear === year;
  });
  return found ?? "unknown";
}

/** Recursive descent over the tokens: alternatives of ranges of atoms. */
class ExpressionParser {
  private position = 0;
  private approximate = false;

  constructor(private readonly tokens: readonly DateToken[]) {}

  parse(): Expression {
    const alternatives = [this.range()];
    while (this.peekOr()) {
      this.position += 1;
      alternatives.push(this.range());
    }
    if (this.position < this.tokens.length) throw new Failure("not-a-date");
    return { alternatives, approximate: this.approximate };
  }

  private peek(offset = 0): DateToken | undefined {
    return this.tokens[this.position + offset];
  }

  private peekOr(): boolean {
    const token = this.peek();
    return token?.type === "or" || (token?.type === "word" && eitherOrWords.has(token.value));
  }

  private range(): Range {
    const from = this.atom();
    const token = this.peek();
    if (token?.type === "to" || (token?.type === "word" && rangeWords.has(token.value))) {
      this.position += 1;
      return { from, to: this.atom() };
    }
    return { from };
  }

  private skipFillers(): void {
    for (let token = this.peek(); token?.type === "word"; token = this.peek()) {
      if (approximateWords.has(token.value)) this.approximate = true;
      else if (!fillerWords.has(token.value)) return;
      this.position += 1;
    }
  }

  private word(): string | undefined {
    const token = this.peek();
    return token?.type === "word" ? token.value : undefined;
  }

  /** A four-digit year after an atom ("maj 2018", "uge 41, 2018"). */
  private optionalYear(): number | undefined {
    const afterComma = this.peek()?.type === "comma" ? 1 : 0;
    const token = this.peek(afterComma);
    if (token?.type === "number" && token.digits === 4 && !token.dot) {
      this.position += afterComma + 1;
      return token.value;
    }
    return undefined;
  }

  private withYear<T extends Atom>(atom: T): T {
    const year = this.optionalYear();
    return year === undefined ? atom : { ...atom, year };
  }

  private atom(): Atom {
    this.skipFillers();
    const token = this.peek();
    if (token === undefined) throw new Failure("not-a-date");
    this.position += 1;
    switch (token.type) {
      case "numeric-date": {
        const { day, month, year } = token;
        if (year !== undefined) return { type: "day", day, month, year };
        return this.withYear({ type: "day", day, month });
      }
      case "number":
        return this.numberAtom(token);
      case "word":
        return this.wordAtom(token.value);
      case "to":
      case "or":
      case "comma":
        throw new Failure("not-a-date");
      default:
        return token satisfies never;
    }
  }

  private numberAtom(token: Extract<DateToken, { type: "number" }>): Atom {
    if (token.digits === 4 && !token.dot) return { type: "year", year: token.value };
    if (token.digits > 2) throw new Failure("not-a-date");
    const next = this.word();
    if (next !== undefined) {
      const month = monthByWord.get(next);
      if (month !== undefined) {
        this.position += 1;
        return this.withYear({ type: "day", day: token.value, month });
      }
      if (next === "kvartal" || next === "kvt") {
        this.position += 1;
        return this.withYear({ type: "quarter", quarter: token.value });
      }
      if (next === "halvår" || next === "halvårs") {
        this.position += 1;
        return this.withYear({ type: "half", half: token.value });
      }
    }
    return { type: "bare", value: token.value };
  }

  private wordAtom(word: string): Atom {
    const month = monthByWord.get(word);
    if (month !== undefined) return this.withYear({ type: "month", month });

    const part = monthPartByWord.get(word);
    if (part !== undefined) {
      // "midt i marts", "slutningen af april"
      while (this.word() === "i" || this.word() === "af") this.position += 1;
      const partMonth = monthByWord.get(this.word() ?? "");
      if (partMonth === undefined) throw new Failure("not-a-date");
      this.position += 1;
      return this.withYear({ type: "month", month: partMonth, part });
    }

    const season = seasonByWord.get(word);
    if (season !== undefined) return this.withYear({ type: "season", season });

    if (word === "uge") {
      const week = this.peek();
      if (week?.type !== "number" || week.digits > 2) throw new Failure("not-a-date");
      this.position += 1;
      return this.withYear({ type: "week", week: week.value });
    }
    const quarter = /^(?:q|k)(\d)$/.exec(word);
    if (quarter) return this.withYear({ type: "quarter", quarter: Number(quarter[1]) });
    const half = /^h(\d)$/.exec(word);
    if (half) return this.withYear({ type: "half", half: Number(half[1]) });
    throw new Failure("not-a-date");
  }
}

type Resolved = Exclude<Atom, { type: "bare" }>;
type Dated = Resolved & { year: number };

function interpret(text: string, expression: Expression, documentYear: number | undefined): DanishDateResult {
  const ranges = expression.alternatives.map(resolveBareNumbers);
  const atoms = ranges.flatMap((range) => (range.to ? [range.from, range.to] : [range.from]));
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
    dated.some((atom) => atom.type === "season" || (atom.type === "month" && atom.part !== undefined));

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

/** "23.-24. februar": a bare "23." takes its kind from the other end of its range. */
function resolveBareNumbers(range: Range): { from: Resolved; to?: Resolved } {
  const { from, to } = range;
  const adopt = (bare: Atom, model: Atom | undefined): Resolved => {
    if (bare.type !== "bare") return bare;
    switch (model?.type) {
      case "day":
        return { type: "day", day: bare.value };
      case "quarter":
        return { type: "quarter", quarter: bare.value };
      case "half":
        return { type: "half", half: bare.value };
      case "week":
        return { type: "week", week: bare.value };
      default:
        throw new Failure("not-a-date");
    }
  };
  if (to === undefined) return { from: adopt(from, undefined) };
  return { from: adopt(from, to), to: adopt(to, from) };
}

/** A day without a month takes the month written after it, or failing that, before it. */
function inheritMonths(atoms: Resolved[]): void {
  atoms.forEach((atom, index) => {
    if (atom.type !== "day" || atom.month !== undefined) return;
    const withMonth = (candidate: Resolved | undefined) =>
      candidate?.type === "day" || candidate?.type === "month" ? candidate.month : undefined;
    const after = atoms.slice(index + 1).find((candidate) => withMonth(candidate) !== undefined);
    const before = atoms
      .slice(0, index)
      .reverse()
      .find((candidate) => withMonth(candidate) !== undefined);
    const month = withMonth(after) ?? withMonth(before);
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
    case "year":
      if (atom.year < 1000 || atom.year > 9999) throw new Failure("impossible-date");
      return { start: dayNumber(atom.year, 1, 1), end: dayNumber(atom.year, 12, 31) };
    default:
      return atom satisfies never;
  }
}

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
      return "year";
    default:
      return atom satisfies never;
  }
}

const monthLike: ReadonlySet<DateKind> = new Set(["month", "part-of-month", "month-range"]);
const dayLike: ReadonlySet<DateKind> = new Set(["day", "day-range"]);

function rangeKind(
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

function combinedKind(kinds: DateKind[], eitherOr: boolean): DateKind {
  const [first] = kinds as [DateKind];
  if (!eitherOr) return first;
  if (kinds.every((kind) => dayLike.has(kind))) return "day-range";
  if (kinds.every((kind) => monthLike.has(kind))) return "month-range";
  if (kinds.every((kind) => kind === first)) return first;
  throw new Failure("unsupported-range");
}

function atomPrecision(atom: Dated): DatePrecision {
  // Every kind of a single atom is also the name of its precision.
  return atomKind(atom) as DatePrecision;
}

const precisionRank: ReadonlyMap<DatePrecision, number> = new Map(
  datePrecisions.map((precision, rank) => [precision, rank]),
);

function coarsestPrecision(atoms: Dated[]): DatePrecision {
  let coarsest = atomPrecision(atoms[0] as Dated);
  for (const atom of atoms) {
    const precision = atomPrecision(atom);
    if ((precisionRank.get(precision) ?? 0) > (precisionRank.get(coarsest) ?? 0)) coarsest = precision;
  }
  return coarsest;
}
