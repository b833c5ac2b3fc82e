import * as z from "zod";
import { historyEventSchema, readingGuideSchema, roundStates } from "../assessment/history.schema";
import { isoDateSchema, lifecycleSchema, richTextSchema, statusSchema } from "./common.schema";
import { documentHead } from "./metadata.schema";

export const roundKinds = ["follow-up", "half-year", "year-end"] as const;

/** A follow-up round: its cut-off ("pr. 31.03") and, when known, the meeting that treats it. */
export const roundSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1).describe('As the document writes it: "1. budgetopfølgning 2017", "31.12.2017"'),
  kind: z.enum(roundKinds),
  cutOff: isoDateSchema,
  meetingDate: isoDateSchema.optional(),
  /** Assessment (issue #20): open while assessed, published once frozen; absent when never opened. */
  state: z.enum(roundStates).optional(),
});
export type Round = z.infer<typeof roundSchema>;

/** A milestone and its assessment at one round. */
export const milestoneSchema = z.strictObject({
  /** The id of the round that assesses this milestone. */
  round: z.string().min(1),
  text: richTextSchema,
  /** "Status: Processen er forsinket." split off the milestone text. */
  statusNote: z.string().optional(),
  status: statusSchema,
  /** The document lost the colour (☹ is yellow or red) and the importer chose one. */
  statusGuessed: z.boolean().optional(),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const economyAmountTypes = ["investment", "saving", "expense", "income"] as const;

/** The economy line: its own smiley on a two-level scale. */
export const economySchema = z.strictObject({
  text: richTextSchema,
  statusNote: z.string().optional(),
  /** In Danish kroner (DKK): "29,8 mio. kr." is 29800000. */
  amount: z.number().optional(),
  amountType: z.enum(economyAmountTypes).optional(),
  status: statusSchema,
  /** Assessment (issue #20): the round the status was set at; absent: the document's reporting round. */
  round: z.string().optional(),
});
export type Economy = z.infer<typeof economySchema>;

export const initiativeKinds = ["drift", "anlaeg", "drift-og-anlaeg", "oevrig-finansiering"] as const;
export type InitiativeKind = (typeof initiativeKinds)[number];

/** An initiative (indsats) of the budget agreement. */
export const initiativeSchema = z.strictObject({
  /** Unique in the document, also where numbers repeat ("7.07 … del 1", "… del 2"). */
  id: z.string().min(1),
  /** The agreement's number, "5.03"; savings-catalogue items have none. */
  number: z.string().optional(),
  title: z.string().min(1),
  kind: z.enum(initiativeKinds).optional(),
  description: richTextSchema,
  responsibleCenter: z.string().optional(),
  responsibleCommittee: z.string().optional(),
  keyContributors: z.array(z.string()),
  /** Free notes from the responsibility cell. */
  notes: richTextSchema.optional(),
  lifecycle: lifecycleSchema.optional(),
  milestones: z.array(milestoneSchema),
  economy: economySchema.optional(),
});
export type Initiative = z.infer<typeof initiativeSchema>;

/** A numbered section of the agreement, "5. Erhverv og Beskæftigelse". */
export const sectionSchema = z.strictObject({
  number: z.string().optional(),
  title: z.string().min(1),
  initiatives: z.array(initiativeSchema),
});
export type Section = z.infer<typeof sectionSchema>;

/** A follow-up on the budget agreement: rounds, sections, initiatives, milestones. */
export const budgetFollowUpSchema = z.strictObject({
  ...documentHead("budget-follow-up"),
  /** Ordered: the order of the rounds in the year. */
  rounds: z.array(roundSchema),
  /** The round this document reports on, when it says. */
  currentRound: z.string().optional(),
  sections: z.array(sectionSchema),
  // Assessment (issue #20)
  /** The rules checked when a status is set; absent: the default reading guide. */
  readingGuide: readingGuideSchema.optional(),
  /** Every assessment and round change, append-only, oldest first: who, when, from → to. */
  history: z.array(historyEventSchema).optional(),
});
export type BudgetFollowUp = z.infer<typeof budgetFollowUpSchema>;
