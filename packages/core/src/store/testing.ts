// For the stores' tests: the same documents for the memory store and the IndexedDB store.
import { assess, startRound } from "../assessment/operations";
import { budgetFollowUp2017 } from "../fixtures";

/** When the tests save. */
export const savedAt = "2017-10-27T12:00:00Z";

/** The seed follow-up with its third round open for assessment. */
export const openedFollowUp = startRound(budgetFollowUp2017, "2017-3", {
  by: "Økonomi",
  at: savedAt,
}).document;

/** The opened follow-up with one milestone assessed green: a document with a history of two events. */
export const assessedFollowUp = assess(openedFollowUp, {
  initiativeId: "6.01",
  milestone: 2,
  status: "green",
  by: "Anne",
  at: savedAt,
}).document;
