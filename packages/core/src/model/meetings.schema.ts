import * as z from "zod";
import { isoDateSchema } from "./common.schema";
import { documentHead } from "./metadata.schema";

/** A clock time, `HH:MM`. */
export const clockTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)
  .describe("A time of day, HH:MM");

/** Minutes (after the meeting) or agenda (before it). */
export const meetingKinds = ["referat", "dagsorden"] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/**
 * What a decision did to an item, read from its wording: "Tiltrådt"/"Godkendt" (approved),
 * "Taget til efterretning" (noted), "Ikke godkendt"/"Forkastet" (rejected), "Udsat" (postponed),
 * "Tiltrådt med den tilføjelse, at …" (amended); "unknown" when the wording says none of these,
 * when nothing was decided ("Udgår.": the item was withdrawn) or there is no decision yet (an agenda).
 */
export const decisionOutcomes = ["approved", "noted", "rejected", "postponed", "amended", "unknown"] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/** Someone who sent apologies (Afbud) or was absent (Fraværende), as written. */
export const absenteeSchema = z.strictObject({
  name: z.string().min(1),
  /** Party letter or organisation in parentheses: "O", "LEUF", "Skolebestyrelsen". */
  affiliation: z.string().optional(),
  /** What the minutes note about the absence: "syg", "deltog fra pkt. 3". */
  note: z.string().optional(),
});
export type Absentee = z.infer<typeof absenteeSchema>;

/** One item (punkt) of an agenda or minutes. */
export const meetingItemSchema = z.strictObject({
  /** The item's number as the document gives it ("1", "12"). */
  number: z.string().min(1),
  title: z.string().min(1),
  /** Sagsnr.: the case number in the records system, "13/20237". */
  caseNumber: z.string().optional(),
  /** Resumé. */
  summary: z.string().optional(),
  /** Indstilling: the recommendation's numbered "at …" clauses, in order. */
  recommendation: z.array(z.string()).optional(),
  /** Beslutningskompetence: who decides. */
  decisionAuthority: z.string().optional(),
  /** Beslutning: the decision as written. */
  decision: z.string().optional(),
  outcome: z.enum(decisionOutcomes),
  /** Sagsfremstilling: the case as presented, plain text. */
  caseText: z.string().optional(),
  /** Bilag: the attachments' names, in order. */
  attachments: z.array(z.string()),
});
export type MeetingItem = z.infer<typeof meetingItemSchema>;

/** A meeting of a committee (udvalg), council or board: its agenda or its minutes. */
export const meetingSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(meetingKinds),
  /** The body as written: "17,4-udvalget", "Kernevelfærdsudvalget", "Udvalget for Kultur & Fritid". */
  body: z.string().min(1),
  municipality: z.string().optional(),
  date: isoDateSchema,
  start: clockTimeSchema.optional(),
  end: clockTimeSchema.optional(),
  place: z.string().optional(),
  absent: z.array(absenteeSchema),
  items: z.array(meetingItemSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** A text found beside the meetings that is not one: a notat, a strategy, a terms of reference. */
export const relatedDocumentSchema = z.strictObject({
  title: z.string().min(1),
  /** "notat", "strategi", "kommissorium", "politik", "tilbud", "bilag", "andet". */
  kind: z.string().min(1),
  municipality: z.string().optional(),
  date: isoDateSchema.optional(),
});
export type RelatedDocument = z.infer<typeof relatedDocumentSchema>;

/** Minutes and agendas of one or more bodies, with the documents published beside them. */
export const meetingsDocumentSchema = z.strictObject({
  ...documentHead("meetings"),
  meetings: z.array(meetingSchema),
  relatedDocuments: z.array(relatedDocumentSchema),
});
export type MeetingsDocument = z.infer<typeof meetingsDocumentSchema>;
