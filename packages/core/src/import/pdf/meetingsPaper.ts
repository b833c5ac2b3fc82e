// milepael's meetings paper printed to PDF (`milepael report --format pdf`, a browser's "Save as
// PDF"): its lines as the paper's reader reads them, as the Word reader writes the paper's pages.

import type { LocatedLine } from "../importLocatedLines";
import { isMeetingsPaper } from "../meetings/meetingsPaper";
import { normalizeInput } from "../shared/normalize";

/**
 * A PDF's lines as the meetings paper's reader reads them, when they are milepael's meetings paper
 * printed to PDF; any other PDF's lines as they are. The layout names a heading by its size, a level
 * above the paper's (the title and a meeting's heading are both "#", an item's "##"), so the
 * headings after the title go a level down, and the running head a paper of one page keeps is
 * dropped. Each line keeps its page and line, for the findings.
 *
 * @example
 * meetingsPaperLines(lines).find((line) => line.text.startsWith("## "))?.text; // "## Referat: Byrådet, 3. januar 2017"
 */
export function meetingsPaperLines(lines: readonly LocatedLine[]): readonly LocatedLine[] {
  const title = lines.findIndex((line) => line.text.startsWith("# "));
  // A paper of one page keeps its running head (the title) above the title: no other page repeats
  // it for the layout to drop as a page's furniture. Its small type may lose a space the title keeps.
  const unspaced = (text: string) => text.replace(/\s+/g, "");
  const runningHead = unspaced(lines[title]?.text.slice(2) ?? "");
  const paper = lines.flatMap((line, index) => {
    if (index < title && unspaced(line.text) === runningHead) return [];
    return [index > title && /^#{1,2} /.test(line.text) ? { ...line, text: `#${line.text}` } : line];
  });
  const text = paper.map((line) => line.text).join("\n");
  return isMeetingsPaper(normalizeInput(text).text) ? paper : lines;
}
