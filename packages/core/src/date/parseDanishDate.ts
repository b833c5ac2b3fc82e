import { Failure } from "./dateAtoms";
import { ExpressionParser } from "./dateExpressionParser";
import { interpret } from "./interpretDateExpression";
import { parseRelativeExpression } from "./relativeExpressions";
import { roundCutOffDate } from "./roundCutOffDate";
import { normalizeDateText, tokenizeDateText } from "./tokenize";
import type {
  DanishDateResult,
  DateFailureReason,
  ParseDanishDateOptions,
  RoundCalendarEntry,
} from "./types";
import { ongoingWords } from "./vocabulary";

/** Longer text is a description, not a date cell; refusing it early keeps parsing linear. */
const maxDateTextLength = 120;
/** Text this long is refused before it is even normalised, whatever white space it holds. */
const maxRawDateTextLength = 2_000;

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

  const moved = parseMovedDate(normalized, text, options);
  if (moved !== null) return moved;

  const relative = parseRelativeExpression(normalized, text, options);
  if (relative !== null) return relative;

  const round = resolveRoundReference(normalized, options);
  if (round === "unknown") return fail("unknown-round");
  if (round !== null) return { ok: true, ...roundCutOffDate(round, text) };

  // "4. april 2017 kl. 16.30-18.00", "8.-10. maj kl. 9-15": the time of day is the text's to keep;
  // the date is the day or days.
  const time = timeOfDay.exec(normalized);
  const dated = (time === null ? normalized : normalized.slice(0, time.index)).replace(
    deadlineLabel,
    "senest ",
  );
  const tokens = tokenizeDateText(dated);
  if (tokens === null) return fail("not-a-date");
  try {
    const expression = new ExpressionParser(tokens, options.year).parse();
    const read = interpret(text, expression, options.year);
    const notDays = read.ok && read.kind !== "day" && read.kind !== "day-range";
    return time !== null && notDays ? fail("not-a-date") : read;
  } catch (error) {
    if (error instanceof Failure) return fail(error.reason);
    // An unexpected error is a bug, but a parser of user text must still not throw.
    return fail("not-a-date");
  }
}

/** "Frist: 1. maj", "Frist d. 1. maj", "Deadline: uge 20": the deadline that follows, read as "senest". */
const deadlineLabel = /^(?:frist|deadline)\b ?:? ?(?:senest )?/;

/** A time of day or a span of hours after a day: "kl. 10", ", kl. 16.30-18.00", "kl 9 - 12". */
const timeOfDay = /,? kl\.? ?\d{1,2}(?:[.:]\d{2})?(?: ?- ?\d{1,2}(?:[.:]\d{2})?)?$/;

/** "maj (udskudt til juni)", "udsat til efteråret": a date and the date the activity moved to. */
const movedPattern = /^(?:(.*?) ?\()?(udskudt|udsat|flyttet|rykket) til ([^()]+)(\)?)$/;

/**
 * An activity moved to another date takes place on the date it moved to: that date is read, the
 * text keeps both. The first date must be one. A postponement's new date without a year comes
 * after it ("december (udskudt til januar)" is the next January); a move ("flyttet", "rykket") may
 * go either way and lands in the year nearest the old date ("maj (flyttet til april)" is the same
 * April, "december (rykket til januar)" the next January). `null` when the text names no move.
 */
function parseMovedDate(
  normalized: string,
  text: string,
  options: ParseDanishDateOptions,
): DanishDateResult | null {
  const move = movedPattern.exec(normalized);
  // A parenthesis opened must be closed, and one closed must have been opened.
  if (move === null || (move[1] === undefined) !== (move[4] === "")) return null;
  const before = move[1] === undefined ? undefined : parseDanishDate(move[1], options);
  if (before?.ok === false) return { ok: false, text, reason: before.reason };
  const year = before?.start ? Number(before.start.slice(0, 4)) : options.year;
  const read = (inYear: number | undefined) =>
    parseDanishDate(move[3] as string, { ...options, year: inYear });
  let after = read(year);
  if (after.ok && after.yearInferred && year !== undefined && (after.start ?? "") < (before?.start ?? "")) {
    const later = read(year + 1);
    const from = Date.parse(before?.start ?? "");
    const distance = (date: DanishDateResult) => Math.abs(Date.parse((date.ok && date.start) || "") - from);
    const eitherWay = move[2] === "flyttet" || move[2] === "rykket";
    if (!eitherWay || distance(later) < distance(after)) after = later;
  }
  if (!after.ok) return { ok: false, text, reason: after.reason };
  return { ...after, text, yearInferred: after.yearInferred && (before?.yearInferred ?? true) };
}

const roundPattern = /^(\d)\. ?(?:budgetopfølgning|budgetopf\.?|opfølgning)(?: (?:pr\.? [\d.]+ )?(\d{4}))?$/;

/** A round label as a reference to it reads: normalised, its number and its year. */
type RoundLabel = { normalized: string; ordinal: string | undefined; year: number | undefined };
/**
 * The round labels read so far: every parse compares with each round of the calendar, and a
 * calendar has a handful of labels, the same for every date cell of a document. Kept by label text
 * (not by round object, which may change), and dropped whole when it grows past a few calendars.
 */
const roundLabels = new Map<string, RoundLabel>();

function roundLabel(label: string): RoundLabel {
  let read = roundLabels.get(label);
  if (read === undefined) {
    const normalized = normalizeDateText(label);
    const match = roundPattern.exec(normalized);
    read = {
      normalized,
      ordinal: match?.[1],
      year: match?.[2] === undefined ? undefined : Number(match[2]),
    };
    if (roundLabels.size >= 256) roundLabels.clear();
    roundLabels.set(label, read);
  }
  return read;
}

function resolveRoundReference(
  normalized: string,
  options: ParseDanishDateOptions,
): RoundCalendarEntry | "unknown" | null {
  const rounds = options.rounds ?? [];
  const exact = rounds.find((round) => roundLabel(round.label).normalized === normalized);
  if (exact) return exact;
  const wanted = roundPattern.exec(normalized);
  if (!wanted) return null;
  const year = wanted[2] === undefined ? options.year : Number(wanted[2]);
  const found = rounds.find((round) => {
    const label = roundLabel(round.label);
    if (label.ordinal === undefined || label.ordinal !== wanted[1]) return false;
    return year === undefined || label.year === undefined || label.year === year;
  });
  return found ?? "unknown";
}
