import type { Meeting, MeetingItem } from "../../model/meetings.schema";
import type { DiagnosticCollector } from "../shared/collector";
import { sequentialSplit } from "./clauses";
import { decisionOutcome } from "./decisionOutcome";
import { hasInlineCaseNumber, itemFromFields, splitItemFields, tidy, withLabelColon } from "./itemFields";
import { comparable, coreTitle, isItemStart, isTitleOnly, numberedTitle, repairTitle } from "./meetingParts";
import { type Chunk, closingPattern } from "./pageUnits";

/**
 * Reads a meeting's items from the chunks after its header: each item runs from its start to the
 * next, its fields read from their labels. "Mødet blev hævet kl. …" in an item sets the meeting's
 * end; pages of a transcript after the items (attachments) are skipped and reported.
 *
 * @example
 * meeting.items = readMeetingItems(itemChunks, "Økonomiudvalget", meeting, prefix, collector);
 */
export function readMeetingItems(
  chunks: readonly Chunk[],
  body: string,
  meeting: Meeting,
  prefix: string | undefined,
  collector: DiagnosticCollector,
): MeetingItem[] {
  const items: MeetingItem[] = [];
  let index = 0;
  while (index < chunks.length) {
    const start = chunks[index] as Chunk;
    let end = index + 1;
    while (end < chunks.length && !isItemStart(chunks, end)) {
      const chunk = chunks[end] as Chunk;
      // In a transcript, the first page without the minutes' running head is an attachment.
      if (chunk.page !== undefined && !chunk.runningHead) break;
      end += 1;
    }
    const inline = hasInlineCaseNumber(start.text) || !isTitleOnly(start.text, chunks[index + 1]);
    const joined = (inline ? chunks.slice(index, end) : chunks.slice(index + 1, end))
      .map((chunk) => withLabelColon(chunk.text))
      .join("\n");
    const { before, fields } = splitItemFields(withoutClosing(joined, meeting));
    const rawTitle = inline ? before : tidy(start.text);
    const numbered = numberedTitle.exec(rawTitle);
    let title = numbered ? (numbered[2] ?? "") : rawTitle;
    const repaired = repairTitle(title, prefix);
    if (repaired !== title) {
      collector.add("info", "meetings.title-repaired", start.line, { title: repaired }, title);
      title = repaired;
    }
    if (title === "") title = `Punkt ${items.length + 1}`;
    items.push(itemFromFields(numbered?.[1] ?? String(items.length + 1), title, fields, body));
    index = end;
    if (end < chunks.length && !isItemStart(chunks, end)) {
      const last = chunks.at(-1) as Chunk;
      collector.add(
        "info",
        "meetings.attachment-pages-skipped",
        chunks[end]?.line,
        {
          fromPage: chunks[end]?.page ?? 0,
          toPage: last.page ?? 0,
          toLine: last.line,
        },
        chunks[end]?.text.slice(0, 200),
      );
      break;
    }
  }
  return items;
}

/** An item's text without "Mødet blev hævet kl. 17.45", whose time becomes the meeting's end. */
function withoutClosing(text: string, meeting: Meeting): string {
  const closing = closingPattern.exec(text);
  if (closing === null) return text;
  if (Number(closing[1]) < 24 && Number(closing[2]) < 60)
    meeting.end = `${(closing[1] ?? "").padStart(2, "0")}:${closing[2]}`;
  return text.slice(0, closing.index) + text.slice(closing.index + closing[0].length);
}

/**
 * Where the items of minutes or an agenda written without field labels begin (a landsbyudvalg's
 * Word minutes: "1. Godkendelse af dagsorden", then the text, then "2. …"): the line numbered 1;
 * -1 when there is none.
 *
 * @example
 * firstPlainItem(chunks); // 2 when chunks[2] is "1. Godkendelse af dagsorden"
 */
export function firstPlainItem(chunks: readonly Chunk[]): number {
  return chunks.findIndex((chunk) => plainItemNumber(chunk.text) === 1);
}

