import { checkAssessmentState } from "../assessment/checkAssessmentState";
import { type Diagnostic, type DiagnosticPath, diagnostic } from "../diagnostics/diagnostic";
import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import type { MilepaelDocument } from "../model/document.schema";
import type { PlanDocument } from "../model/plan.schema";
import { isDefinedOnScale } from "../status/status";

export interface CheckOptions {
  /**
   * The day to judge time-dependent rules against, `YYYY-MM-DD` (often the document's own date).
   * Without it, overdue and too-early assessments are not checked: core never reads the clock.
   */
  today?: string | undefined;
}

/**
 * Checks a valid document against the domain's rules. It reports and never drops or changes:
 * a document that breaks a rule keeps what it says.
 *
 * @example
 * checkDocument(followUp, { today: "2017-10-27" })
 *   .filter((d) => d.code === "rules.overdue"); // milestones whose round passed unassessed
 */
export function checkDocument(document: MilepaelDocument, options: CheckOptions = {}): Diagnostic[] {
  switch (document.type) {
    case "budget-follow-up":
      return checkFollowUp(document, options);
    case "plan":
      return checkPlan(document);
    case "meetings":
      return duplicateIds(
        document.meetings.map((meeting, index) => ({ id: meeting.id, path: ["meetings", index, "id"] })),
      );
    default:
      return document satisfies never;
  }
}

function duplicateIds(ids: { id: string; path: DiagnosticPath }[]): Diagnostic[] {
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  for (const { id, path } of ids) {
    if (seen.has(id)) found.push(diagnostic("error", "rules.duplicate-id", path, { id }));
    seen.add(id);
  }
  return found;
}

function checkFollowUp(document: BudgetFollowUp, { today }: CheckOptions): Diagnostic[] {
  const rounds = new Map(document.rounds.map((round) => [round.id, round]));
  const found: Diagnostic[] = [
    ...duplicateIds(document.rounds.map((round, index) => ({ id: round.id, path: ["rounds", index, "id"] }))),
    ...duplicateIds(
      document.sections.flatMap((section, sectionIndex) =>
        section.initiatives.map((initiative, index) => ({
          id: initiative.id,
          path: ["sections", sectionIndex, "initiatives", index, "id"],
        })),
      ),
    ),
  ];
  if (document.currentRound !== undefined && !rounds.has(document.currentRound)) {
    found.push(
      diagnostic("error", "rules.unknown-round", ["currentRound"], { round: document.currentRound }),
    );
  }

  document.sections.forEach((section, sectionIndex) => {
    section.initiatives.forEach((initiative, initiativeIndex) => {
      const base: DiagnosticPath = ["sections", sectionIndex, "initiatives", initiativeIndex];
      const assessedRounds = new Set<string>();
      initiative.milestones.forEach((milestone, milestoneIndex) => {
        const path = [...base, "milestones", milestoneIndex];
        const round = rounds.get(milestone.round);
        if (round === undefined) {
          found.push(
            diagnostic("error", "rules.unknown-round", [...path, "round"], { round: milestone.round }),
          );
          return;
        }
        if (assessedRounds.has(round.id)) {
          found.push(
            diagnostic("warning", "rules.duplicate-round-assessment", [...path, "round"], {
              round: round.label,
            }),
          );
        }
        assessedRounds.add(round.id);
        if (today === undefined) return;
        const assessed = milestone.status !== "not-assessed";
        if (assessed && round.cutOff > today) {
          found.push(
            diagnostic("warning", "rules.assessed-before-cut-off", [...path, "status"], {
              round: round.label,
              cutOff: round.cutOff,
            }),
          );
        }
        if (!assessed && round.cutOff < today) {
          found.push(
            diagnostic("warning", "rules.overdue", [...path, "status"], {
              round: round.label,
              cutOff: round.cutOff,
            }),
          );
        }
      });
      const economy = initiative.economy;
      if (economy !== undefined && !isDefinedOnScale("economy", economy.status)) {
        found.push(
          diagnostic("warning", "rules.economy-level-undefined", [...base, "economy", "status"], {
            status: economy.status,
          }),
        );
      }
    });
  });
  found.push(...checkAssessmentState(document));
  return found;
}

function checkPlan(document: PlanDocument): Diagnostic[] {
  const tracks = new Set(document.tracks.map((track) => track.id));
  const found = [
    ...duplicateIds(document.tracks.map((track, index) => ({ id: track.id, path: ["tracks", index, "id"] }))),
    ...duplicateIds(
      document.activities.map((activity, index) => ({ id: activity.id, path: ["activities", index, "id"] })),
    ),
  ];
  document.activities.forEach((activity, index) => {
    if (activity.track !== undefined && !tracks.has(activity.track)) {
      found.push(
        diagnostic("error", "rules.unknown-track", ["activities", index, "track"], { track: activity.track }),
      );
    }
  });
  return found;
}
