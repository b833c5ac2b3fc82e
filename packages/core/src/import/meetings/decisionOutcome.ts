// What a meeting's decision did, read from its wording: "Godkendt.", "Udvalget besluttede at udsætte
// sagen.", "Drøftet og tiltrådt med den tilføjelse, at …".

import type { DecisionOutcome } from "../../model/meetings.schema";

/**
 * What a decision did, read from its wording. An election ("blev valgt") carries out the
 * recommendation and counts as approved; "Intet" and wordings not listed are "unknown".
 *
 * @example
 * decisionOutcome("Tiltrådt med den tilføjelse, at planen forelægges igen."); // "amended"
 */
export function decisionOutcome(decision: string | undefined): DecisionOutcome {
  if (decision === undefined) return "unknown";
  const text = decision.replace(/\s+/g, " ").trim();
  const outcome = outcomeOfWording(text);
  if (outcome !== "unknown" || !votesOrAttendanceFirst.test(text)) return outcome;
  // The decision follows the votes or who left: "For stemte: A, V (5) Imod stemte: O (2)
  // Indstillingen blev godkendt." Read from each later capital, a few of them at most.
  let tried = 0;
  for (const start of text.matchAll(/\s(?=\p{Lu})/gu)) {
    if (++tried > 12) break;
    const later = outcomeOfWording(text.slice(start.index + 1));
    if (later !== "unknown") return later;
  }
  return "unknown";
}

/** A decision that opens with the votes or with who was absent, inhabil or left the meeting. */
const votesOrAttendanceFirst =
  /^(?:(?:for|imod)\s+stemte|undlod\s+at\s+stemme|[^.]{0,120}?\b(?:deltog\s+ikke|var\s+(?:fraværende|inhabil)|erklærede\s+sig\s+inhabil|forlod\s+mødet))/iu;

/**
 * "Udvalget besluttede (enstemmigt) (ikke) at godkende …", "Et flertal (A, V) besluttede at ikke
 * godkende …": the decision as the verb that follows.
 */
const decidedTo =
  /^(?:[\p{L}\d ,.()-]{0,60}?\s)?besluttede\s+(?:enstemmigt\s+|samstemmende\s+)?(ikke\s+)?at\s+(ikke\s+)?(\p{L}+)/u;

// A discussion item's minutes: "Drøftet.", "Udvalget drøftede sagen." Nothing was decided against,
// unless a decision follows: "Drøftet og godkendt.", "Sagen blev drøftet. Indstillingen blev udsat."
const discussed =
  /^(?:(?:sagen\s+(?:blev\s+)?|udvalget\s+)?(?:drøftet|drøftede)\b(?:\s+sagen\b)?[\s.,;]*(?:og\s+)?)+/;

function outcomeOfWording(wording: string): DecisionOutcome {
  const text = wording.toLowerCase();
  const discussion = discussed.exec(text);
  if (discussion === null) return outcomeOfStatement(text);
  const decided = outcomeOfStatement(text.slice(discussion[0].length));
  return decided === "unknown" ? "noted" : decided;
}

/** The outcome a decision's (lower-case) wording states. */
function outcomeOfStatement(text: string): DecisionOutcome {
  const decided = decidedTo.exec(text);
  if (decided) {
    const not = decided[1] !== undefined || decided[2] !== undefined;
    return outcomeOfDecidedVerb(decided[3] ?? "", not, text, text.slice(decided[0].length));
  }
  if (
    /^(?:indstillingen\s+(?:blev\s+)?)?(?:ikke\s+(?:godkendt|tiltrådt|anbefalet|vedtaget|taget\s+til\s+efterretning)|forkastet|afvist|nedstemt)/.test(
      text,
    ) ||
    // "Udvalget godkender ikke …", "Indstillingen tiltrædes ikke": the negation after the verb.
    /^(?:indstillingen\s+|udvalget\s+)?(?:tiltræd|godkend|anbefal|vedtag)\w*\s+ikke\b/.test(text)
  )
    return "rejected";
  if (/^(?:sagen\s+(?:blev\s+)?)?udsat/.test(text)) return "postponed";
  const approved =
    /^(?:indstillingen\s+(?:blev\s+)?|udvalget\s+)?(?:tiltrådt|tiltræder|godkendt|godkender|godkendes|anbefalet|anbefales|anbefaler|vedtaget|vedtager|besluttet)/;
  if (approved.test(text)) {
    return /\bmed\s+(?:den|de|følgende|en)\s+(?:tilføjelse|ændring|bemærkning)|\bmed\s+følgende\s+ændring|\bdog\s+således/.test(
      text,
    )
      ? "amended"
      : "approved";
  }
  if (
    /taget\s+til\s+efterretning|tages\s+til\s+efterretning|orienteringen\s+(?:blev\s+)?taget|\btog\s+(?:orienteringen\s+|sagen\s+|redegørelsen\s+)?til\s+efterretning/.test(
      text,
    )
  )
    return "noted";
  if (/\bblev\s+(?:valgt|udpeget|genvalgt)\b/.test(text)) return "approved";
  return "unknown";
}

// What a recommendation to another body recommends against or puts off: "anbefale Byrådet ikke at
// godkende …", "anbefale, at ansøgningen ikke imødekommes", "anbefale … at afvise / udsætte …".
const recommendsAgainst =
  /\bikke\s+(?:at\s+)?(?:godkend|tiltræd|imødekom|vedtag|bevilg)|\b(?:afvise|afvises|forkaste|forkastes)\b/;
const recommendsPostponing = /\b(?:udsætte|udsættes)\b/;

/**
 * The outcome a "besluttede at …" names by its verb; `not` for "besluttede ikke at …", `rest` the
 * words after the verb.
 */
function outcomeOfDecidedVerb(verb: string, not: boolean, text: string, rest: string): DecisionOutcome {
  if (/^(?:godkende|tiltræde|anbefale|vedtage|imødekomme)$/.test(verb)) {
    if (not) return "rejected";
    if (verb === "anbefale") {
      const recommended = rest.slice(0, 300);
      if (recommendsAgainst.test(recommended)) return "rejected";
      if (recommendsPostponing.test(recommended)) return "postponed";
    }
    return /\bmed\s+(?:den|de|følgende|en)\s+(?:tilføjelse|ændring|bemærkning)|\bdog\s+således/.test(text)
      ? "amended"
      : "approved";
  }
  if (not) return "unknown";
  if (/^(?:afvise|forkaste)$/.test(verb)) return "rejected";
  if (verb === "udsætte") return "postponed";
  if (verb === "tage" && /\btil\s+efterretning\b/.test(text)) return "noted";
  return "unknown";
}
