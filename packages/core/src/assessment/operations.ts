import type { BudgetFollowUp, Round } from "../model/budgetFollowUp.schema";
import type { Actor, OperationResult } from "./actor";
import { type AssessmentInput, assess } from "./assess";
import { publishRound, reopenRound, startRound } from "./rounds";

// Assessing a follow-up round: pure operations that return the new document, their findings and
// the history entry they recorded. Each lives in its own file; this one runs them given as data.
export { type Actor, isTimestamp, type OperationResult } from "./actor";
export { applyEvent, replayHistory } from "./applyEvent";
export { type AssessmentInput, assess, undoAssessment, validateAssessment } from "./assess";
export { notAssessedAt, openRound, publishRound, reopenRound, startRound } from "./rounds";

/** An operation as data, so a host application can log, send, replay or undo it. */
export type AssessmentOperation =
  | ({ type: "start-round"; round: string | Round } & Actor)
  | ({ type: "assess" } & AssessmentInput)
  | ({ type: "publish-round"; round: string } & Actor)
  | ({ type: "reopen-round"; round: string; reason: string } & Actor);

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
