// milepael's meetings paper printed to PDF (`milepael report --format pdf`, a browser's "Save as
// PDF"): read by the paper's own reader, as the Word reader reads the paper's pages.

import type { MeetingsDocument } from "../../model/meetings.schema";
import { importMeetingsText, type MeetingsImportOptions } from "../meetings/importMeetingsText";
import { importMeetingsPaper, isMeetingsPaper } from "../meetings/meetingsPaper";
import { normalizeInput } from "../shared/normalize";
import type { ImportResult } from "../shared/result";

/**
 * Reads the meetings of a PDF's lines: milepael's meetings paper printed to PDF by its layout
 * (`importMeetingsPaper`), any other minutes or agenda with `importMeetingsText`. The layout names
 * a heading by its size, a level above the paper's (the title and a meeting's heading are both
 * "#", an item's "##"), so the headings after the title are read a level down. Lines are neither
 * added nor removed: findings keep their page and line.
 *
 * @example
 * importPdfMeetings("# Møder\nDato\t3. januar 2017\n# Referat: Byrådet, 3. januar 2017").document?.meetings[0]?.body; // "Byrådet"
 */
export function importPdfMeetings(
  text: string,
  options: MeetingsImportOptions = {},
): ImportResult<MeetingsDocument> {
  const lines = text.split("\n");
  const title = lines.findIndex((line) => line.startsWith("# "));
  const paper = lines
    .map((line, index) => (index > title && line.startsWith("#") ? `#${line}` : line))
    .join("\n");
  return isMeetingsPaper(normalizeInput(paper).text)
    ? importMeetingsPaper(paper, options)
    : importMeetingsText(text, options);
}
