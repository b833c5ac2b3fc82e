// What a meeting's decision did, read from its wording: "Godkendt.", "Udvalget besluttede at udsætte
// sagen.", "Drøftet og tiltrådt med den tilføjelse, at …".

import type { DecisionOutcome } from "../../model/meetings.schema";

/**
 * What a decision did, read from its wording. An election ("blev valgt") and following the
 * recommendation ("Indstillingen følges.") carry it out and count as approved; "Intet", a withdrawn
 * item ("Udgår.": nothing was decided) and wordings not listed are "unknown".
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

/** Party letters as a vote names them, lower case: "a, v og c". */
const parties = String.raw`\p{L}{1,3}(?:(?:,\s*|\s+og\s+)\p{L}{1,3})*`;
/**
 * What a decision may open with before its verb, lower case: the recommendation or the case
 * ("indstillingen blev"), or who decided: "udvalget", "økonomiudvalget", "kommunalbestyrelsen", "et
 * enigt udvalg", "et flertal bestående af a, v og c", "et flertal i udvalget (a, v og c)"; then how
 * ("enstemmigt godkendt").
 */
const decider = String.raw`^(?:(?:indstillingen|sagen)\s+(?:blev\s+)?|(?:et\s+(?:enigt\s+|samlet\s+)?)?(?:\p{L}*udvalg(?:et)?|flertal(?:\s+i\s+udvalget)?(?:\s+bestående\s+af\s+${parties}|\s*\(${parties}\))?|\p{L}*(?:bestyrelsen|rådet))\s+)?(?:enstemmigt\s+)?`;
const outcomeWording = (verbs: string) => new RegExp(decider + verbs, "u");
// "Udvalget godkender ikke …", "Indstillingen tiltrædes ikke": the negation may follow the verb.
const rejectedWording = outcomeWording(
  String.raw`(?:ikke\s+(?:godkendt|tiltrådt|anbefalet|vedtaget|fulgt|taget\s+til\s+efterretning)|forkast|afvist|nedstemt|(?:tiltræd|godkend|anbefal|vedtag)\w*\s+ikke\b|(?:(?:administrationens\s+)?indstilling(?:en)?\s+)?(?:følge[rs]?|fulgte)\s+ikke\b(?!\s+op))`,
);
const postponedWording = outcomeWording("uds(?:at|ættes)");
const approvedWording = outcomeWording(
  "(?:tiltrådt|tiltræder|godkendt|godkender|godkendes|anbefalet|anbefales|anbefaler|anbefalede|vedtaget|vedtager|besluttet)",
);
// "Indstillingen følges.", "Udvalget følger indstillingen.": the recommendation is carried out
// ("Sagen følges op" is no decision).
const recommendationFollowed = outcomeWording(
  String.raw`(?:(?:administrationens\s+)?indstilling(?:en)?\s+(?:blev\s+)?(?:følges|fulgt)\b(?!\s+op)|(?:følger|fulgte)\s+(?:administrationens\s+)?indstilling)`,
);
// A discussion item's minutes, "Drøftet.", "Økonomiudvalget drøftede sagen.": nothing was decided against.
const discussedWording = outcomeWording(String.raw`drøfte(?:t|de)\b`);
// The same discussion before a decision that followed it: "Drøftet og godkendt.", "Sagen blev
// drøftet. Indstillingen blev udsat." The decision is what counts.
const discussedFirst =
  /^(?:(?:sagen\s+(?:blev\s+)?|udvalget\s+)?(?:drøftet|drøftede)\b(?:\s+sagen\b)?[\s.,;]*(?:og\s+)?)+/;

function outcomeOfWording(wording: string): DecisionOutcome {
  const text = wording.toLowerCase();
  const discussion = discussedFirst.exec(text);
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
  if (rejectedWording.test(text)) return "rejected";
  if (postponedWording.test(text)) return "postponed";
  if (approvedWording.test(text) || recommendationFollowed.test(text)) {
    return /\bmed\s+(?:den|de|følgende|en)\s+(?:tilføjelse|ændring|bemærkning)|\bmed\s+følgende\s+ændring|\bdog\s+således/.test(
      text,
    )
      ? "amended"
      : "approved";
  }
  if (
    /\bta(?:get|ges)\s+til\s+(?:efterretning|orientering)|orienteringen\s+(?:blev\s+)?taget|\btog\s+(?:orienteringen\s+|sagen\s+|redegørelsen\s+)?til\s+(?:efterretning|orientering)/.test(
      text,
    )
  )
    return "noted";
  if (/\bblev\s+(?:valgt|udpeget|genvalgt)\b/.test(text)) return "approved";
  if (discussedWording.test(text)) return "noted";
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
  if (verb === "tage" && /\btil\s+(?:efterretning|orientering)\b/.test(text)) return "noted";
  return "unknown";
}

/**
 * The outcome of an item whose outcome cell holds a word milepael does not write ("Vedtaget", typed
 * in Excel or Word): read as a decision's wording is read, else from the decision itself.
 *
 * @example
 * outcomeOfUnknownWord("Vedtaget", "Godkendt."); // "approved"
 */
export function outcomeOfUnknownWord(word: string, decision: string | undefined): DecisionOutcome {
  const fromWord = decisionOutcome(word);
  return fromWord === "unknown" ? decisionOutcome(decision) : fromWord;
}
