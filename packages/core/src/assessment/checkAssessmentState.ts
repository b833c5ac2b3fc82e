import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic";
import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";

/**
 * What the assessment operations rely on and a hand-edited file can break: at most one open round,
 * and a history that names only rounds and initiatives the document has. Reported, never changed.
 *
 * @example
 * checkAssessmentState(followUp).map((d) => d.code); // ["assessment.several-open-rounds"]
 */
export function checkAssessmentState(document: BudgetFollowUp): Diagnostic[] {
  const found: Diagnostic[] = [];
  const open = document.rounds.filter((round) => round.state === "open");
  if (open.length > 1) {
    found.push(
      diagnostic("error", "assessment.several-open-rounds", ["rounds"], {
        rounds: open.map((round) => round.label).join(", "),
      }),
    );
  }
  const rounds = new Set(document.rounds.map((round) => round.id));
  const initiatives = new Set(
    document.sections.flatMap((section) => section.initiatives.map((initiative) => initiative.id)),
  );
  (document.history ?? []).forEach((event, index) => {
    const unknownRound = !rounds.has(event.round);
    const unknownInitiative = event.type === "assessed" && !initiatives.has(event.initiativeId);
    if (unknownRound || unknownInitiative) {
      found.push(
        diagnostic("warning", "assessment.history-unknown-reference", ["history", index], {
          reference: unknownRound ? event.round : event.type === "assessed" ? event.initiativeId : "",
        }),
      );
    }
  });
  return found;
}
