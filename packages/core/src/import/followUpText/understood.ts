import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { DiagnosticCollector } from "../shared/collector";

/**
 * A text with no initiative is no follow-up, whatever else it held (`null`, with an error); thin
 * ones, without any milestone or any economy, are warned about.
 *
 * @example
 * checkUnderstood({ ...document, sections: [] }, collector); // null, and "import.nothing-understood"
 */
export function checkUnderstood(
  document: BudgetFollowUp,
  collector: DiagnosticCollector,
): BudgetFollowUp | null {
  const initiatives = document.sections.flatMap((section) => section.initiatives);
  if (initiatives.length === 0) {
    collector.add("error", "import.nothing-understood", undefined, { kind: "initiatives" });
    return null;
  }
  if (initiatives.every((initiative) => initiative.milestones.length === 0))
    collector.add("warning", "import.no-milestones", undefined);
  if (initiatives.every((initiative) => initiative.economy === undefined))
    collector.add("warning", "import.no-economy", undefined);
  return document;
}
