import type { Initiative } from "../../model/budgetFollowUp.schema";
import { escapeHtml, richTextToPlainText } from "../../richText/richText";
import { richCell } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import { plainCellText } from "../shared/plainCell";
import { joinBlocks, topLevelBlocks } from "./blocks";

type Responsibility = Pick<
  Initiative,
  "responsibleCenter" | "responsibleCommittee" | "keyContributors" | "notes"
>;

const labels = /(Ansvarligt center|Ansvarligt udvalg|Væsentlig(?:e)? bidragsydere?):/gi;

/**
 * "Ansvarligt center: … Ansvarligt udvalg: … Væsentlig bidragsyder: …", then free notes. A cell
 * without those labels is all notes.
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
): Partial<Responsibility> {
  const plain = plainCellText(cell);
  const blocks = topLevelBlocks(cell, onTooDeep);
  // A plain cell is its own first block's text; no need to read the block back.
  const first = plain ?? richTextToPlainText(blocks[0] ?? "").replace(/\s+/g, " ");
  const found = [...first.matchAll(labels)];
  if (found.length === 0) {
    const notes = richCell(cell, line, collector);
    return notes === "" ? {} : { notes };
  }
  const values: Record<string, string> = {};
  found.forEach((match, index) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = found[index + 1]?.index ?? first.length;
    values[(match[1] ?? "").toLowerCase().slice(0, 12)] = first.slice(start, end).trim();
  });
  const noteBlocks = blocks.slice(1);
  let contributor = values["væsentlig bi"] ?? "";
  const sentence = splitTrailingSentence(contributor);
  if (sentence !== null) {
    contributor = sentence.before;
    noteBlocks.unshift(escapeHtml(sentence.note));
    collector.add("info", "import.note-split", line, { text: sentence.note });
  }
  const notes = noteBlocks.length === 0 ? "" : richCell(joinBlocks(noteBlocks), line, collector);
  return {
    ...(values["ansvarligt c"] ? { responsibleCenter: values["ansvarligt c"] } : {}),
    ...(values["ansvarligt u"] ? { responsibleCommittee: values["ansvarligt u"] } : {}),
    // Lists of units stay one string: unit names hold commas themselves ("By, Erhverv og Miljø").
    keyContributors: contributor === "" ? [] : [contributor],
    ...(notes === "" ? {} : { notes }),
  };
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
