import { type Diagnostic, diagnostic, hasErrors } from "../diagnostics/diagnostic";
import type { BudgetFollowUp, Round } from "../model/budgetFollowUp.schema";
import { type Actor, checkActor, isIsoDay, type OperationResult } from "./actor";
import { applyEvent } from "./applyEvent";
import type { HistoryEvent, RoundStartedEvent } from "./history.schema";
import { resolveReadingGuide } from "./readingGuide";

// A round's life: started (opened), published (frozen), reopened.

// The round kinds of the model, repeated here so that the operations load without zod.
const kinds: readonly string[] = ["follow-up", "half-year", "year-end"];

/**
 * The position of a round in the document, or -1.
 *
 * @example
 * roundIndex(budgetFollowUp2017, "missing"); // -1
 */
export function roundIndex(document: BudgetFollowUp, roundId: string): number {
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
 * Opens a round for assessment: an existing round by id, or a new one (inserted by its cut-off).
 * Earlier rounds never opened in milepael are frozen with it (said in an info diagnostic); a round
 * still open must be published first.
 *
 * @example
 * startRound(followUp, { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
 *   { by: "Økonomi", at: "2017-12-01T08:00:00Z" }).document.currentRound; // "2017-4"
 */
export function startRound(document: BudgetFollowUp, round: string | Round, actor: Actor): OperationResult {
  const diagnostics = checkActor(actor, document.history);
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
    } else if (sameLabel(document, round.label) !== undefined) {
      // Two rounds by one name: a command or a reader that picks a round by its label gets the wrong one.
      const twin = sameLabel(document, round.label) as Round;
      diagnostics.push(
        diagnostic("error", "assessment.duplicate-round-label", ["rounds"], {
          label: round.label,
          round: twin.id,
        }),
      );
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
  diagnostics.push(...anotherRoundOpen(document, id));
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
  const { diagnostics, index, round } = namedRound(document, roundId, actor);
  if (round === undefined) return { document, diagnostics, event: null };
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
  return settle(document, diagnostics, {
    type: "round-published",
    round: roundId,
    notAssessed: missing.length,
    by: actor.by,
    at: actor.at,
  });
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
  const { diagnostics, index, round } = namedRound(document, roundId, input);
  if (round === undefined) return { document, diagnostics, event: null };
  const latest = [...document.rounds].reverse().find((candidate) => candidate.state === "published");
  if (round.state !== "published" || latest?.id !== roundId) {
    diagnostics.push(
      diagnostic("error", "assessment.reopen-not-latest", ["rounds", index], {
        round: round.label,
        latest: latest?.label ?? "",
      }),
    );
  }
  diagnostics.push(...anotherRoundOpen(document));
  if (input.reason.trim() === "")
    diagnostics.push(diagnostic("error", "assessment.reason-required", ["rounds", index]));
  return settle(document, diagnostics, {
    type: "round-reopened",
    round: roundId,
    reason: input.reason,
    by: input.by,
    at: input.at,
  });
}

/** The actor's findings, and the round an operation names with its position (an error when there is none). */
function namedRound(
  document: BudgetFollowUp,
  roundId: string,
  actor: Actor,
): { diagnostics: Diagnostic[]; index: number; round: Round | undefined } {
  const diagnostics = checkActor(actor, document.history);
  const index = roundIndex(document, roundId);
  const round = document.rounds[index];
  if (round === undefined)
    diagnostics.push(diagnostic("error", "rules.unknown-round", ["rounds"], { round: roundId }));
  return { diagnostics, index, round };
}

/** The error that another round than `roundId` is open: one round is open at a time. */
function anotherRoundOpen(document: BudgetFollowUp, roundId?: string): Diagnostic[] {
  const open = openRound(document);
  return open === null || open.id === roundId
    ? []
    : [
        diagnostic("error", "assessment.another-round-open", ["rounds", roundIndex(document, open.id)], {
          round: open.label,
        }),
      ];
}

/** Refused with the findings when one is an error; otherwise the event applied and recorded. */
function settle(document: BudgetFollowUp, diagnostics: Diagnostic[], event: HistoryEvent): OperationResult {
  if (hasErrors(diagnostics)) return { document, diagnostics, event: null };
  return { document: applyEvent(document, event), diagnostics, event };
}

/** The round already labelled `label`, the way people see labels: case and outer space aside. */
function sameLabel(document: BudgetFollowUp, label: string): Round | undefined {
  const wanted = label.trim().toLocaleLowerCase("da");
  return document.rounds.find((candidate) => candidate.label.trim().toLocaleLowerCase("da") === wanted);
}
