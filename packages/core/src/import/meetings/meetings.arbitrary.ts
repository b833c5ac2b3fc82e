// What the property tests of the meetings readers and writers share.

import type { Meeting, MeetingsDocument, RelatedDocument } from "../../model/meetings.schema";

/**
 * Meetings and related documents an arbitrary drew, as a meetings document titled `title`, the
 * meetings' ids m1, m2, … in their order.
 *
 * @example
 * fc.record({ title: word, meetings: fc.array(meetingArbitrary), related: fc.constant([]) }).map(asMeetingsDocument);
 */
export function asMeetingsDocument({
  title,
  meetings,
  related,
}: {
  title: string;
  meetings: Omit<Meeting, "id">[];
  related: RelatedDocument[];
}): MeetingsDocument {
  return {
    schemaVersion: 2,
    type: "meetings",
    metadata: { title },
    meetings: meetings.map((meeting, index) => ({ id: `m${index + 1}`, ...meeting })),
    relatedDocuments: related,
  };
}
