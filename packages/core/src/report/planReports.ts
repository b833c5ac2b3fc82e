// Plans and meetings as committee papers: a table of activities per track, a table of items per
// meeting.

import { decisionOutcomeLabels } from "../i18n/decisionOutcomeLabels";
import type { Locale } from "../i18n/locale";
import type { MeetingsDocument } from "../model/meetings.schema";
import type { PlanDocument } from "../model/plan.schema";
import { escapeHtml } from "../richText/richText";
import { formatReportDate, paper, textCells, titleBlocks } from "./paper";
import type { Report, ReportCell } from "./reportModel";
import { reportText } from "./reportText";

/**
 * A plan as a paper (landscape): its introduction, then each track's activities as a table, the
 * activities of no track last.
 *
 * @example
 * planReport(communicationPlan2017, "da").page.orientation; // "landscape"
 */
export function planReport(document: PlanDocument, locale: Locale): Report {
  const t = reportText[locale];
  const blocks = titleBlocks(document);
  if (document.introduction) {
    blocks.push({ kind: "heading", level: 2, text: t.introduction });
    blocks.push({ kind: "rich", html: document.introduction });
  }
  const groups: { title: string; description?: string; id: string | undefined }[] = [
    ...document.tracks.map((track) => ({
      id: track.id,
      // As programmes head their tracks ("Ad 2) …"), which is also how the importers know one.
      title: track.label ? `Ad ${track.label}) ${track.title}` : track.title,
      ...(track.description ? { description: track.description } : {}),
    })),
    { id: undefined, title: t.plan },
  ];
  for (const group of groups) {
    const activities = document.activities.filter((activity) =>
      group.id === undefined
        ? activity.track === undefined || !document.tracks.some((track) => track.id === activity.track)
        : activity.track === group.id,
    );
    if (activities.length === 0) continue;
    blocks.push({ kind: "heading", level: 2, text: group.title });
    if (group.description) blocks.push({ kind: "rich", html: group.description });
    blocks.push({
      kind: "table",
      role: "plan",
      caption: t.activitiesOf(group.title),
      header: textCells(t.planColumns),
      rowHeaders: true,
      rows: activities.map((activity): ReportCell[] => [
        { kind: "text", text: activity.date.text },
        { kind: "text", text: activity.theme ?? "" },
        { kind: "text", text: activity.title },
        { kind: "rich", html: activity.description ?? "" },
        { kind: "text", text: activity.participants ?? "" },
        { kind: "text", text: activity.responsible ?? "" },
      ]),
    });
  }
  return paper(document, locale, "landscape", blocks);
}

/**
 * Meetings as a paper: per meeting its kind, body and date as a heading, time, place and who was
 * absent, and its items as a table with recommendation, decision and outcome.
 *
 * @example
 * meetingsReport(meetingsLejre2017, "da").blocks[1]?.text; // "Referat: 17, 4-udvalget, 3. januar 2017"
 */
export function meetingsReport(document: MeetingsDocument, locale: Locale): Report {
  const t = reportText[locale];
  const blocks = titleBlocks(document);
  if (document.meetings.length === 0) blocks.push({ kind: "paragraph", text: t.noMeetings });
  for (const meeting of document.meetings) {
    const heading = `${t.kinds[meeting.kind]}: ${meeting.body}, ${formatReportDate(meeting.date, locale)}`;
    blocks.push({ kind: "heading", level: 2, text: heading });
    const facts: string[] = [];
    if (meeting.start) facts.push(`${t.time}: ${meeting.start}${meeting.end ? `–${meeting.end}` : ""}`);
    if (meeting.place) facts.push(`${t.place}: ${meeting.place}`);
    if (meeting.absent.length > 0)
      facts.push(
        `${t.absent}: ${meeting.absent
          .map((person) =>
            [person.name, person.affiliation, person.note]
              .map((part, index) => (index === 0 || part === undefined ? part : `(${part})`))
              .filter((part) => part !== undefined)
              .join(" "),
          )
          .join(", ")}`,
      );
    if (facts.length > 0) blocks.push({ kind: "list", items: facts });
    if (meeting.items.length === 0) continue;
    blocks.push({
      kind: "table",
      role: "meeting",
      caption: t.itemsOf(heading),
      header: textCells(t.meetingColumns),
      rowHeaders: true,
      rows: meeting.items.map((item): ReportCell[] => [
        { kind: "text", text: item.number },
        { kind: "text", text: item.title },
        { kind: "text", text: item.caseNumber ?? "" },
        {
          kind: "rich",
          html: (item.recommendation ?? []).map((clause) => `<p>${escapeHtml(clause)}</p>`).join(""),
        },
        { kind: "rich", html: item.decision === undefined ? "" : `<p>${escapeHtml(item.decision)}</p>` },
        { kind: "text", text: decisionOutcomeLabels[locale][item.outcome] },
      ]),
    });
  }
  return paper(document, locale, "portrait", blocks);
}
