import * as z from "zod";
import { dateExpressionSchema, richTextSchema } from "./common.schema";
import { documentMetadataSchema } from "./metadata.schema";

/** A track or group of a programme ("Ad 1) Introforløb for nye kommunalbestyrelsesmedlemmer"). */
export const trackSchema = z.strictObject({
  id: z.string().min(1),
  /** How the document numbers it: "1", "a". */
  label: z.string().optional(),
  title: z.string().min(1),
  description: richTextSchema.optional(),
});
export type Track = z.infer<typeof trackSchema>;

/** One row of a plan: when, what, for whom. */
export const activitySchema = z.strictObject({
  id: z.string().min(1),
  date: dateExpressionSchema,
  theme: z.string().optional(),
  title: z.string(),
  description: richTextSchema.optional(),
  /** Deltagerkreds or målgruppe. */
  participants: z.string().optional(),
  responsible: z.string().optional(),
  /** The id of the track the activity belongs to. */
  track: z.string().optional(),
  tags: z.array(z.string()),
});
export type Activity = z.infer<typeof activitySchema>;

export const planKinds = [
  "implementation-plan",
  "communication-plan",
  "programme",
  "action-plan",
  "other",
] as const;

/** A plan, communication plan or programme: activities with fuzzy dates. */
export const planDocumentSchema = z.strictObject({
  schemaVersion: z.literal(2),
  type: z.literal("plan"),
  planKind: z.enum(planKinds),
  metadata: documentMetadataSchema,
  introduction: richTextSchema.optional(),
  tracks: z.array(trackSchema),
  activities: z.array(activitySchema),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;
