// Plans as committee papers: a table of activities per track (meetings: meetingsReport.ts).

import type { Locale } from "../i18n/locale";
import type { PlanDocument } from "../model/plan.schema";
import { paper, textCells, titleBlocks } from "./paper";
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
