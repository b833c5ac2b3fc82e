// How each line of milepael's meetings paper reads (meetingsPaper.ts walks them): a meeting's
// heading and facts, the title page's fields, a row of the items' or related documents' table, an
// item's heading.

import { dayNumber, daysInMonth, toIsoDate } from "../../date/calendar";
import { monthName } from "../../date/monthName";
import type { Meeting, MeetingItem, RelatedDocument } from "../../model/meetings.schema";
import type { DocumentMetadata } from "../../model/metadata.schema";
import { meetingsPaperText as words } from "../../report/meetingsPaperText";
import { richTextToPlainText } from "../../richText/richText";
import { ownValue } from "../shared/cells";
import { decisionOutcome, outcomeOfUnknownWord } from "./decisionOutcome";
import { findDates } from "./headerGrammar";
import { kindByWord, paperMeetingHeading, TakenInOrder } from "./meetingParts";
import { readAbsentees } from "./readAbsentees";

/**
 * The paper's words in both languages: its label, column and heading of each kind.
 *
 * @example
 * both({ da: "Sted", en: "Place" }); // ["Sted", "Place"]
 */
export const both = <D, E>(word: { da: D; en: E }): (D | E)[] => [word.da, word.en];
const months = new Map(
  Array.from({ length: 12 }, (_, index) => index + 1).flatMap((month) =>
    (["da", "en"] as const).map((locale) => [monthName(month, locale).toLowerCase(), month] as const),
  ),
);
type Fact = "time" | "place" | "municipality" | "absent";
const facts: readonly Fact[] = ["time", "place", "municipality", "absent"];
const factByLabel = new Map<string, Fact>(
  facts.flatMap((fact) => both(words[fact]).map((label) => [`- ${label}: `, fact] as const)),
);
const metadataByLabel = new Map<
  string,
  "date" | "year" | "phone" | "email" | "contactPerson" | "caseId" | "organisation"
>([
  ["Dato", "date"],
  ["År", "year"],
  ["Tlf. dir.", "phone"],
  ["E-mail", "email"],
  ["Kontakt", "contactPerson"],
  ["Sagsid", "caseId"],
  ["Organisation", "organisation"],
]);

/**
 * A meeting heading's kind, body and ISO day, or null for any other line.
 *
 * @example
 * headingOf("## Referat: Byrådet, 3. januar 2017"); // { kind: "referat", body: "Byrådet", date: "2017-01-03" }
 */
export function headingOf(line: string): Pick<Meeting, "kind" | "body" | "date"> | null {
  const match = paperMeetingHeading.exec(line) ?? retypedHeading.exec(line);
  const kind = ownValue(kindByWord, (match?.[1] ?? "").toLowerCase());
  const date = writtenDate(match?.[3] ?? "") ?? retypedDate(match?.[3] ?? "");
  if (match === null || kind === undefined || date === undefined) return null;
  return { kind, body: match[2] ?? "", date };
}

/** A meeting's heading whose date was retyped in Word in another form ("3.1.2017", "03-01-2017"). */
const retypedHeading = /^## (Referat|Dagsorden|Minutes|Agenda): (.+), ([^,]+)$/u;

/** The ISO day of a date retyped in a form meeting systems print ("3.1.2017", "3. jan. 2017"), or undefined. */
function retypedDate(text: string): string | undefined {
  const [found] = findDates(text);
  if (found?.year === undefined || found.index !== 0) return undefined;
  return toIsoDate(dayNumber(found.year, found.month, found.day));
}

