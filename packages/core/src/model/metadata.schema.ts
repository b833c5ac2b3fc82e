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
