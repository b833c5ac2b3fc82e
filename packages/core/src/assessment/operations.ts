import { type Diagnostic, type DiagnosticPath, diagnostic, hasErrors } from "../diagnostics/diagnostic";
import type { BudgetFollowUp, Initiative, Round } from "../model/budgetFollowUp.schema";
import { latestAssessedRound, milestoneStatusAt, reportingRound } from "../rules/assessment";
import { type Status, statusSeverity } from "../status/status";
import type {
  AssessedEvent,
  AssessmentTarget,
  HistoryEvent,
  RoundPublishedEvent,
  RoundReopenedEvent,
  RoundStartedEvent,
} from "./history.schema";
import { levelsFor, resolveReadingGuide } from "./readingGuide";

/** Who does something, and when (ISO 8601 with offset). Core never reads the clock. */
export interface Actor {
  by: string;
  at: string;
}

/** One status to set: a milestone (0-based position in the initiative) or the economy line. */
export interface AssessmentInput extends Actor {
  initiativeId: string;
  milestone: AssessmentTarget;
  status: Status;
  /** The status note after the change; left out (or `undefined`), the current note stays; "" removes it. */
  note?: string | undefined;
}

/** What every operation returns: the new document (the same object when refused), why, and what it recorded. */
export interface OperationResult {
  document: BudgetFollowUp;
  diagnostics: Diagnostic[];
  /** The history entry the operation appended, or `null` when it was refused or changed nothing. */
  event: HistoryEvent | null;
}

/** An operation as data, so a host application can log, send, replay or undo it. */
export type AssessmentOperation =
  | ({ type: "start-round"; round: string | Round } & Actor)
  | ({ type: "assess" } & AssessmentInput)
  | ({ type: "publish-round"; round: string } & Actor)
  | ({ type: "reopen-round"; round: string; reason: string } & Actor);

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

const isIsoDay = (text: string | undefined): boolean => {
  const match = text === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && dayExists(match);
};

// The round kinds of the model, repeated here so that the operations load without zod.
const kinds: readonly string[] = ["follow-up", "half-year", "year-end"];

function checkActor(actor: Actor): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (actor.by.trim() === "")
    found.push(diagnostic("error", "assessment.invalid-entry", [], { field: "by" }));
  if (!isTimestamp(actor.at))
    found.push(diagnostic("error", "assessment.invalid-entry", [], { field: "at" }));
  return found;
}

interface Located {
  initiative: Initiative;
  path: DiagnosticPath;
}

function locate(document: BudgetFollowUp, initiativeId: string): Located | null {
  for (const [sectionIndex, section] of document.sections.entries()) {
    for (const [index, initiative] of section.initiatives.entries()) {
      if (initiative.id === initiativeId)
        return { initiative, path: ["sections", sectionIndex, "initiatives", index] };
    }
  }
  return null;
}

function roundIndex(document: BudgetFollowUp, roundId: string): number {
  return document.rounds.findIndex((round) => round.id === roundId);
}

/**
 * The round open for assessment, or `null`.
 *
 * @example
 * openRound(startRound(followUp, "2017-year-end", actor).document)?.id; // "2017-year-end"
 */
export function openRound(document: BudgetFollowUp): Round | null {
  return document.rounds.find((round) => round.state === "open") ?? null;
}

/**
 * The note an assessment keeps when it gives none: a milestone's own, or the economy line's only
 * when it was written in the open round (a note from an earlier round explains that round).
 */
function keptNote(
  document: BudgetFollowUp,
  initiative: Initiative,
  target: AssessmentTarget,
): string | undefined {
  if (target !== "economy") return initiative.milestones[target]?.statusNote;
  const economy = initiative.economy;
  const open = openRound(document);
  return economy !== undefined && open !== null && (economy.round ?? reportingRound(document)) === open.id
    ? economy.statusNote
    : undefined;
}

const noteOf = (note: string | undefined): string | undefined =>
  note === undefined || note.trim() === "" ? undefined : note;

/**
 * The reading guide's verdict on an assessment before it is made: errors (refused) and warnings
 * (allowed), each with the path of the status it is about, so a form can show the message next to
 * the field (`aria-describedby`) while the user is still choosing.
 *
 * @example
 * validateAssessment(followUp, { initiativeId: "5.01", milestone: "economy", status: "yellow", by: "ab", at: "2017-12-01T10:00:00Z" })
 *   .map((d) => d.code); // ["assessment.level-not-on-scale"]
 */