/** The ISO day of a date as the paper writes it ("3. januar 2017", "3 January 2017"), or undefined. */
function writtenDate(text: string): string | undefined {
  const match = /^(\d{1,2})\.? (\p{L}+) (\d{4})$/u.exec(text);
  const month = months.get((match?.[2] ?? "").toLowerCase());
  const [day, year] = [Number(match?.[1]), Number(match?.[3])];
  if (month === undefined || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A table cell as plain text, its paragraphs as lines: the Word reader writes a cell with markup or
 * paragraphs as HTML.
 *
 * @example
 * cellText("<p>at a</p><p>at b &amp; c</p>"); // "at a\nat b & c"
 */
export const cellText = (cell: string) => (/^<(?:p|ul|ol)>/.test(cell) ? richTextToPlainText(cell) : cell);

/**
 * A meeting's items by their number, for the headings of their longer fields ("2. Valg af
 * næstformand"; a title edited in the table still finds its item): each item once, so two items
 * of one number take their headings in order. Linear in the items.
 */
export class ItemsByNumber {
  private readonly byNumber: TakenInOrder<MeetingItem>;

  constructor(readonly meeting: Meeting) {
    this.byNumber = new TakenInOrder(meeting.items, (item) => item.number);
  }

  take(heading: string): MeetingItem | undefined {
    return this.byNumber.take(heading.slice(0, Math.max(0, heading.indexOf(". "))));
  }
}

/**
 * A title page field: read into `metadata`, or false for any other line. As the Word reader writes
 * it ("Dato: 3. januar 2017"), or as a PDF's layout reads the printed paper's, its label and value
 * side by side ("Dato\t3. januar 2017").
 *
 * @example
 * readMetadataLine("Sagsid: 00.01.00-A00-1-17", metadata); // true, metadata.caseId set
 */
export function readMetadataLine(content: string, metadata: Partial<DocumentMetadata>): boolean {
  const field = /^([^:\t]+)(?:: |\t)(.*)$/.exec(content);
  const key = metadataByLabel.get(field?.[1] ?? "");
  const value = field?.[2] ?? "";
  if (key === undefined) return false;
  if (key === "year") {
    if (!/^\d{4}$/.test(value)) return false;
    metadata.year = Number(value);
  } else if (key !== "date") metadata[key] = value;
  else {
    const date = writtenDate(value);
    if (date === undefined) return false;
    metadata.date = date;
  }
  return true;
}

/**
 * A meeting's fact from its list ("- Tidspunkt: 16:30–18:00"): read into `meeting`, or false for
 * any other line.
 *
 * @example
 * readFact("- Sted: Rådssalen", meeting); // true, meeting.place "Rådssalen"
 */
export function readFact(content: string, meeting: Meeting): boolean {
  const label = [...factByLabel.keys()].find((candidate) => content.startsWith(candidate));
  const fact = label === undefined ? undefined : factByLabel.get(label);
  if (label === undefined || fact === undefined) return false;
  const value = content.slice(label.length);
  switch (fact) {
    case "time": {
      const times = /^(\d{2}:\d{2})?(?:–(\d{2}:\d{2}))?$/.exec(value);
      if (times === null || value === "") return false;
      if (times[1] !== undefined) meeting.start = times[1];
      if (times[2] !== undefined) meeting.end = times[2];
      return true;
    }
    case "place":
      meeting.place = value;
      return true;
    case "municipality":
      meeting.municipality = value;
      return true;
    case "absent":
      meeting.absent = readAbsentees(value);
      return true;
    default:
      return fact satisfies never;
  }
}

/**
 * An item from its row: number, title, case number, recommendation, decision and outcome. An
 * outcome word the paper does not write (retyped in Word) is read from the word or the decision and
 * handed to `unknown`, to be said; an emptied outcome cell is read from the decision, as a CSV's.
 *
 * @example
 * itemRow(["2", "Valg", "13/1", "at a", "Godkendt.", "Godkendt"], outcomeWords(), report).outcome; // "approved"
 */
export function itemRow(
  cells: string[],
  outcomes: ReadonlyMap<string, MeetingItem["outcome"]>,
  unknown: (word: string, outcome: MeetingItem["outcome"]) => void,
): MeetingItem {
  const [number = "", title = "", caseNumber = "", recommendation = "", decision = "", word = ""] = cells;
  let outcome = word === "" ? decisionOutcome(decision) : outcomes.get(word.toLowerCase());
  if (outcome === undefined) {
    outcome = outcomeOfUnknownWord(word, decision || undefined);
    unknown(word, outcome);
  }
  return {
    number,
    title,
    ...(caseNumber === "" ? {} : { caseNumber }),
    ...(recommendation === "" ? {} : { recommendation: recommendation.split("\n") }),
    ...(decision === "" ? {} : { decision }),
    outcome,
    attachments: [],
  };
}

/**
 * A related document from its row: title, kind, municipality and date.
 *
 * @example
 * relatedRow(["Sundhedspolitik", "politik", "", ""]); // { title: "Sundhedspolitik", kind: "politik" }
 */
export function relatedRow(cells: string[]): RelatedDocument {
  const [title = "", kind = "", municipality = "", date = ""] = cells;
  const day = writtenDate(date);
  return {
    title,
    kind,
    ...(municipality === "" ? {} : { municipality }),
    ...(day === undefined ? {} : { date: day }),
  };
}
