import { decisionOutcomeLabels } from "../../i18n/decisionOutcomeLabels";
import {
  type DecisionOutcome,
  decisionOutcomes,
  type Meeting,
  type MeetingKind,
} from "../../model/meetings.schema";
import { slugify } from "../shared/ids";
import { findDates, readHeaderLine } from "./headerGrammar";
import { hasInlineCaseNumber, startsWithItemLabel, withLabelColon } from "./itemFields";
import type { Chunk } from "./pageUnits";

// What a meeting's text is made of, read line by line: item starts, titles, the absent, the
// municipality, related documents' kinds, and the ids they get.

/** Ids unique in the document: "x", then "x-2", "x-3" (a counter per id, so a thousand copies stay linear). */
export class UniqueIds {
  private readonly next = new Map<string, number>();
  private readonly taken = new Set<string>();

  take(wanted: string): string {
    let suffix = this.next.get(wanted) ?? 1;
    let id = suffix === 1 ? wanted : `${wanted}-${suffix}`;
    while (this.taken.has(id)) {
      suffix += 1;
      id = `${wanted}-${suffix}`;
    }
    this.next.set(wanted, suffix + 1);
    this.taken.add(id);
    return id;
  }
}

/**
 * Values by a key, each taken once in the order they came: two meetings or items that share a key
 * are matched in order. Linear in the values.
 *
 * @example
 * new TakenInOrder(items, (item) => item.number).take("2"); // the first item numbered 2
 */
export class TakenInOrder<V> {
  private readonly groups = new Map<string, { values: V[]; next: number }>();

  constructor(values: Iterable<V>, keyOf: (value: V) => string) {
    for (const value of values) {
      const group = this.groups.get(keyOf(value));
      if (group === undefined) this.groups.set(keyOf(value), { values: [value], next: 0 });
      else group.values.push(value);
    }
  }

  /** The next value of `key` not taken yet, or undefined. */
  take(key: string): V | undefined {
    const group = this.groups.get(key);
    if (group === undefined) return undefined;
    group.next += 1;
    return group.values[group.next - 1];
  }
}

/**
 * The id a meeting read from a text or a table gets, before it is made unique in the document: its
 * body, day and, for an agenda, "-dagsorden".
 *
 * @example
 * meetingIdOf({ body: "17, 4-udvalget", date: "2017-01-24", kind: "dagsorden" }); // "17-4-udvalget-2017-01-24-dagsorden"
 */
export function meetingIdOf(meeting: Pick<Meeting, "body" | "date" | "kind">): string {
  return `${slugify(meeting.body)}-${meeting.date}${meeting.kind === "dagsorden" ? "-dagsorden" : ""}`;
}

/**
 * Outcome words of either language (and the values themselves), in lower case: what milepael's
 * CSV and Word paper write for an outcome.
 *
 * @example
 * outcomeWords().get("taget til efterretning"); // "noted"
 */
export function outcomeWords(): Map<string, DecisionOutcome> {
  return new Map<string, DecisionOutcome>([
    ...Object.values(decisionOutcomeLabels).flatMap((labels) =>
      decisionOutcomes.map((outcome) => [labels[outcome].toLowerCase(), outcome] as const),
    ),
    ...decisionOutcomes.map((outcome) => [outcome, outcome] as const),
  ]);
}

/**
 * The heading milepael's meetings paper gives a meeting, as the Word reader writes it: "## Referat:
 * 17, 4-udvalget, 3. januar 2017" or "## Minutes: Byrådet, 3 January 2017". Kind, body and date
 * are groups 1 to 3.
 */
export const paperMeetingHeading =
  /^## (Referat|Dagsorden|Minutes|Agenda): (.+), (\d{1,2}\.? \p{L}+ \d{4})$/u;

/** A meeting's kind by the word milepael writes for it, in either language, lower case. */
export const kindByWord: Readonly<Record<string, MeetingKind>> = {
  referat: "referat",
  minutes: "referat",
  dagsorden: "dagsorden",
  agenda: "dagsorden",
};

/**
 * An item's title with its number, as the systems print it: "3. Budget", "3) Budget", "Punkt 3
 * Budget", "Pkt. 3: Budget". The number is group 1, the title group 2.
 */
export const numberedTitle = /^(?:(?:Punkt|Pkt\.?)\s*)?(\d{1,3})[.):]?\s+(\S.*)$/i;

/** "3. Lukket punkt: Salg af grund", "Pkt. 4 (Lukket)", "5. Lukket sag". */
const closedItem =
  /^\S+(?:\s+\d{1,3}[.):]?)?\s+(?!at\s)(?:Lukket\s+(?:punkt|sag)\b|.{0,200}\(lukket(?:\s+punkt)?\)$)/i;

/**
 * Whether the chunk at `index` opens an item: a title with its case number, or a title line before the fields.
 *
 * @example
 * isItemStart(chunks, 0); // true when chunks[0] is "1. Godkendelse af dagsorden" and a field follows
 */
export function isItemStart(chunks: readonly Chunk[], index: number): boolean {
  const chunk = chunks[index];
  if (chunk === undefined) return false;
  if (startsWithItemLabel(withLabelColon(chunk.text))) return false;
  if (hasInlineCaseNumber(chunk.text)) return true;
  // A closed item in the published minutes: its number and title, nothing under them.
  if (chunk.text.length <= 250 && numberedTitle.test(chunk.text) && closedItem.test(chunk.text)) return true;
  const next = chunks[index + 1];
  if (next === undefined || chunk.text.length > 250) return false;
  const following = withLabelColon(next.text);
  if (startsWithItemLabel(following, ["caseNumber"])) return true;
  // A numbered line is a title unless it is a recommendation's "1. at …" clause or an attachment.
  return (
    numberedTitle.test(chunk.text) &&
    !/^\d{1,3}[.)]\s+at\s/.test(chunk.text) &&
    !/\.(?:pdf|docx?|xlsx?|pptx?)$/i.test(chunk.text) &&
    startsWithItemLabel(following)
  );
}

