import { sourceLines } from "../shared/lines";
import {
  type HeaderDate,
  type HeaderLine,
  readHeaderFields,
  readHeaderLine,
  readHeaderOverTwoLines,
} from "./headerGrammar";

/** A line of content, after page furniture is dropped. */
export interface Chunk {
  line: number;
  text: string;
  /** The page number of a transcript line ("3 Lejre Kommune …"). */
  page?: number;
  /** The line carried the meeting system's running head ("Lejre Kommune 17, 4-udvalget Side 3"). */
  runningHead: boolean;
  /** The municipality the running head names. */
  municipality?: string;
  /** The meeting's header printed again (at the top of each page): no part of an item. */
  repeatedHeader?: boolean;
}

/** A run of chunks that is one meeting, or one text beside the meetings. */
export interface Unit {
  /** `yearLine`: the line of a repeated header that gave the year the first one left out. */
  header: (HeaderLine & { date?: HeaderDate; yearLine?: number }) | null;
  chunks: Chunk[];
}

// Page furniture: what a web page's document viewer and the meeting system print around the text.
const furnitureLine =
  /^(?:Størrelse:\s*\S*\s*px|Starte visningen fra side:?|Download\b.*|Transkript|Side\s+\d{1,3}(?:\s+af\s+\d{1,3})?|\d{1,3}|Print|Udskriv|Luk)$/i;
/** "Mødet blev hævet kl. 17.45": the meeting's end, read from its last item. */
export const closingPattern =
  /Mødet\s+(?:blev\s+)?(?:hævet|sluttede|afsluttet)\s+kl\.?\s*(\d{1,2})[:.](\d{2})\.?/i;
// A page's running head or foot from the meeting system: "Økonomiudvalget 03-01-2017 Side 2 af 5",
// "Økonomiudvalget, 03.01.2017, Side 3". A page count ("af 5") or a date marks it, not a sentence.
const pageFoot =
  /^(?:.{1,120}?[\s,|–-]\s*Side\s+\d{1,3}\s*(?:af|\/)\s*\d{1,3}|.{0,100}?\d{1,2}[-./]\d{1,2}[-./]\d{4}[\s,|–-]+Side\s+\d{1,3})\.?$/u;
const readMore = /^(?:Læs mere|Læs mere\s*»|Se mere)$/i;
// The Word reader's numbered heading ("## 2. Budget 2018") and the mark of an item of a numbered
// list's first level ("- 3. Takster"); a nested item ("  - 3. Takster") is a point under an item.
const numberedHeading = /^\s*#{1,6}\s+(?:\*\*)?\d{1,3}[.)]\s/;
const numberedListMark = /^-\s+(?=\d{1,3}[.)]\s)/;
// "Lejre Kommune 17, 4-udvalget Side 3", "Lejre Kommune Side 1." at the start of a page
const runningHead =
  /^([A-ZÆØÅ][\p{L}-]*(?:[ -][A-ZÆØÅ][\p{L}-]*)?)\s+Kommune\b.{0,60}?\bSide\b(?:\s+\d{1,3}\b(?![.,]))?\s*/u;

/**
 * A line as the meetings importer reads it: trimmed, without the marks the Word and PDF readers
 * give headings ("# Referat Økonomiudvalget …"), bold text ("**Beslutning:**") and the items of a
 * numbered list ("- 4. Budget 2018").
 *
 * @example
 * plainLine("## **Beslutning:** "); // "Beslutning:"
 */
