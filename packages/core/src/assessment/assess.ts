import { type Diagnostic, type DiagnosticPath, diagnostic, hasErrors } from "../diagnostics/diagnostic";
import type { BudgetFollowUp, Initiative, Round } from "../model/budgetFollowUp.schema";
import { latestAssessedRound, milestoneStatusAt, reportingRound } from "../rules/assessment";
import { type Status, statusSeverity } from "../status/status";
import { type Actor, checkActor, type OperationResult } from "./actor";
import { applyEvent } from "./applyEvent";
import type { AssessedEvent, AssessmentTarget } from "./history.schema";
import { levelsFor, resolveReadingGuide } from "./readingGuide";
import { openRound, roundIndex } from "./rounds";

// Assessing one status in the open round: the reading guide's checks, the change, and its undoing.

/** One status to set: a milestone (0-based position in the initiative) or the economy line. */
export interface AssessmentInput extends Actor {
  initiativeId: string;
  milestone: AssessmentTarget;
  status: Status;
  /** The status note after the change; left out (or `undefined`), the current note stays; "" removes it. */
  note?: string | undefined;
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
  const found = checkActor(input, document.history);
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
