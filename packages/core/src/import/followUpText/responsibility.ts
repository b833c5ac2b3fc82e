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
  const values = { "ansvarligt c": "", "ansvarligt u": "", "væsentlig bi": "" };
  let name: string | undefined;
  let valueStart = 0;
  const take = (end: number) => {
    if (name !== undefined && Object.hasOwn(values, name))
      values[name as keyof typeof values] = first.slice(valueStart, end).trim();
  };
  labels.lastIndex = 0;
  for (let match = labels.exec(first); match !== null; match = labels.exec(first)) {
    take(match.index);
    name = labelName(match[0]);
    valueStart = labels.lastIndex;
  }
  if (name === undefined) {
    const notes = richCell(cell, line, collector, plainSpace);
    return notes === "" ? {} : { notes };
  }
  take(first.length);
  const noteBlocks = blocks === undefined ? [] : blocks.slice(1);
  let contributor = values["væsentlig bi"];
  const sentence = splitTrailingSentence(contributor);
  if (sentence !== null) {
    contributor = sentence.before;
    noteBlocks.unshift(escapeHtml(sentence.note));
    collector.add("info", "import.note-split", line, { text: sentence.note });
  }
  const notes = noteBlocks.length === 0 ? "" : richCell(joinBlocks(noteBlocks), line, collector);
  // Built field by field in the order the spread wrote them: fewer objects per initiative.
  const result: Partial<Responsibility> = {};
  if (values["ansvarligt c"]) result.responsibleCenter = values["ansvarligt c"];
  if (values["ansvarligt u"]) result.responsibleCommittee = values["ansvarligt u"];
  // Lists of units stay one string: unit names hold commas themselves ("By, Erhverv og Miljø").
  result.keyContributors = contributor === "" ? [] : [contributor];
  if (notes !== "") result.notes = notes;
  return result;
}

/**
 * The label's first twelve characters in lower case, the key of its value, without a lower-case
 * copy (slow on the two-byte strings the smileys make): the pattern matches only the three
 * labels, in any case, and they differ at their first and twelfth character.
 */
function labelName(label: string): string {
  if ((label.charCodeAt(0) | 0x20) === 0x76) return "væsentlig bi";
  return (label.charCodeAt(11) | 0x20) === 0x63 ? "ansvarligt c" : "ansvarligt u";
}

/**
 * A sentence after the last responsibility label is a note, not a unit name ("Væsentlig
 * bidragsyder: Skoler, Institutioner og Kultur Justeringen af … brugere."). Unit names never end
 * with a full stop; a sentence starts at a capitalised word followed by a lower-case one.
 */
function splitTrailingSentence(value: string): { before: string; note: string } | null {
  if (!value.endsWith(".")) return null;
  const words = value.split(" ");
  const joiners = new Set(["og", "samt", "&"]);
  for (let index = 0; index < words.length - 1; index += 1) {
    const word = words[index] as string;
    const next = words[index + 1] as string;
    const startsSentence = /^[A-ZÆØÅ]/.test(word) && /^[a-zæøå]/.test(next) && !joiners.has(next);
    if (startsSentence && words.length - index >= 4) {
      return { before: words.slice(0, index).join(" ").trim(), note: words.slice(index).join(" ") };
    }
  }
  return null;
}