export function validateAssessment(document: BudgetFollowUp, input: AssessmentInput): Diagnostic[] {
  const found = checkActor(input);
  const located = locate(document, input.initiativeId);
  if (located === null) {
    return [
      ...found,
      diagnostic("error", "assessment.unknown-initiative", [], { initiative: input.initiativeId }),
    ];
  }
  const { initiative } = located;
  const guide = resolveReadingGuide(document);
  const open = openRound(document);
  let path: DiagnosticPath;
  let current: { status: Status; statusNote?: string | undefined };
  if (input.milestone === "economy") {
    path = [...located.path, "economy", "status"];
    if (initiative.economy === undefined) {
      return [
        ...found,
        diagnostic("error", "assessment.no-economy-line", path, { initiative: initiative.id }),
      ];
    }
    current = { status: initiative.economy.status, statusNote: keptNote(document, initiative, "economy") };
    if (open === null) found.push(diagnostic("error", "assessment.no-open-round", path));
  } else {
    const milestone = initiative.milestones[input.milestone];
    path = [...located.path, "milestones", input.milestone, "status"];
    if (milestone === undefined) {
      return [
        ...found,
        diagnostic("error", "assessment.unknown-milestone", [], {
          initiative: initiative.id,
          milestone: input.milestone + 1,
        }),
      ];
    }
    current = milestone;
    const index = roundIndex(document, milestone.round);
    const round = document.rounds[index];
    if (round === undefined) {
      found.push(diagnostic("error", "rules.unknown-round", path, { round: milestone.round }));
    } else if (round.state === "published") {
      found.push(diagnostic("error", "assessment.round-published", path, { round: round.label }));
    } else if (open === null) {
      found.push(diagnostic("error", "assessment.no-open-round", path));
    } else {
      const openIndex = roundIndex(document, open.id);
      if (index < openIndex) {
        found.push(diagnostic("error", "assessment.round-published", path, { round: round.label }));
      } else if (index > openIndex && guide.earlyAssessment !== "allowed") {
        found.push(
          diagnostic(guide.earlyAssessment, "assessment.early", path, {
            round: round.label,
            openRound: open.label,
          }),
        );
      }
    }
  }
  const scale = input.milestone === "economy" ? "economy" : "milestone";
  const levels = levelsFor(guide, scale);
  if (input.status !== "not-assessed" && !levels.includes(input.status)) {
    found.push(
      diagnostic("error", "assessment.level-not-on-scale", path, {
        status: input.status,
        scale,
        levels: levels.join(", "),
      }),
    );
    return found;
  }
  const note = noteOf(input.note === undefined ? current.statusNote : input.note);
  if (input.status !== "not-assessed" && guide.noteRequiredFor.includes(input.status) && note === undefined) {
    found.push(diagnostic("error", "assessment.note-required", path, { status: input.status }));
  }
  // A milestone not yet assessed is compared with the initiative's milestone at the last earlier
  // assessed round: red at round 3 and green at round 4 is the turnaround that needs explaining.
  let before = current.status;
  if (before === "not-assessed" && input.milestone !== "economy") {
    const due = initiative.milestones[input.milestone]?.round;
    const index = document.rounds.findIndex((round) => round.id === due);
    const previous =
      index > 0 ? latestAssessedRound(initiative, document.rounds, document.rounds[index - 1]?.id) : null;
    if (previous !== null) before = milestoneStatusAt(initiative, previous);
  }
  const jump = statusSeverity(before) - statusSeverity(input.status);
  if (
    guide.noteRequiredForJump > 0 &&
    before !== "not-assessed" &&
    input.status !== "not-assessed" &&
    jump >= guide.noteRequiredForJump &&
    (noteOf(input.note) === undefined || input.note === current.statusNote)
  ) {
    found.push(
      diagnostic("error", "assessment.note-required-for-jump", path, {
        from: before,
        to: input.status,
      }),
    );
  }
  return found;
}

/**
 * Sets a milestone's or the economy line's status in the open round, with its note, after the
 * reading guide's checks. Refused (same document back, errors in the diagnostics) when a rule says
 * no; every change is appended to `history` with who, when, from and to.
 *
 * @example
 * const { document, diagnostics } = assess(followUp, {
 *   initiativeId: "5.01", milestone: 0, status: "red", note: "Forsinket", by: "Anne", at: "2017-12-01T10:00:00Z",
 * });
 */
