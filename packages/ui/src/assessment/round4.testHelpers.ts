// Test support only: no entry imports this file.
import { budgetFollowUp2017 } from "@milepael/core/fixtures";
import { startRound } from "@milepael/core/lite";

/**
 * The 2017 follow-up with its fourth round (cut-off 30 November 2017) started by Økonomi on
 * 1 December: every initiative open for assessment, as the assessment widgets' tests need it.
 *
 * @example
 * render(<AssessmentTable document={round4} by="Anne" />);
 */
export const round4 = startRound(
  budgetFollowUp2017,
  { id: "2017-4", label: "4. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-11-30" },
  { by: "Økonomi", at: "2017-12-01T08:00:00Z" },
).document;
