// How a follow-up's values sit on the pages of milepael's Word export (issue #21), shared by the
// exporter and the importer so the two cannot drift. Every value the paper shows is the text of a
// Word content control (`w:sdt`, inline) whose tag names the field: `mp:initiative.title`. The value
// is what the control shows, so an edit in Word is what is read; ids ride on the tag of the thing
// they identify (`mp:initiative id=5.03`), as bookmarks would. A value the page cannot hold exactly
// (characters XML forbids, rich text Word cannot tell apart) carries `c=N`: the file's copy holds
// it, used only while the page still shows what it was exported as. No dependency on `docx`.

import { monthName } from "../../date/monthName";
import type { Locale } from "../../i18n/locale";
import { statusLabel } from "../../i18n/statusLabels";
import type { InitiativeKind, Round } from "../../model/budgetFollowUp.schema";
import type { DocumentMetadata } from "../../model/metadata.schema";
import { type Status, statusValues } from "../../status/status";

/** The prefix of every tag milepael writes. */
export const tagPrefix = "mp:";

/**
 * Marks the exporter writes into run text and turns into Word XML after packing: Unicode
 * noncharacters, which no document text uses (a value holding one is kept by the copy).
 */
export const marks = {
  open: "\uFDD0",
  openEnd: "\uFDD1",
  close: "\uFDD2",
  tab: "\uFDD3",
  lineBreak: "\uFDD4",
  carriageReturn: "\uFDD5",
} as const;

/**
 * The fields no paper shows, by the thing that has them: the file's copy keeps them, attached
 * (`x=N`) to the tag of the thing, and the importer takes only these from it.
 */
export const unshownFields = {
  document: ["readingGuide", "history"],
  round: ["state"],
  initiative: ["lifecycle"],
  milestone: ["statusGuessed"],
  economy: ["amount", "amountType", "round"],
} as const;

/** A tag: its name and its arguments, `mp:round id=2017-1 c=3`. */
export interface PageTag {
  name: string;
  args: Record<string, string>;
}

/**
 * A tag as the text of `w:tag`, its arguments URI-encoded.
 *
 * @example
 * writeTag({ name: "round", args: { id: "2017 1" } }); // "mp:round id=2017%201"
 */
export function writeTag(tag: PageTag): string {
  const args = Object.entries(tag.args).map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return [`${tagPrefix}${tag.name}`, ...args].join(" ");
}

/**
 * A `w:tag` value read back, or null when it is none of milepael's.
 *
 * @example
 * readTag("mp:round id=2017%201"); // { name: "round", args: { id: "2017 1" } }
 */
export function readTag(value: string | undefined): PageTag | null {
  if (value === undefined || !value.startsWith(tagPrefix)) return null;
  const [name, ...args] = value.slice(tagPrefix.length).split(" ");
  if (name === undefined || name === "") return null;
  const parsed: Record<string, string> = {};
  for (const arg of args) {
    const at = arg.indexOf("=");
    if (at <= 0) continue;
    try {
      parsed[arg.slice(0, at)] = decodeURIComponent(arg.slice(at + 1));
    } catch {
      return null;
    }
  }
  return { name, args: parsed };
}

// Characters XML 1.0 cannot hold, lone surrogates (with the u flag a pair is one code point, so
// the range matches only a lone half), and the marks above.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const unshowable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFDD0-\uFDDF\uFFFE\uFFFF]/gu;

/**
 * Plain text as the page shows it: itself, or with what a page cannot hold as U+FFFD.
 *
 * @example
 * shownText("a\u0001b"); // "a\uFFFDb"
 */
export function shownText(text: string): string {
  return text.replace(unshowable, "\uFFFD");
}

/**
 * Plain text with its tabs and line breaks as the marks the exporter turns into `w:tab`, `w:br`
 * (LF) and `w:cr` (a lone CR), so white space is kept exactly.
 *
 * @example
 * markText("a\tb"); // "a\uFDD3b"
 */
export function markText(text: string): string {
  return shownText(text)
    .replace(/\t/g, marks.tab)
    .replace(/\n/g, marks.lineBreak)
    .replace(/\r/g, marks.carriageReturn);
}

/**
 * "2017-10-27" read back from "27. oktober 2017" or "27 October 2017", or null.
 *
 * @example
 * parsePageDate("27. oktober 2017"); // "2017-10-27"
 */