export function assess(document: BudgetFollowUp, input: AssessmentInput): OperationResult {
  const diagnostics = validateAssessment(document, input);
  if (hasErrors(diagnostics)) return { document, diagnostics, event: null };
  const initiative = locate(document, input.initiativeId)?.initiative as Initiative;
  const target = input.milestone === "economy" ? initiative.economy : initiative.milestones[input.milestone];
  if (target === undefined) return { document, diagnostics, event: null };
  const open = openRound(document) as Round;
  const note = noteOf(
    input.note === undefined ? keptNote(document, initiative, input.milestone) : input.note,
  );
  const sameRound = input.milestone !== "economy" || initiative.economy?.round === open.id;
  if (target.status === input.status && target.statusNote === note && sameRound)
    return { document, diagnostics, event: null };
  const round =
    input.milestone === "economy" ? open.id : (initiative.milestones[input.milestone]?.round as string);
  const event: AssessedEvent = {
    type: "assessed",
    round,
    initiativeId: initiative.id,
    target: input.milestone,
    from: target.status,
    to: input.status,
    ...(target.statusNote === undefined ? {} : { fromNote: target.statusNote }),
    ...(note === undefined ? {} : { note }),
    ...(input.milestone === "economy" && initiative.economy?.round !== undefined
      ? { fromRound: initiative.economy.round }
      : {}),
    by: input.by,
    at: input.at,
  };
  return { document: applyEvent(document, event), diagnostics, event };
}

/**
 * Opens a round for assessment: an existing round by id, or a new one (inserted by its cut-off).
 * Earlier rounds never opened in milepael are frozen with it (said in an info diagnostic); a round
 * still open must be published first.
 *
 * @example
 * startRound(followUp, { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
 *   { by: "Økonomi", at: "2017-12-01T08:00:00Z" }).document.currentRound; // "2017-4"
 */
export function startRound(document: BudgetFollowUp, round: string | Round, actor: Actor): OperationResult {
  const diagnostics = checkActor(actor);
  const id = typeof round === "string" ? round : round.id;
  const existing = document.rounds.find((candidate) => candidate.id === id);
  let added: RoundStartedEvent["added"];
  if (existing === undefined) {
    if (typeof round === "string") {
      diagnostics.push(diagnostic("error", "rules.unknown-round", ["rounds"], { round }));
    } else if (
      id.trim() === "" ||
      round.label.trim() === "" ||
      !kinds.includes(round.kind) ||
      !isIsoDay(round.cutOff) ||
      (round.meetingDate !== undefined && !isIsoDay(round.meetingDate))
    ) {
      diagnostics.push(diagnostic("error", "assessment.invalid-entry", ["rounds"], { field: "round" }));
    } else {
      // Only the round's own fields: a caller's extra keys would make the document invalid.
      added = {
        id,
        label: round.label,
        kind: round.kind,
        cutOff: round.cutOff,
        ...(round.meetingDate === undefined ? {} : { meetingDate: round.meetingDate }),
      };
    }
  } else if (existing.state !== undefined) {
    diagnostics.push(
      diagnostic(
        "error",
        `assessment.round-already-${existing.state}`,
        ["rounds", roundIndex(document, id)],
        {
          round: existing.label,
        },
      ),
    );
  }
  const open = openRound(document);
  if (open !== null && open.id !== id) {
    diagnostics.push(
      diagnostic("error", "assessment.another-round-open", ["rounds", roundIndex(document, open.id)], {
        round: open.label,
      }),
    );
  }
  if (hasErrors(diagnostics)) return { document, diagnostics, event: null };
  const cutOff = (existing ?? (added as Round)).cutOff;
  const closed = document.rounds
    .filter((candidate, index) =>
      existing === undefined ? candidate.cutOff <= cutOff : index < roundIndex(document, id),
    )
    .filter((candidate) => candidate.state === undefined);
  if (closed.length > 0) {
    diagnostics.push(
      diagnostic("info", "assessment.earlier-rounds-closed", [], {
        rounds: closed.map((candidate) => candidate.label).join(", "),
      }),
    );
  }
  const event: RoundStartedEvent = {
    type: "round-started",
    round: id,
    ...(added === undefined ? {} : { added }),
    closed: closed.map((candidate) => candidate.id),
    by: actor.by,
    at: actor.at,
  };
  return { document: applyEvent(document, event), diagnostics, event };
}

/**
 * The milestones due at a round that have no assessment, as `initiative id` and 0-based milestone.
 *
 * @example
 * notAssessedAt(followUp, "2017-3"); // [{ initiativeId: "5.02", milestone: 1 }]
 */
