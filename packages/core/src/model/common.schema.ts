import * as z from "zod";
import { dateFailureReasons, dateKinds, datePrecisions } from "../date/types";
import { lifecycleStates, statusValues } from "../status/status";

/** A plain calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date().describe("A calendar date, YYYY-MM-DD");

/** An assessment: green, yellow, red, or not-assessed (a blank cell). */
export const statusSchema = z.enum(statusValues).describe("green, yellow, red or not-assessed");

/** A state that is not a colour: completed, cancelled, no baseline. */
export const lifecycleSchema = z.enum(lifecycleStates);

/**
 * Text from a document that may carry simple formatting, stored as sanitised HTML in a small
 * subset (`p`, `ul`, `ol`, `li`, `br`, `strong`, `em`, no attributes), or as plain text.
 * `sanitizeRichText` makes any HTML fit the subset. Its text keeps "&" as written ("Kig & Lyt"),
 * escaped only where it would start an entity, so plain text and rich text agree (`escapeRichText`).
 */
export const richTextSchema = z
  .string()
  .describe("Plain text, or sanitised HTML limited to p, ul, ol, li, br, strong and em without attributes");

const intervalSchema = z.strictObject({ start: isoDateSchema, end: isoDateSchema });

/**
 * A date as the author wrote it, with the interval milepael read from it. `kind` is `null` when
 * the text was not understood (then `reason` says why); the text is always kept.
 */
export const dateExpressionSchema = z
  .strictObject({
    text: z.string().describe("The date as the author wrote it"),
    kind: z.enum(dateKinds).nullable(),
    start: isoDateSchema.nullable().describe("First day, inclusive; null when ongoing or not understood"),
    end: isoDateSchema.nullable().describe("Last day, inclusive; null when ongoing or not understood"),
    precision: z.enum(datePrecisions).nullable(),
    approximate: z.boolean(),
    eitherOr: z.boolean(),
    ongoing: z.boolean(),
    yearInferred: z.boolean(),
    alternatives: z.array(intervalSchema).optional(),
    roundId: z.string().optional(),
    relativeWeeks: z.number().int().optional().describe('"uge x+4": weeks after the anchor week x'),
    reason: z.enum(dateFailureReasons).optional().describe("Why the text was not understood"),
  })
  .refine((date) => date.start === null || date.end === null || date.start <= date.end, {
    message: "start after end",
    path: ["end"],
  });
export type DateExpression = z.infer<typeof dateExpressionSchema>;
