import type { SchemaMigration } from "./document.schema";

/**
 * Schema 1 → 2, the assessment part (issue #20): a budget follow-up gets an empty `history`, so
 * every later assessment is recorded from the moment the file is first saved by version 2. Plans
 * are unchanged. Rounds keep no `state`: an imported round was never opened in milepael.
 *
 * @example
 * migrateAssessmentHistory({ schemaVersion: 1, type: "budget-follow-up", sections: [] }).history; // []
 */
export const migrateAssessmentHistory: SchemaMigration = (document) =>
  document.type === "budget-follow-up" && document.history === undefined
    ? { ...document, history: [] }
    : document;