/** The number of a line that opens a plain item, "3. Trafiksikkerhed"; not of a "1. at …" clause. */
function plainItemNumber(text: string): number | undefined {
  const numbered = numberedTitle.exec(text);
  return numbered === null || /^\d{1,3}[.)]\s+at\s/.test(text) ? undefined : Number(numbered[1]);
}

/**
 * Reads the items of minutes or an agenda written without field labels: each line numbered next
 * in sequence opens an item, the lines until the next are its text. In minutes that text is what
 * the body decided or noted (its outcome read from the wording); in an agenda, which has no
 * decisions yet, it is the case text. Labelled fields among the lines are read as in any item.
 *
 * @example
 * readPlainItems(chunks.slice(firstPlainItem(chunks)), meeting).map((item) => item.title); // ["Godkendelse af dagsorden", …]
 */
export function readPlainItems(chunks: readonly Chunk[], meeting: Meeting): MeetingItem[] {
  const items: MeetingItem[] = [];
  let start: Chunk | undefined;
  let lines: string[] = [];
  const close = () => {
    if (start === undefined) return;
    const numbered = numberedTitle.exec(tidy(start.text));
    const { before, fields } = splitItemFields(withoutClosing(lines.join(" "), meeting));
    const item = itemFromFields(String(items.length + 1), numbered?.[2] ?? start.text, fields, meeting.body);
    if (before !== "" && meeting.kind === "referat" && item.decision === undefined) {
      item.decision = before;
      item.outcome = decisionOutcome(before);
    } else if (before !== "")
      item.caseText = item.caseText === undefined ? before : `${before}\n${item.caseText}`;
    items.push(item);
    lines = [];
  };
  const numbers = chunks.map((chunk) => plainItemNumber(chunk.text));
  const lastWith = new Map<number, number>();
  numbers.forEach((number, index) => {
    if (number !== undefined) lastWith.set(number, index);
  });
  // The count of a numbered list in the current item's text ("1. Drift 2. Anlæg 3. Takster"): a line
  // that goes on with it is no next item while a later line has that item's number.
  let listed = 0;
  chunks.forEach((chunk, index) => {
    const number = numbers[index];
    const next = items.length + (start === undefined ? 1 : 2);
    const goesOnWithList = start !== undefined && number === listed + 1 && (lastWith.get(next) ?? 0) > index;
    if (number === next && !goesOnWithList) {
      close();
      start = chunk;
      listed = 0;
      return;
    }
    if (number === 1 || (number !== undefined && number === listed + 1)) listed = number;
    lines.push(withLabelColon(chunk.text));
  });
  close();
  return items;
}

/**
 * Checks a meeting's items against the table of contents in its header: an item the table does not
 * list, or an entry with no item, is reported (nothing is changed).
 *
 * @example
 * checkTableOfContents(headerText, meeting, headerChunks, collector); // "meetings.item-not-in-toc", ...
 */
export function checkTableOfContents(
  headerText: string,
  meeting: Meeting,
  chunks: readonly Chunk[],
  collector: DiagnosticCollector,
): void {
  const tocAt = headerText.search(/Indholdsfortegnelse/i);
  if (tocAt === -1 || meeting.items.length === 0) return;
  const toc = headerText.slice(tocAt + "Indholdsfortegnelse".length);
  const line = chunks.find((chunk) => /Indholdsfortegnelse/i.test(chunk.text))?.line;
  const normalizedToc = comparable(toc);
  for (const item of meeting.items) {
    if (!normalizedToc.includes(comparable(coreTitle(item.title))))
      collector.add("warning", "meetings.item-not-in-toc", line, { title: item.title });
  }
  const entries = sequentialSplit(tidy(toc.replace(/\.{2,}\s*\d+/g, " "))).filter((entry) => entry !== "");
  if (entries.length < 2) return;
  const titles = meeting.items.map((item) => comparable(coreTitle(item.title)));
  for (const entry of entries) {
    const wanted = comparable(coreTitle(entry));
    if (!titles.some((title) => title.includes(wanted) || wanted.includes(title)))
      collector.add("warning", "meetings.toc-item-missing", line, { title: entry });
  }
}
