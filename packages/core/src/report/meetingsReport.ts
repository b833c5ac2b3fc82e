// Minutes and agendas as a committee paper: per meeting a table of its items, then each item's
// longer fields under its own heading as Danish minutes print them, then the texts published beside
// the meetings. The paper says every field, so the Word file reads back without its copy.

import { decisionOutcomeLabels } from "../i18n/decisionOutcomeLabels";
import type { Locale } from "../i18n/locale";
import type { Meeting, MeetingItem, MeetingsDocument } from "../model/meetings.schema";
import { escapeHtml } from "../richText/richText";
import { formatReportDate, paper, textCells, titleBlocks } from "./paper";
import type { Report, ReportBlock, ReportCell } from "./reportModel";
import { type ReportText, reportText } from "./reportText";

/**
 * Meetings as a paper: the organisation among the title page's fields, per meeting its kind, body and date as a heading, time, place, municipality
 * and who was absent, its items as a table with recommendation, decision and outcome, then under
 * each item's number and title its summary (Resumé), decision authority, case (Sagsfremstilling)
 * and attachments (Bilag); the related documents last, as a table.
 *
 * @example
 * meetingsReport(meetingsLejre2017, "da").blocks[1]?.text; // "Referat: 17, 4-udvalget, 3. januar 2017"
 */
export function meetingsReport(document: MeetingsDocument, locale: Locale): Report {
  const t = reportText[locale];
  const blocks = titleBlocks(document);
  if (document.meetings.length === 0) blocks.push({ kind: "paragraph", text: t.noMeetings });
  for (const meeting of document.meetings) blocks.push(...meetingBlocks(meeting, t, locale));
  if (document.relatedDocuments.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: t.relatedDocuments });
    blocks.push({
      kind: "table",
      role: "related",
      caption: t.relatedDocuments,
      header: textCells(t.relatedColumns),
      rowHeaders: true,
      rows: document.relatedDocuments.map((related) =>
        textCells([
          related.title,
          related.kind,
          related.municipality ?? "",
          related.date === undefined ? "" : formatReportDate(related.date, locale),
        ]),
      ),
    });
  }
  const report = paper(document, locale, "portrait", blocks);
  // The organisation is on the meetings paper's title page (a plan's and a follow-up's say it
  // elsewhere or not at all), so the paper reads back with it rather than one made from a municipality.
  const { organisation } = document.metadata;
  if (organisation) report.fields.push({ label: "Organisation", value: organisation });
  return report;
}

function meetingBlocks(meeting: Meeting, t: ReportText, locale: Locale): ReportBlock[] {
  const heading = `${t.kinds[meeting.kind]}: ${meeting.body}, ${formatReportDate(meeting.date, locale)}`;
  const blocks: ReportBlock[] = [{ kind: "heading", level: 2, text: heading }];
  const facts: string[] = [];
  // An end without a start is written after the dash all the same ("–18:00"), so it is not lost.
  if (meeting.start || meeting.end)
    facts.push(`${t.time}: ${meeting.start ?? ""}${meeting.end ? `–${meeting.end}` : ""}`);
  if (meeting.place) facts.push(`${t.place}: ${meeting.place}`);
  if (meeting.municipality) facts.push(`${t.municipality}: ${meeting.municipality}`);
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
  if (meeting.items.length === 0) return blocks;
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
      { kind: "rich", html: paragraphsOf(item.recommendation ?? []) },
      // A decision's lines are paragraphs: a line break in HTML is a space, and the lines ran together.
      { kind: "rich", html: paragraphsOf(item.decision === undefined ? [] : item.decision.split("\n")) },
      { kind: "text", text: decisionOutcomeLabels[locale][item.outcome] },
    ]),
  });
  for (const item of meeting.items) blocks.push(...itemDetails(item, t));
  return blocks;
}

/** Lines of plain text as rich text, a paragraph each. */
function paragraphsOf(lines: readonly string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("");
}

/**
 * An item's fields too long for the table, each under its label as the minutes print them; an item
 * without any gets no heading. A field present but empty keeps its label, so it reads back present.
 */
function itemDetails(item: MeetingItem, t: ReportText): ReportBlock[] {
  const fields: ReportBlock[] = [];
  for (const [label, text] of [
    [t.itemFields.summary, item.summary],
    [t.itemFields.decisionAuthority, item.decisionAuthority],
    [t.itemFields.caseText, item.caseText],
  ] as const) {
    if (text === undefined) continue;
    fields.push({ kind: "paragraph", role: "label", text: label });
    if (text !== "") fields.push({ kind: "paragraph", text });
  }
  if (item.attachments.length > 0) {
    fields.push({ kind: "paragraph", role: "label", text: t.itemFields.attachments });
    fields.push({ kind: "list", items: item.attachments });
  }
  if (fields.length === 0) return [];
  return [{ kind: "heading", level: 3, text: `${item.number}. ${item.title}` }, ...fields];
}
