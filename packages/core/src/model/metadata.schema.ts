import * as z from "zod";
import { isoDateSchema } from "./common.schema";

/** The header every municipal document carries. */
export const documentMetadataSchema = z.strictObject({
  title: z.string().min(1),
  /** The document's date. */
  date: isoDateSchema.optional(),
  contactPerson: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  /** Sagsid: the case id in the municipality's records system. */
  caseId: z.string().optional(),
  organisation: z.string().optional(),
  /** The year that dates without a year belong to. */
  year: z.number().int().min(1000).max(9999).optional(),
});
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;

/**
 * The fields every document starts with: the schema version it is written in (see
 * `currentSchemaVersion`), its type, and its metadata.
 *
 * @example
 * const planSchema = z.strictObject({ ...documentHead("plan"), activities: z.array(activitySchema) });
 */
export function documentHead<Type extends string>(type: Type) {
  return { schemaVersion: z.literal(2), type: z.literal(type), metadata: documentMetadataSchema };
}
