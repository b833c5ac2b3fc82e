import { toDateExpression } from "../model/dateExpression";
import type { Meeting, MeetingItem, MeetingsDocument } from "../model/meetings.schema";
import type { Activity, PlanDocument, Track } from "../model/plan.schema";

export interface ExtractPlanOptions {
  /** The ISO week that a consultant's "uge x" stands for; without it "uge x+4" stays relative. */
  anchorWeek?: { year: number; week: number };
}

const months =
  "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec";
/**
 * Date phrases in running text: days ("12. marts", "7. maj 2017"), part of month ("medio april"),
 * weeks ("uge 41", "uge x+4") and the school-year periods ("inden sommerferien", "før jul",
 * "efter nytår").
 */
const datePhrase = new RegExp(
  [
    `\\b\\d{1,2}\\.\\s?(?:${months})\\.?(?:\\s\\d{4})?(?![\\p{L}])`,
    `\\b(?:primo|medio|ultimo)\\s(?:${months})(?:\\s\\d{4})?(?![\\p{L}])`,
    "\\buge\\s(?:x(?:\\s?[+-]\\s?\\d{1,2})?|\\d{1,2}(?:\\s\\d{4})?)(?![\\p{L}\\d])",
    "\\b(?:inden|før|op til|efter)\\ssommerferien\\b",
    "\\b(?:før|inden)\\sjul(?:en)?(?![\\p{L}])",
    "\\befter\\snytår(?:et)?(?![\\p{L}])",
  ].join("|"),
  "giu",
);

/**
 * The process plan inside meetings: every date an item's recommendation, decision or case text
 * names ("bootcamps … søndage; 12. marts, 26. marts og 7. maj", "Fase 1 … inden sommerferien",
 * "uge x+4") becomes an activity, in a track per item, so each activity links to its meeting item
 * (`track` is `<meeting id>#<item number>`). Dates without a year take the meeting's year; days
 * before the meeting are background ("besluttede på sit møde den 28. november"), not plan, and are
 * left out. The summary (Resumé) is background too and is not read.
 *
 * @example
 * const plan = extractPlan(meetings);
 * plan.activities.map((activity) => activity.date.text); // ["12. marts", "26. marts", "7. maj", "inden sommerferien", ...]
 */
export function extractPlan(document: MeetingsDocument, options: ExtractPlanOptions = {}): PlanDocument {
  const tracks: Track[] = [];
  const activities: Activity[] = [];
  for (const meeting of document.meetings) {
    for (const item of meeting.items) {
      const found = itemActivities(meeting, item, options);
      if (found.length === 0) continue;
      tracks.push({
        id: `${meeting.id}#${item.number}`,
        label: item.number,
        title: `${meeting.body} ${meeting.date.split("-").reverse().join("-")}: ${item.title}`,
      });
      activities.push(...found);
    }
  }
  const sources = new Set(tracks.map((track) => track.id.split("#")[0]));
  const only = sources.size === 1 ? document.meetings.find((meeting) => sources.has(meeting.id)) : undefined;
  return {
    schemaVersion: 2,
    type: "plan",
    planKind: "other",
    metadata: {
      ...document.metadata,
      title: only
        ? `Procesplan fra ${only.body} ${only.date.split("-").reverse().join("-")}`
        : `Procesplan fra ${document.metadata.title}`,
    },
    tracks,
    activities,
  };
}

function itemActivities(meeting: Meeting, item: MeetingItem, options: ExtractPlanOptions): Activity[] {
  const year = Number(meeting.date.slice(0, 4));
  const texts = [...(item.recommendation ?? []), item.decision ?? "", item.caseText ?? ""];
  const activities: Activity[] = [];
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const matches = [...sentence.matchAll(datePhrase)];
      const firstAt = matches[0]?.index;
      if (firstAt === undefined) continue;
      const before = sentence
        .slice(0, firstAt)
        .replace(/[\s,;:–-]+$/, "")
        .trim();
      const title = (before.length >= 20 ? before : sentence).trim().slice(0, 200);
      for (const match of matches) {
        const date = toDateExpression(match[0], {
          year,
          ...(options.anchorWeek ? { anchorWeek: options.anchorWeek } : {}),
        });
        if (date.kind === null) continue;
        // A day before the meeting is what happened, not what is planned.
        if (date.end !== null && date.end < meeting.date && !date.approximate) continue;
        activities.push({
          id: `${meeting.id}#${item.number}/${activities.length + 1}`,
          date,
          theme: item.title,
          title,
          responsible: meeting.body,
          track: `${meeting.id}#${item.number}`,
          tags: [`møde:${meeting.id}`, `punkt:${item.number}`],
        });
      }
    }
  }
  return activities;
}
