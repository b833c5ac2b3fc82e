// A meetings paper edited in Word whose file still carries milepael's copy of the document: the
// pages say what the meetings are (the edit included), the copy what no page shows.

import { diagnostic } from "../../diagnostics/diagnostic";
import type { MilepaelDocument } from "../../model/document.schema";
import type { Meeting, MeetingsDocument } from "../../model/meetings.schema";
import { meetingKey } from "../meetings/blockMeetings";
import { TakenInOrder, UniqueIds } from "../meetings/meetingParts";
import type { ImportResult } from "../shared/result";

/**
 * The meetings read from edited pages with what the paper cannot show taken from the file's copy:
 * the document's year and organisation, and each meeting's id where the copy has a meeting of the
 * same body, kind and day (in order, when several share them). A meeting the copy does not have
 * keeps the id made from its heading; ids stay unique.
 *
 * @example
 * withCopyFields(pages, copy).meetings[0]?.id; // the copy's id of that meeting
 */
export function withCopyFields(pages: MeetingsDocument, copy: MeetingsDocument): MeetingsDocument {
  const keyOf = (meeting: Meeting) => meetingKey(meeting.body, meeting.kind, meeting.date);
  const copyMeetings = new TakenInOrder(copy.meetings, keyOf);
  const ids = new UniqueIds();
  const { year, organisation } = copy.metadata;
  const { year: _year, organisation: _organisation, ...shown } = pages.metadata;
  return {
    ...pages,
    metadata: {
      ...shown,
      ...(year === undefined ? {} : { year }),
      ...(organisation === undefined ? {} : { organisation }),
    },
    meetings: pages.meetings.map((meeting) => ({
      ...meeting,
      id: ids.take(copyMeetings.take(keyOf(meeting))?.id ?? meeting.id),
    })),
  };
}

/**
 * A meetings paper edited in Word that still carries its copy: what the pages say, with what no
 * page shows from the copy (`withCopyFields`), and said to differ from the copy. Other documents
 * as their pages say.
 *
 * @example
 * editedMeetings(fromPages, copy).diagnostics[0]?.code; // "import.docx-copy-differs"
 */
export function editedMeetings(
  fromPages: ImportResult<MilepaelDocument>,
  copy: MilepaelDocument,
): ImportResult<MilepaelDocument> {
  const pages = fromPages.document;
  if (pages?.type !== "meetings" || copy.type !== "meetings") return fromPages;
  // The copy gave what the paper reading made up (ids, year, organisation): that finding no longer holds.
  const found = fromPages.diagnostics.filter((finding) => finding.code !== "meetings.paper-read");
  return {
    document: withCopyFields(pages, copy),
    diagnostics: [diagnostic("warning", "import.docx-copy-differs", []), ...found],
  };
}