export function plainLine(text: string): string {
  return text
    .replace(numberedListMark, "")
    .trim()
    .replace(/^#{1,6}\s+/, "")
    .replace(/\*\*/g, "")
    .trim();
}

/**
 * Splits a text into meetings and other texts: at "Læs mere", and at a new meeting's header. Page
 * furniture (viewer buttons, page numbers, running heads) is dropped and counted; the first header
 * line is the document's title.
 *
 * @example
 * splitUnits(text).units[0]?.header?.body; // "Byrådet"
 */
export function splitUnits(text: string): { units: Unit[]; furniture: number; title: string } {
  let furniture = 0;
  let title = "";
  const units: Unit[] = [];
  let current: Unit | null = null;
  let transcript = false;
  // Where Word numbers the items as headings, a numbered list is text of an item ("3. Takster" in a
  // case), however its count runs: its items keep their list mark and are no item titles.
  const listItems = new Map<Chunk, Unit>();
  const headedUnits = new Set<Unit>();
  for (const line of sourceLines(text)) {
    const trimmed = plainLine(line.text);
    if (trimmed === "") continue;
    if (readMore.test(trimmed)) {
      furniture += 1;
      current = null;
      continue;
    }
    if (/^Transkript$/i.test(trimmed)) transcript = true;
    if (furnitureLine.test(trimmed)) {
      furniture += 1;
      continue;
    }
    let content = trimmed;
    let page: number | undefined;
    const paged = transcript ? /^(\d{1,3})(?:\s+(.*))?$/.exec(trimmed) : null;
    if (paged) {
      page = Number(paged[1]);
      content = paged[2] ?? "";
    }
    const head = runningHead.exec(content);
    if (head) {
      furniture += 1;
      content = content.slice(head[0].length);
    }
    // A page that holds nothing but its printed page number.
    if (content === "" || /^\d{1,3}(?:\s+\d{1,3})?$/.test(content)) {
      if (content !== "") furniture += 1;
      continue;
    }
    if (content.length <= 160 && pageFoot.test(content) && readHeaderLine(content) === null) {
      furniture += 1;
      continue;
    }
    const chunk: Chunk = { line: line.number, text: content, runningHead: head !== null };
    if (page !== undefined) chunk.page = page;
    if (head?.[1] !== undefined) chunk.municipality = head[1];
    let header = readHeaderLine(content);
    // "Byrådet" on one line and "Dagsorden" on the next, or "Referat" above "Økonomiudvalget": one header.
    const previous = current?.header === null ? current.chunks.at(-1) : undefined;
    if (header === null && previous !== undefined) header = readHeaderOverTwoLines(previous.text, content);
    if (header !== null) {
      if (title === "") title = content.slice(0, 200);
      const dated = { ...header, ...withDate(readHeaderFields(content.slice(0, 400)).date) };
      if (current?.header && sameMeeting(current.header, dated)) {
        chunk.repeatedHeader = true;
        current.chunks.push(chunk);
        if (current.header.date?.year === undefined && dated.date?.year !== undefined) {
          current.header.date = dated.date;
          current.header.yearLine = chunk.line;
        }
        continue;
      }
      if (current !== null && current.header === null && current.chunks.length <= 3) {
        current.header = dated;
        current.chunks.push(chunk);
        continue;
      }
      current = { header: dated, chunks: [chunk] };
      units.push(current);
      continue;
    }
    if (current === null) {
      current = { header: null, chunks: [] };
      units.push(current);
    }
    current.chunks.push(chunk);
    if (numberedListMark.test(line.text)) listItems.set(chunk, current);
    else if (numberedHeading.test(line.text)) headedUnits.add(current);
  }
  for (const [chunk, unit] of listItems) if (headedUnits.has(unit)) chunk.text = `- ${chunk.text}`;
  return { units, furniture, title };
}

function withDate(date: HeaderDate | undefined): { date?: HeaderDate } {
  return date === undefined ? {} : { date };
}

function sameMeeting(a: HeaderLine & { date?: HeaderDate }, b: HeaderLine & { date?: HeaderDate }): boolean {
  const body = (text: string) => text.toLowerCase().replace(/\s+/g, "");
  if (a.kind !== b.kind || body(a.body) !== body(b.body)) return false;
  if (a.date === undefined || b.date === undefined) return true;
  if (a.date.day !== b.date.day || a.date.month !== b.date.month) return false;
  return a.date.year === undefined || b.date.year === undefined || a.date.year === b.date.year;
}
