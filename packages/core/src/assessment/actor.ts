import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic";
import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import type { HistoryEvent } from "./history.schema";

// What every operation shares: who does it and when, checked the way the history's schema reads
// it, and what it returns.

/** Who does something, and when (ISO 8601 with offset). Core never reads the clock. */
export interface Actor {
  by: string;
  at: string;
}

/** What every operation returns: the new document (the same object when refused), why, and what it recorded. */
export interface OperationResult {
  document: BudgetFollowUp;
  diagnostics: Diagnostic[];
  /** The history entry the operation appended, or `null` when it was refused or changed nothing. */
  event: HistoryEvent | null;
}

const timestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Whether a text is a timestamp the history accepts: ISO 8601 with seconds and an offset, on a day
 * that exists, exactly as the schema's `timestampSchema` (zod's `iso.datetime`) reads it, so an
 * operation never writes what the schema would refuse.
 *
 * @example
 * isTimestamp("2017-10-27T09:30:00Z"); // true
 * isTimestamp("2017-02-30T09:30:00Z"); // false
 */
export function isTimestamp(text: string): boolean {
  const match = timestampPattern.exec(text);
  return match !== null && dayExists(match);
}

function dayExists(match: RegExpExecArray): boolean {
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a text is a day that exists, written `YYYY-MM-DD`. */
export const isIsoDay = (text: string | undefined): boolean => {
  const match = text === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && dayExists(match);
};

/**
 * The actor's own errors: a name, and a timestamp the history accepts; and a warning when that
 * time is before the latest event of `history`.
 *
 * @example
 * checkActor({ by: "", at: "2017-10-27T12:00:00Z" })[0]?.code; // "assessment.invalid-entry"
 */
export function checkActor(actor: Actor, history: readonly HistoryEvent[] = []): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (actor.by.trim() === "")
    found.push(diagnostic("error", "assessment.invalid-entry", [], { field: "by" }));
  if (!isTimestamp(actor.at)) {
    found.push(diagnostic("error", "assessment.invalid-entry", [], { field: "at" }));
    return found;
  }
  // A backdated entry (a decision recorded after the meeting) is the actor's to make; the history
  // keeps the order things were recorded in, and says when that is no longer the order in time.
  const latest = history[history.length - 1]?.at;
  if (latest !== undefined && Date.parse(actor.at) < Date.parse(latest))
    found.push(
      diagnostic("warning", "assessment.time-before-history", ["history"], { at: actor.at, latest }),
    );
  return found;
}