export function notAssessedAt(
  document: BudgetFollowUp,
  roundId: string,
): { initiativeId: string; milestone: number }[] {
  return document.sections.flatMap((section) =>
    section.initiatives.flatMap((initiative) =>
      initiative.milestones.flatMap((milestone, index) =>
        milestone.round === roundId && milestone.status === "not-assessed"
          ? [{ initiativeId: initiative.id, milestone: index }]
          : [],
      ),
    ),
  );
}

/**
 * Publishes the open round and freezes it: its milestones can no longer be assessed. Milestones
 * left unassessed are listed in a warning (or refused, if the document's guide says so).
 *
 * @example
 * publishRound(followUp, "2017-4", { by: "Økonomi", at: "2017-12-15T12:00:00Z" }).diagnostics;
 * // [{ code: "assessment.not-assessed-at-publish", params: { count: 2, … } }]
 */
export function publishRound(document: BudgetFollowUp, roundId: string, actor: Actor): OperationResult {
  const diagnostics = checkActor(actor);
  const index = roundIndex(document, roundId);
  const round = document.rounds[index];
  if (round === undefined) {
    return {
      document,
      diagnostics: [
        ...diagnostics,
        diagnostic("error", "rules.unknown-round", ["rounds"], { round: roundId }),
      ],
      event: null,
    };
  }
  if (round.state !== "open") {
    diagnostics.push(
      diagnostic("error", "assessment.round-not-open", ["rounds", index], { round: round.label }),
    );
  }
  const missing = notAssessedAt(document, roundId);
  if (missing.length > 0) {
    const guide = resolveReadingGuide(document);
    diagnostics.push(
      diagnostic(guide.notAssessedAtPublish, "assessment.not-assessed-at-publish", ["rounds", index], {
        round: round.label,
        count: missing.length,
        milestones: missing.map((entry) => `${entry.initiativeId} (${entry.milestone + 1})`).join(", "),
      }),
    );
  }
  if (hasErrors(diagnostics)) return { document, diagnostics, event: null };
  const event: RoundPublishedEvent = {
    type: "round-published",
    round: roundId,
    notAssessed: missing.length,
    by: actor.by,
    at: actor.at,
  };
  return { document: applyEvent(document, event), diagnostics, event };
}

/**
 * Opens the latest published round again, with a reason that stays in the history. Only the
 * latest: earlier rounds stay frozen, so what was reported cannot be rewritten after the fact.
 *
 * @example
 * reopenRound(followUp, "2017-3", { reason: "Forkert status på 5.01", by: "Økonomi", at: "2017-10-30T09:00:00Z" });
 */
export function reopenRound(
  document: BudgetFollowUp,
  roundId: string,
  input: Actor & { reason: string },
): OperationResult {
  const diagnostics = checkActor(input);
  const index = roundIndex(document, roundId);
  const round = document.rounds[index];
  if (round === undefined) {
    return {
      document,
      diagnostics: [
        ...diagnostics,
        diagnostic("error", "rules.unknown-round", ["rounds"], { round: roundId }),
      ],
      event: null,
    };
  }
  const latest = [...document.rounds].reverse().find((candidate) => candidate.state === "published");
  if (round.state !== "published" || latest?.id !== roundId) {
    diagnostics.push(
      diagnostic("error", "assessment.reopen-not-latest", ["rounds", index], {
        round: round.label,
        latest: latest?.label ?? "",
      }),
    );
  }
  const open = openRound(document);
  if (open !== null) {
    diagnostics.push(
      diagnostic("error", "assessment.another-round-open", ["rounds", roundIndex(document, open.id)], {
        round: open.label,
      }),
    );
  }
  if (input.reason.trim() === "")
    diagnostics.push(diagnostic("error", "assessment.reason-required", ["rounds", index]));
  if (hasErrors(diagnostics)) return { document, diagnostics, event: null };
  const event: RoundReopenedEvent = {
    type: "round-reopened",
    round: roundId,
    reason: input.reason,
    by: input.by,
    at: input.at,
  };
  return { document: applyEvent(document, event), diagnostics, event };
}

/**
 * Runs an operation given as data: what a host application receives from the assessment widget.
 *
 * @example
 * applyOperation(followUp, { type: "publish-round", round: "2017-4", by: "Økonomi", at: "2017-12-15T12:00:00Z" });
 */
export function applyOperation(document: BudgetFollowUp, operation: AssessmentOperation): OperationResult {
  switch (operation.type) {
    case "start-round":
      return startRound(document, operation.round, operation);
    case "assess":
      return assess(document, operation);
    case "publish-round":
      return publishRound(document, operation.round, operation);
    case "reopen-round":
      return reopenRound(document, operation.round, operation);
    default:
      return operation satisfies never;
  }
}

