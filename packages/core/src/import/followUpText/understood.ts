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
  // One pass, no list of every initiative: it stops once both are found.
  let initiatives = 0;
  let milestones = false;
  let economy = false;
  for (const section of document.sections) {
    initiatives += section.initiatives.length;
    for (const initiative of section.initiatives) {
      milestones ||= initiative.milestones.length > 0;
      economy ||= initiative.economy !== undefined;
      if (milestones && economy) return document;
    }
  }
  if (initiatives === 0) {
    collector.add("error", "import.nothing-understood", undefined, { kind: "initiatives" });
    return null;
  }
  if (!milestones) collector.add("warning", "import.no-milestones", undefined);
  if (!economy) collector.add("warning", "import.no-economy", undefined);
  return document;
}
