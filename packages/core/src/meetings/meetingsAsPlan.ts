import type { Meeting, MeetingsDocument } from "../model/meetings.schema";
import type { Activity, PlanDocument } from "../model/plan.schema";
import { escapeRichText } from "../richText/richText";

/**
 * Meetings as a plan the Timeline and the AnnualWheel draw as they are: one activity per
 * meeting, a single day, in a lane (`theme`) per body, its items and decisions as the description.
 * The activity's id is the meeting's id, so a selection maps back to the meeting.
 *
 * @example
 * <Timeline document={meetingsAsPlan(meetings)} laneBy="theme" />;
 */
export function meetingsAsPlan(document: MeetingsDocument): PlanDocument {
  return {
    schemaVersion: 2,
    type: "plan",
    planKind: "other",
    metadata: document.metadata,
    tracks: [],
    activities: document.meetings.map(meetingActivity),
  };
}

function meetingActivity(meeting: Meeting): Activity {
  const items = meeting.items.map((item) => {
    const decision = item.decision ? `: ${escapeRichText(item.decision)}` : "";
    return `<li>${escapeRichText(item.number)}. ${escapeRichText(item.title)}${decision}</li>`;
  });
  const time = [meeting.start, meeting.end].filter(Boolean).join("-");
  return {
    id: meeting.id,
    date: {
      text: meeting.date.split("-").reverse().join("-"),
      kind: "day",
      start: meeting.date,
      end: meeting.date,
      precision: "day",
      approximate: false,
      eitherOr: false,
      ongoing: false,
      yearInferred: false,
    },
    theme: meeting.body,
    title: `${meeting.kind === "referat" ? "Referat" : "Dagsorden"} ${meeting.body}`,
    ...(items.length > 0 ? { description: `<ul>${items.join("")}</ul>` } : {}),
    ...(meeting.place || time ? { participants: [time, meeting.place].filter(Boolean).join(", ") } : {}),
    responsible: meeting.body,
    tags: [meeting.kind],
  };
}
