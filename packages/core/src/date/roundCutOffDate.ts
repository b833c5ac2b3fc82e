import type { ParsedDanishDate, RoundCalendarEntry } from "./types";

/**
 * A follow-up round's cut-off as a date: the single day a reference to the round stands for, with
 * the round's id. `kind` says what the text is: `round-reference` where the author named the round
 * ("2. budgetopfølgning", shown as written, as `parseDanishDate` reads it), `day` where the
 * cut-off day itself is meant (shown as the date, as the timeline draws a follow-up's milestones).
 *
 * @example
 * roundCutOffDate({ id: "bo2", cutOff: "2017-05-31" }, "2. budgetopfølgning").start; // "2017-05-31"
 */
export function roundCutOffDate(
  round: Pick<RoundCalendarEntry, "id" | "cutOff">,
  text: string,
  kind: "round-reference" | "day" = "round-reference",
): Omit<ParsedDanishDate, "ok"> {
  return {
    text,
    kind,
    start: round.cutOff,
    end: round.cutOff,
    precision: "day",
    approximate: false,
    eitherOr: false,
    ongoing: false,
    yearInferred: false,
    roundId: round.id,
  };
}
