import type { SchemaMigration } from "../document.schema";

/**
 * The meetings part of the step from schema version 1 to 2. Version 2 adds the document type
 * `meetings`; plans and follow-ups written by version 1 need no change, so the step hands the
 * document on as it is. Kept as its own function so that other version 2 changes can be chained
 * with it in `schemaMigrations[1]`.
 *
 * @example
 * meetingsV1ToV2({ schemaVersion: 1, type: "plan" }); // { schemaVersion: 1, type: "plan" }
 */
export const meetingsV1ToV2: SchemaMigration = (document) => document;
