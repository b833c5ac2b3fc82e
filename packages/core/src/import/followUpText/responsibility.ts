import type { Initiative } from "../../model/budgetFollowUp.schema";
import { escapeHtml, richTextToPlainText } from "../../richText/richText";
import { richCell } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import { plainCellText } from "../shared/plainCell";
import { joinBlocks, parsedBlocks } from "./blocks";

type Responsibility = Pick<
  Initiative,
  "responsibleCenter" | "responsibleCommittee" | "keyContributors" | "notes"
>;

// No capture: the label is the match, its colon after it (a capture was one more string per label).
const labels = /(?:Ansvarligt center|Ansvarligt udvalg|Væsentlig(?:e)? bidragsydere?):/gi;

/**
 * "Ansvarligt center: … Ansvarligt udvalg: … Væsentlig bidragsyder: …", then free notes. A cell
 * without those labels is all notes. `plainSpace`: the cell is a piece of a text `hasPlainSpace` passed.
 *
 * @example
 * readResponsibility("Ansvarligt center: Skole Ansvarligt udvalg: Børneudvalget", 7, collector, onTooDeep);
 * // { responsibleCenter: "Skole", responsibleCommittee: "Børneudvalget", keyContributors: [] }
 */
export function readResponsibility(
  cell: string,
  line: number,
  collector: DiagnosticCollector,
  onTooDeep: () => void,
  plainSpace = false,
): Partial<Responsibility> {
  const plain = plainCellText(cell, plainSpace);
  // A plain cell is one block (none when empty), its own text: no blocks to make and read back.
  const blocks = plain === undefined ? parsedBlocks(cell, onTooDeep) : undefined;
  const first = plain ?? richTextToPlainText(blocks?.[0] ?? "").replace(/\s+/g, " ");
  // Each label's value is the text up to the next label; a label written twice keeps the last.
  // Found with `test` (where each ends) rather than `exec`: no array and string per label.
  let center = "";
  let committee = "";
  let contributor = "";
  let name: LabelName | undefined;
  let valueStart = 0;
  labels.lastIndex = 0;
  while (labels.test(first)) {
    const end = labels.lastIndex;
    const start = labelStart(first, end);
    if (name !== undefined) {
      const value = trimmedSlice(first, valueStart, start);
      if (name === "center") center = value;
      else if (name === "committee") committee = value;
      else contributor = value;
    }
    name = labelName(first, start);
    valueStart = end;
  }
  if (name === undefined) {
    const notes = richCell(cell, line, collector, plainSpace);
    return notes === "" ? {} : { notes };
  }
  let last = trimmedSlice(first, valueStart, first.length);
  const noteBlocks = blocks === undefined ? [] : blocks.slice(1);
  // The notes follow whichever label comes last, in the same paragraph where the print joined its
  // lines (LibreOffice's PDF: "Ansvarligt udvalg: Økonomiudvalget Indsatsen mod … Arbejdsmarked.").
  // A centre or committee keeps its first word ("Center for …" is a name, not a sentence).
  const sentence = splitTrailingSentence(last, name === "contributors" ? 0 : 1);
  if (sentence !== null) {
    last = sentence.before;
    noteBlocks.unshift(escapeHtml(sentence.note));
    collector.add("info", "import.note-split", line, { text: sentence.note });
  }
  if (name === "center") center = last;
  else if (name === "committee") committee = last;
  else contributor = last;
  const notes = noteBlocks.length === 0 ? "" : richCell(joinBlocks(noteBlocks), line, collector);
  // Built field by field in the order the spread wrote them: fewer objects per initiative.
  const result: Partial<Responsibility> = {};
  if (center) result.responsibleCenter = center;
  if (committee) result.responsibleCommittee = committee;
  // Lists of units stay one string: unit names hold commas themselves ("By, Erhverv og Miljø").
  result.keyContributors = contributor === "" ? [] : [contributor];
  if (notes !== "") result.notes = notes;
  return result;
}

type LabelName = "center" | "committee" | "contributors";

/**
 * Which label starts at `start`, without a lower-case copy (slow on the two-byte strings the
 * smileys make): the pattern matches only the three labels, in any case, and they differ at their
 * first and twelfth character.
 */
function labelName(text: string, start: number): LabelName {
  if ((text.charCodeAt(start) | 0x20) === 0x76) return "contributors";
  return (text.charCodeAt(start + 11) | 0x20) === 0x63 ? "center" : "committee";
}

/**
 * Where the label the pattern matched up to `end` (after its colon) starts, from its last letters:
 * "Ansvarligt udvalg:" and "Ansvarligt center:" have 18 characters, "Væsentlig(e) bidragsyder(e):"
 * 22 to 24 (the letter before " bidragsyder" says whether "Væsentlige" has its e).
 */
function labelStart(text: string, end: number): number {
  const last = text.charCodeAt(end - 2) | 0x20;
  if (last === 0x67) return end - 18;
  if (last === 0x72) {
    if (text.charCodeAt(end - 8) === 0x20) return end - 18;
    return (text.charCodeAt(end - 14) | 0x20) === 0x65 ? end - 23 : end - 22;
  }
  return (text.charCodeAt(end - 15) | 0x20) === 0x65 ? end - 24 : end - 23;
}

/**
 * `text.slice(start, end).trim()` with one string instead of two: plain spaces are stepped over in
 * place, and only a value that still starts or ends with other white space is trimmed as before.
 */
function trimmedSlice(text: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from < to && text.charCodeAt(from) === 0x20) from += 1;
  while (to > from && text.charCodeAt(to - 1) === 0x20) to -= 1;
  if (from === to) return "";
  const value = text.slice(from, to);
  return mayBeSpace(text.charCodeAt(from)) || mayBeSpace(text.charCodeAt(to - 1)) ? value.trim() : value;
}

/** Every character `trim` removes is one of these (tabs and line breaks, U+00A0, U+1680 and above). */
function mayBeSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code >= 0x1680;
}

/**
 * A sentence after the last responsibility label is a note, not a unit name ("Væsentlig
 * bidragsyder: Skoler, Institutioner og Kultur Justeringen af … brugere."). Unit names never end
 * with a full stop; a sentence starts at a capitalised word followed by a lower-case one, at the
 * word `from` or after it.
 */
function splitTrailingSentence(value: string, from: number): { before: string; note: string } | null {
  if (!value.endsWith(".")) return null;
  const words = value.split(" ");
  const joiners = new Set(["og", "samt", "&"]);
  for (let index = from; index < words.length - 1; index += 1) {
    const word = words[index] as string;
    const next = words[index + 1] as string;
    const startsSentence = /^[A-ZÆØÅ]/.test(word) && /^[a-zæøå]/.test(next) && !joiners.has(next);
    if (startsSentence && words.length - index >= 4) {
      return { before: words.slice(0, index).join(" ").trim(), note: words.slice(index).join(" ") };
    }
  }
  return null;
}