export function parsePageDate(text: string): string | null {
  const match = /^(\d{1,2})\.? (\p{L}+) (\d{1,4})$/u.exec(text.trim());
  if (match === null) return null;
  const name = (match[2] as string).toLowerCase();
  let month = 0;
  for (let candidate = 1; candidate <= 12 && month === 0; candidate += 1)
    if ((["da", "en"] as const).some((locale) => monthName(candidate, locale).toLowerCase() === name))
      month = candidate;
  if (month === 0) return null;
  const [day, year] = [Number(match[1]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A status read from its cell, "☺ Grøn" or "Ikke vurderet" (Danish or English words), or null.
 *
 * @example
 * parsePageStatus("😐 Gul"); // "yellow"
 */
export function parsePageStatus(text: string): Status | null {
  const word = text
    .replace(/^[^\p{L}]+/u, "")
    .trim()
    .toLowerCase();
  for (const status of statusValues)
    for (const locale of ["da", "en"] as const)
      for (const scale of ["milestone", "economy"] as const)
        if (statusLabel(status, scale, locale).name.toLowerCase() === word) return status;
  return null;
}

/** The kind as the initiative's table header writes it: "Kort beskrivelse af indsatsen (anlæg)". */
export const initiativeKindWords: Record<InitiativeKind, string> = {
  drift: "drift",
  anlaeg: "anlæg",
  "drift-og-anlaeg": "drift og anlæg",
  "oevrig-finansiering": "øvrig finansiering",
};

/** A round's kind as the paper's table of rounds writes it. */
export const roundKindWords: Record<Locale, Record<Round["kind"], string>> = {
  da: { "follow-up": "Budgetopfølgning", "half-year": "Halvårsregnskab", "year-end": "Årsafslutning" },
  en: { "follow-up": "Follow-up", "half-year": "Half-year accounts", "year-end": "Year-end" },
};

/** The columns of the paper's table of rounds under "Om dokumentet", in the order it prints them. */
export const roundColumns = ["label", "kind", "cutOff", "meetingDate"] as const;
export type RoundColumn = (typeof roundColumns)[number];

/** The title page's fields in the seed's words and order, each on a line "Label: value". */
export const metadataLabels: { key: keyof DocumentMetadata; label: string }[] = [
  { key: "date", label: "Dato" },
  { key: "phone", label: "Tlf. dir." },
  { key: "email", label: "E-mail" },
  { key: "contactPerson", label: "Kontakt" },
  { key: "caseId", label: "Sagsid" },
];

/** The fields the seed's title page does not have, shown under "Om dokumentet". */
export const otherMetadataLabels: { key: keyof DocumentMetadata; label: string }[] = [
  { key: "organisation", label: "Organisation" },
  { key: "year", label: "År" },
];

/**
 * The paper's words for its rounds: the heading they stand under, their table's column headers and
 * the line naming the round the document reports on. The text reader finds the table by them.
 */
export const roundsWords: Record<
  Locale,
  { heading: string; current: string; columns: Record<RoundColumn, string> }
> = {
  da: {
    heading: "Om dokumentet",
    current: "Dokumentet rapporterer på",
    columns: { label: "Opfølgning", kind: "Art", cutOff: "Opgjort pr.", meetingDate: "Behandles på møde" },
  },
  en: {
    heading: "About the document",
    current: "The document reports on",
    columns: { label: "Round", kind: "Kind", cutOff: "Cut-off", meetingDate: "Meeting" },
  },
};

/**
 * The key of a word in one of the tables above, case and surrounding space ignored, or null.
 *
 * @example
 * keyOfWord({ drift: "drift" }, " Drift "); // "drift"
 */
export function keyOfWord<K extends string>(words: Record<K, string>, text: string): K | null {
  const wanted = text.trim().toLowerCase();
  for (const [key, word] of Object.entries(words) as [K, string][])
    if (word.toLowerCase() === wanted) return key;
  return null;
}

/**
 * The parts of a follow-up's pages whose tag says (`n=`) how many value controls the exporter put
 * in them: Word removes a control when text is typed over it, leaving the text, and without the
 * count the importer could not tell a value gone from a value never written.
 */
export const controlHolders = ["title", "section", "initiative", "milestone", "economy", "round"] as const;
export type ControlHolder = (typeof controlHolders)[number];

/**
 * The part a value control is counted in, or null for a part's own tag and a rich value's further
 * paragraph (`more=1`: deleting a paragraph in Word is an edit, not a lost value).
 *
 * @example
 * countedIn(readTag("mp:meta.date")!); // "title": the title page's fields count in the document's title
 */
export function countedIn(tag: PageTag): ControlHolder | null {
  if (tag.args.more !== undefined) return null;
  if (tag.name.startsWith("meta.") || tag.name === "current") return "title";
  const [holder, field] = tag.name.split(".");
  return field !== undefined && (controlHolders as readonly string[]).includes(holder as string)
    ? (holder as ControlHolder)
    : null;
}

/**
 * The tags as `w:tag` values, each part's with its count of the value controls in it (`n=`),
 * counted as the importer counts them: a value goes to the last part of its kind above it on the
 * page, the title page's to the title. `order` is the tags' indexes as the page shows them (a
 * part's tag is written after the values it wraps, its heading's number and title).
 *
 * @example
 * countedTags([{ name: "initiative", args: { id: "1" } }, { name: "initiative.title", args: {} }], [0, 1]); // ["mp:initiative id=1 n=1", "mp:initiative.title"]
 */
export function countedTags(read: readonly PageTag[], order: Iterable<number>): string[] {
  const counts = new Map<number, number>();
  const last = new Map<ControlHolder, number>();
  const title = read.findIndex((tag) => tag.name === "title");
  for (const index of order) {
    const tag = read[index];
    if (tag === undefined) continue;
    if ((controlHolders as readonly string[]).includes(tag.name)) {
      last.set(tag.name as ControlHolder, index);
      counts.set(index, counts.get(index) ?? 0);
    }
    const holder = countedIn(tag);
    const at = holder === "title" ? title : holder === null ? undefined : last.get(holder);
    if (at !== undefined && at >= 0) counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return read.map((tag, index) => {
    const count = counts.get(index);
    return writeTag(count === undefined ? tag : { name: tag.name, args: { ...tag.args, n: String(count) } });
  });
}