/**
 * The assessment that undoes a recorded one: the status and note as they were before. Undo in an
 * editor is this, assessed anew, so the history keeps both the change and its undoing.
 *
 * @example
 * assess(document, { ...undoAssessment(event), by: "Anne", at: "2017-12-01T10:05:00Z" });
 */
export function undoAssessment(event: AssessedEvent): Omit<AssessmentInput, "by" | "at"> {
  return {
    initiativeId: event.initiativeId,
    milestone: event.target,
    status: event.from,
    note: event.fromNote ?? "",
  };
}

function mapInitiative(
  document: BudgetFollowUp,
  initiativeId: string,
  change: (initiative: Initiative) => Initiative,
): BudgetFollowUp {
  return {
    ...document,
    sections: document.sections.map((section) =>
      section.initiatives.some((initiative) => initiative.id === initiativeId)
        ? {
            ...section,
            initiatives: section.initiatives.map((initiative) =>
              initiative.id === initiativeId ? change(initiative) : initiative,
            ),
          }
        : section,
    ),
  };
}

function withNote<T extends { statusNote?: string | undefined }>(value: T, note: string | undefined): T {
  const { statusNote: _, ...rest } = value;
  return (note === undefined ? rest : { ...rest, statusNote: note }) as T;
}

/**
 * Applies one history entry to a document, without checks, and appends it to `history`: how
 * every operation changes a document, and how `replayHistory` rebuilds one.
 *
 * @example
 * applyEvent(document, { type: "round-published", round: "2017-4", notAssessed: 0, by: "Økonomi", at: "2017-12-15T12:00:00Z" });
 */
export function applyEvent(document: BudgetFollowUp, event: HistoryEvent): BudgetFollowUp {
  const history = [...(document.history ?? []), event];
  switch (event.type) {
    case "round-started": {
      const rounds = [...document.rounds];
      if (event.added !== undefined) {
        const added = event.added;
        const at = rounds.findIndex((round) => round.cutOff > added.cutOff);
        rounds.splice(at === -1 ? rounds.length : at, 0, { ...added });
      }
      // An economy status set before milepael kept rounds belongs to the round the document reported on.
      const previous = reportingRound(document);
      const pinned =
        previous === null
          ? document
          : {
              ...document,
              sections: document.sections.map((section) => ({
                ...section,
                initiatives: section.initiatives.map((initiative) =>
                  initiative.economy === undefined || initiative.economy.round !== undefined
                    ? initiative
                    : { ...initiative, economy: { ...initiative.economy, round: previous } },
                ),
              })),
            };
      return {
        ...pinned,
        rounds: rounds.map((round) =>
          round.id === event.round
            ? { ...round, state: "open" as const }
            : event.closed.includes(round.id)
              ? { ...round, state: "published" as const }
              : round,
        ),
        currentRound: event.round,
        history,
      };
    }
    case "assessed": {
      const changed = mapInitiative(document, event.initiativeId, (initiative) => {
        if (event.target === "economy") {
          const economy = initiative.economy ?? { text: "", status: "not-assessed" as const };
          return {
            ...initiative,
            economy: { ...withNote(economy, event.note), status: event.to, round: event.round },
          };
        }
        const index = event.target;
        return {
          ...initiative,
          milestones: initiative.milestones.map((milestone, position) => {
            if (position !== index) return milestone;
            const { statusGuessed: _, ...rest } = withNote(milestone, event.note);
            return { ...rest, status: event.to };
          }),
        };
      });
      return { ...changed, history };
    }
    case "round-published":
      return {
        ...document,
        rounds: document.rounds.map((round) =>
          round.id === event.round ? { ...round, state: "published" as const } : round,
        ),
        history,
      };
    case "round-reopened":
      return {
        ...document,
        rounds: document.rounds.map((round) =>
          round.id === event.round ? { ...round, state: "open" as const } : round,
        ),
        currentRound: event.round,
        history,
      };
    default:
      return event satisfies never;
  }
}

/**
 * Rebuilds a document from an earlier copy and the history entries recorded since: the history
 * is the whole truth of what changed.
 *
 * @example
 * replayHistory(imported, saved.history ?? []); // deep-equals `saved` when `imported` had no history
 */
export function replayHistory(base: BudgetFollowUp, events: readonly HistoryEvent[]): BudgetFollowUp {
  return events.reduce(applyEvent, base);
}
