// A plan or meetings paper edited in Word whose file still carries milepael's copy: the pages are
// what staff edited and win; the copy gives only what no page prints, and the finding says it differs.

import { diagnostic } from "../../diagnostics/diagnostic";
import type { MilepaelDocument } from "../../model/document.schema";
import type { ImportResult } from "../shared/result";
import { withCopyFields } from "./meetingsCopy";
import { planWithCopyFields } from "./planCopy";

/**
 * What the edited pages say, with what no page prints from the copy (`withCopyFields` for
 * meetings, `planWithCopyFields` for a plan), and said to differ from the copy
 * (`import.docx-copy-differs`). Pages read as another kind than the copy are as their pages say,
 * with the same warning.
 *
 * @example
 * editedPages(fromPages, copy).diagnostics[0]?.code; // "import.docx-copy-differs"
 */
export function editedPages(
  fromPages: ImportResult<MilepaelDocument>,
  copy: MilepaelDocument,
): ImportResult<MilepaelDocument> {
  const pages = fromPages.document;
  if (pages === null) return fromPages;
  const differs = diagnostic("warning", "import.docx-copy-differs", []);
  if (pages.type === "meetings" && copy.type === "meetings") {
    // The copy gave what the paper reading made up (ids, year, organisation): that finding no longer holds.
    const found = fromPages.diagnostics.filter((finding) => finding.code !== "meetings.paper-read");
    return { document: withCopyFields(pages, copy), diagnostics: [differs, ...found] };
  }
  const document = pages.type === "plan" && copy.type === "plan" ? planWithCopyFields(pages, copy) : pages;
  return { document, diagnostics: [differs, ...fromPages.diagnostics] };
}
