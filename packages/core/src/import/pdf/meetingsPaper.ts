// milepael's meetings paper printed to PDF (`milepael report --format pdf`, a browser's "Save as
// PDF", or its Word export saved as PDF): its lines as the paper's reader reads them, as the Word
// reader writes the paper's pages.

import type { LocatedLine } from "../importLocatedLines";
import { isMeetingsPaper, isPaperSection } from "../meetings/meetingsPaper";
import { normalizeInput } from "../shared/normalize";

/**
 * A PDF's lines as the meetings paper's reader reads them, when they are milepael's meetings paper
 * printed to PDF; any other PDF's lines as they are. The layout names a heading by its size, which
 * is not the paper's level: printed from the report, the title and a meeting's heading are both
 * "#" and an item's "##"; from the Word export, a meeting's and an item's are both "##". After the
 * title, a meeting's and the related documents' heading are read as the paper's second level, any
 * other as an item's; the running head a paper of one page keeps is dropped. Each line keeps its
 * page and line, for the findings.
 *
 * @example
 * meetingsPaperLines(lines).find((line) => line.text.startsWith("## "))?.text; // "## Referat: Byrådet, 3. januar 2017"
 */
export function meetingsPaperLines(lines: readonly LocatedLine[]): readonly LocatedLine[] {
  const first = lines.findIndex((line) => line.text.startsWith("# "));
  // A paper of one page keeps its running head (the title) above the title: no other page repeats
  // it for the layout to drop as a page's furniture. Its small type may lose a space the title keeps.
  const unspaced = (text: string) => text.replace(/\s+/g, "");
  const runningHead = unspaced(lines[first]?.text.slice(2) ?? "");
  const kept = lines.filter((line, index) => index >= first || unspaced(line.text) !== runningHead);
  const title = kept.findIndex((line) => line.text.startsWith("# "));
  const levelled = (level: (marks: string, heading: string) => string) =>
    kept.map((line, index) => {
      const heading = index > title ? /^(#{1,2}) (.*)$/.exec(line.text) : null;
      if (heading === null) return line;
      const [, marks = "", text = ""] = heading;
      return { ...line, text: `${level(marks, text)} ${text}` };
    });
  const isPaper = (paper: readonly LocatedLine[]) =>
    isMeetingsPaper(normalizeInput(paper.map((line) => line.text).join("\n")).text);
  // Told as the paper by its headings as the report prints them (a level up) or as Word does.
  if (!isPaper(levelled((marks) => `#${marks}`)) && !isPaper(kept)) return lines;
  return levelled((_marks, text) => (isPaperSection(text) ? "##" : "###"));
}