/**
 * Whether a line is an item's title alone: the next chunk opens its fields.
 *
 * @example
 * isTitleOnly("Valg af næstformand", { text: "Sagsnr.: 17.01.00", line: 4 }); // true
 */
export function isTitleOnly(text: string, next: Chunk | undefined): boolean {
  return next !== undefined && text.length <= 250 && startsWithItemLabel(withLabelColon(next.text));
}

/**
 * Whether a line is the heading of the minutes' open or closed part ("Åbent møde", "Lukket møde",
 * "Lukkede punkter"): it stands between items and belongs to none.
 *
 * @example
 * isSectionHeading("Lukket møde"); // true
 */
export function isSectionHeading(text: string): boolean {
  return /^(?:(?:Åbent?|Lukket) (?:møde|dagsorden)|(?:Åbne|Lukkede) (?:punkter|sager))$/i.test(text.trim());
}

/**
 * Whether a line belongs to the minutes' header (place, date, attendance, letterhead), not to an item.
 *
 * @example
 * isHeaderMaterial("Lejre Kommune"); // true
 */
export function isHeaderMaterial(text: string): boolean {
  return (
    readHeaderLine(text) !== null ||
    isSectionHeading(text) ||
    /\bKommune$/i.test(text) ||
    /^(?:Referat|Dagsorden|Beslutningsprotokol|Indholdsfortegnelse|Afbud|Fraværende|Sted|Dato|Start|Slut|Mødetid|Mødedato|Mødeafholdelse|Mødested|Mødelokale|Mødet (?:afholdes|blev afholdt) (?:i|på) |Tidspunkt|Tid(?:\s*:|\t)|Deltagere|Medlemmer|Til stede|Mødeleder|Sekretær|Kl\.)/i.test(
      text,
    ) ||
    findDates(text.slice(0, 200)).length > 0
  );
}

/**
 * The municipality a text names ("Lejre Kommune"), letterhead capitals read as a name.
 *
 * @example
 * municipalityOf("NORDDJURS KOMMUNE"); // "Norddjurs"
 */
export function municipalityOf(text: string): string | undefined {
  const match = /(\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?)\s+(?:Kommunes?|KOMMUNE)(?![\p{L}])/u.exec(text);
  const name = match?.[1];
  // "NORDDJURS KOMMUNE" in a letterhead is the municipality Norddjurs.
  if (name === undefined || name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[ -])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * "17,4" from "17,4 - Godkendelse af dagsorden": the body's short name before its items' titles.
 *
 * @example
 * shortNamePrefix("17,4 - Godkendelse af dagsorden"); // "17,4"
 */
export function shortNamePrefix(text: string): string | undefined {
  return /(?:^|\s)(\d{1,3},\d{1,2})\s+[-\u2013]\s/.exec(text)?.[1];
}

/**
 * A title whose prefix lost its first digits in text extraction (",4 - Valg af næstformand") gets them back.
 * Word's autocorrect writes the dash as an en dash (",4 – …"); either is repaired and kept as written.
 *
 * @example
 * repairTitle(",4 - Valg af næstformand", "17,4"); // "17,4 - Valg af næstformand"
 */
export function repairTitle(title: string, prefix: string | undefined): string {
  if (prefix === undefined) return title;
  const suffix = prefix.slice(prefix.indexOf(","));
  const repairable = title.startsWith(`${suffix} - `) || title.startsWith(`${suffix} \u2013 `);
  return repairable ? `${prefix}${title.slice(suffix.length)}` : title;
}

/**
 * A title without the body's short name: "Valg af næstformand" from "17,4 - Valg af næstformand".
 *
 * @example
 * coreTitle("17,4 - Valg af næstformand"); // "Valg af næstformand"
 */
export function coreTitle(title: string): string {
  return title.replace(/^[^\s]{0,8}(?:\s?,\d+)?\s+[-\u2013]\s+/, "").replace(/^,\d+\s+[-\u2013]\s+/, "");
}

/**
 * A text reduced to its lower-case letters and digits, to tell whether two titles name the same thing.
 *
 * @example
 * comparable("Valg af Næstformand!"); // "valgafnæstformand"
 */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

export const relatedKinds: [RegExp, string][] = [
  [/kommissori/i, "kommissorium"],
  [/\bnotat/i, "notat"],
  [/politik\b|politik for/i, "politik"],
  [/strategi/i, "strategi"],
  [/kodeks/i, "kodeks"],
  [/\btilbud\b/i, "tilbud"],
  [/vision/i, "vision"],
  [/\bplan\b|handleplan|procesplan/i, "plan"],
];

/**
 * What kind of related document an item is about (politik, strategi, plan …), or "andet".
 *
 * @example
 * relatedKind("Sundhedspolitik 2018", ""); // "politik"
 */
export function relatedKind(title: string, text: string): string {
  const source = `${title}\n${text}`;
  for (const [pattern, kind] of relatedKinds) if (pattern.test(source)) return kind;
  return "andet";
}
