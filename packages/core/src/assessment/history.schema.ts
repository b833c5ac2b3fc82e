import * as z from "zod";
import { assessedLevels, statusValues } from "../status/status";

/**
 * Where a round stands in milepael: `open` while centres assess it, `published` once the finance
 * department has published it (then frozen). Absent: planned, or a round from an imported document
 * that milepael never opened.
 */
export const roundStates = ["open", "published"] as const;
export type RoundState = (typeof roundStates)[number];

/** A point in time, ISO 8601 with an offset: "2017-10-27T09:30:00Z". */
export const timestampSchema = z.iso
  .datetime({ offset: true })
  .describe("ISO 8601 date and time with offset");

/** What is assessed: a milestone by its 0-based position in the initiative, or the economy line. */
export const assessmentTargetSchema = z.union([z.number().int().min(0), z.literal("economy")]);
export type AssessmentTarget = z.infer<typeof assessmentTargetSchema>;

const who = { by: z.string().min(1).describe("Who did it: a name or user id"), at: timestampSchema };

/** A round was opened for assessment. Earlier rounds never opened in milepael were closed with it. */
export const roundStartedEventSchema = z.strictObject({
  type: z.literal("round-started"),
  round: z.string().min(1),
  /** The round as added to the document, when it was not there before. */
  added: z
    .strictObject({
      id: z.string().min(1),
      label: z.string().min(1),
      kind: z.enum(["follow-up", "half-year", "year-end"]),
      cutOff: z.iso.date(),
      meetingDate: z.iso.date().optional(),
    })
    .optional(),
  /** Earlier rounds that were not published and were frozen when this one started. */
  closed: z.array(z.string()),
  ...who,
});

/** A milestone or economy status was set: from → to, with the note as it stood after. */
export const assessedEventSchema = z.strictObject({
  type: z.literal("assessed"),
  /** The round the assessment belongs to: the milestone's round, or the open round for economy. */
  round: z.string().min(1),
  initiativeId: z.string().min(1),
  target: assessmentTargetSchema,
  from: z.enum(statusValues),
  to: z.enum(statusValues),
  fromNote: z.string().optional(),
  note: z.string().optional(),
  /** Economy only: the round the previous economy status belonged to. */
  fromRound: z.string().optional(),
  ...who,
});

/** A round was published and frozen. */
export const roundPublishedEventSchema = z.strictObject({
  type: z.literal("round-published"),
  round: z.string().min(1),
  /** How many milestones of the round were not assessed when it was published. */
  notAssessed: z.number().int().min(0),
  ...who,
});

/** The latest published round was opened again, with the reason why. */
export const roundReopenedEventSchema = z.strictObject({
  type: z.literal("round-reopened"),
  round: z.string().min(1),
  reason: z.string().min(1),
  ...who,
});

/** One entry of a follow-up's append-only history. */
export const historyEventSchema = z.discriminatedUnion("type", [
  roundStartedEventSchema,
  assessedEventSchema,
  roundPublishedEventSchema,
  roundReopenedEventSchema,
]);
export type HistoryEvent = z.infer<typeof historyEventSchema>;
export type RoundStartedEvent = z.infer<typeof roundStartedEventSchema>;
export type AssessedEvent = z.infer<typeof assessedEventSchema>;
export type RoundPublishedEvent = z.infer<typeof roundPublishedEventSchema>;
export type RoundReopenedEvent = z.infer<typeof roundReopenedEventSchema>;

/**
 * The document's reading guide ("Læsevejledning") as rules checked when a status is set. Every
 * field is optional; what is left out follows the default guide (`defaultReadingGuide`), so
 * another municipality's guide needs data, not code.
 */
export const readingGuideSchema = z.strictObject({
  /** The levels a milestone may take, best first. Default: green, yellow, red. */
  milestoneLevels: z.array(z.enum(assessedLevels)).optional(),
  /** The levels the economy line may take. Default: green, red. */
  economyLevels: z.array(z.enum(assessedLevels)).optional(),
  /** Levels that need a status note. Default: yellow, red. */
  noteRequiredFor: z.array(z.enum(assessedLevels)).optional(),
  /** A move this many levels better in one round needs a note (red → green is 2). Default 2; 0 turns it off. */
  noteRequiredForJump: z.number().int().min(0).optional(),
  /** Assessing a milestone due in a later round: a warning (default), refused, or allowed silently. */
  earlyAssessment: z.enum(["warning", "error", "allowed"]).optional(),
  /** Milestones not assessed when a round is published: a warning (default) or refused. */
  notAssessedAtPublish: z.enum(["warning", "error"]).optional(),
});
export type ReadingGuide = z.infer<typeof readingGuideSchema>;
