import { resolveReadingGuide } from "../assessment/readingGuide";
import { summariseRound } from "../assessment/summariseRound";
import type { Locale } from "../i18n/locale";
import { statusLabel } from "../i18n/statusLabels";
import type { BudgetFollowUp, Initiative, InitiativeKind } from "../model/budgetFollowUp.schema";
import type { MilepaelDocument } from "../model/document.schema";
import { escapeHtml } from "../richText/richText";
import { rollUp } from "../rules/rollUp";
import { type Status, statusValues } from "../status/status";
import { statusFaces } from "../status/vocabulary";
import { aboutDocumentBlocks } from "./aboutDocument";
import { meetingsReport } from "./meetingsReport";
import { paper, titleBlocks } from "./paper";
import { planReport } from "./planReports";
import type { Report, ReportCell } from "./reportModel";
import { reportText } from "./reportText";
import { type ReportSelection, selectForReport } from "./selectForReport";

export interface ReportOptions extends ReportSelection {
  /** Danish by default. The follow-up's tables keep the document's own Danish labels either way. */
  locale?: Locale | undefined;
}

/** The kind as the follow-up's table header writes it: "Kort beskrivelse af indsatsen (anlæg)". */
const kindWords: Record<InitiativeKind, string> = {
  drift: "drift",
  anlaeg: "anlæg",
  "drift-og-anlaeg": "drift og anlæg",
  "oevrig-finansiering": "øvrig finansiering",
};

/**
 * A document as a committee paper: title page fields, then for a follow-up the reading guide, a
 * summary table and chart per round with the plain-language round summary, and every section and
 * initiative laid out as the follow-up documents do (one table per initiative: header row, the
 * description and responsibility, a row per milestone with its round and smiley, the economy row).
 * Plans become tables of activities per track, meetings a table of items per meeting.
 *
 * @example
 * const report = buildReport(followUp, { onlyAttention: true });
 * report.blocks.find((block) => block.kind === "heading")?.text; // "Læsevejledning"
 */
export function buildReport(document: MilepaelDocument, options: ReportOptions = {}): Report {
  const locale = options.locale ?? "da";
  switch (document.type) {
    case "budget-follow-up":
      return followUpReport(selectForReport(document, options), locale);
    case "plan":
      return planReport(document, locale);
    case "meetings":
      return meetingsReport(document, locale);
    default:
      return document satisfies never;
  }
}

/**
 * The part of a document a paper shows: a follow-up narrowed by the selection, other documents whole.
 *
 * @example
 * selectForReportDocument(followUp, { rounds: ["2017-3"] }).rounds.length; // 1
 */
export function selectForReportDocument(
  document: MilepaelDocument,
  selection: ReportSelection = {},
): MilepaelDocument {
  return document.type === "budget-follow-up" ? selectForReport(document, selection) : document;
}

/**
 * The round a follow-up reports on: the current one, else the last with an assessment.
 *
 * @example
 * reportingRoundOf(followUp); // "2017-3"
 */
export function reportingRoundOf(document: BudgetFollowUp): string | undefined {
  if (
    document.currentRound !== undefined &&
    document.rounds.some((round) => round.id === document.currentRound)
  )
    return document.currentRound;
  const assessed = [...document.rounds]
    .reverse()
    .find((round) =>
      document.sections.some((section) =>
        section.initiatives.some((initiative) =>
          initiative.milestones.some(
            (milestone) => milestone.round === round.id && milestone.status !== "not-assessed",
          ),
        ),
      ),
    );
  return (assessed ?? document.rounds[document.rounds.length - 1])?.id;
}

function followUpReport(document: BudgetFollowUp, locale: Locale): Report {
  const t = reportText[locale];
  const guide = resolveReadingGuide(document);
  const blocks = titleBlocks(document);
  blocks.push({ kind: "heading", level: 2, text: t.readingGuide });
  blocks.push({ kind: "paragraph", text: t.readingGuideLead });
  const scaleList = (scale: "milestone" | "economy", levels: readonly Status[]) =>
    levels.map((level) => {
      const label = statusLabel(level, scale, locale);
      return `${statusFaces[level]} ${label.name}: ${label.meaning}`;
    });
  blocks.push({ kind: "paragraph", text: t.milestoneScale });
  blocks.push({ kind: "list", items: scaleList("milestone", guide.milestoneLevels) });
  blocks.push({ kind: "paragraph", text: t.economyScale });
  blocks.push({ kind: "list", items: scaleList("economy", guide.economyLevels) });

  blocks.push({ kind: "heading", level: 2, text: t.summary });
  const reporting = reportingRoundOf(document);
  const summary = reporting === undefined ? undefined : summariseRound(document, reporting, locale);
  if (summary !== undefined) blocks.push({ kind: "paragraph", text: summary, role: "summary" });
  const [all] = rollUp(document);
  const levelHeader = (scale: "milestone" | "economy"): ReportCell[] =>
    statusValues.map((status) => ({ kind: "status", status, scale }));
  const rounds = document.rounds.map((round, index) => ({
    label: round.label,
    counts: all?.rounds[index]?.counts ?? zeroCounts(),
    total: all?.rounds[index]?.total ?? 0,
  }));
  if (rounds.length > 0)
    blocks.push({
      kind: "chart",
      title: summary === undefined ? t.summaryCaption : firstSentence(summary),
      scale: "milestone",
      series: rounds.map(({ label, counts }) => ({ label, counts })),
    });
  blocks.push({
    kind: "table",
    role: "summary",
    caption: t.summaryCaption,
    header: [{ kind: "text", text: t.round }, ...levelHeader("milestone"), { kind: "text", text: t.total }],
    rowHeaders: true,
    rows: [
      ...rounds.map(({ label, counts, total }): ReportCell[] => [
        { kind: "text", text: label },
        ...statusValues.map((status): ReportCell => ({ kind: "text", text: String(counts[status]) })),
        { kind: "text", text: String(total) },
      ]),
      [
        { kind: "text", text: t.economy },
        ...statusValues.map(
          (status): ReportCell => ({ kind: "text", text: String(all?.economy[status] ?? 0) }),
        ),
        { kind: "text", text: String(all?.initiatives ?? 0) },
      ],
    ],
  });

  blocks.push(...aboutDocumentBlocks(document, locale));

  const roundLabel = new Map(document.rounds.map((round) => [round.id, round.label]));
  for (const section of document.sections) {
    blocks.push({
      kind: "heading",
      level: 2,
      text:
        section.number === undefined || section.number === ""
          ? section.title
          : `${section.number}. ${section.title}`,
    });
    for (const initiative of section.initiatives) {
      const title = initiativeTitle(initiative);
      blocks.push({ kind: "heading", level: 3, text: title });
      blocks.push({
        kind: "table",
        role: "initiative",
        caption: title,
        header: [
          { kind: "text", text: title },
          {
            kind: "text",
            text:
              initiative.kind === undefined
                ? "Kort beskrivelse af indsatsen"
                : `Kort beskrivelse af indsatsen (${kindWords[initiative.kind]})`,
          },
          { kind: "text", text: "Tid" },
          { kind: "text", text: "Smiley" },
        ],
        rows: [
          [
            { kind: "rich", html: initiative.description },
            { kind: "rich", html: responsibilityHtml(initiative), span: 3 },
          ],
          ...initiative.milestones.map((milestone): ReportCell[] => [
            { kind: "text", text: "Milepæl" },
            { kind: "rich", html: withNote(milestone.text, milestone.statusNote) },
            { kind: "text", text: roundLabel.get(milestone.round) ?? milestone.round },
            { kind: "status", status: milestone.status, scale: "milestone" },
          ]),
          ...(initiative.economy === undefined
            ? []
            : [
                [
                  { kind: "text", text: "Økonomi" },
                  { kind: "rich", html: withNote(initiative.economy.text, initiative.economy.statusNote) },
                  { kind: "text", text: "" },
                  { kind: "status", status: initiative.economy.status, scale: "economy" },
                ] satisfies ReportCell[],
              ]),
        ],
        rowHeaders: true,
      });
    }
  }
  return paper(document, locale, "portrait", blocks);
}

function zeroCounts(): Record<Status, number> {
  return { green: 0, yellow: 0, red: 0, "not-assessed": 0 };
}

function firstSentence(summary: string): string {
  const match = /^.*?[.!?](?=\s+[A-ZÆØÅ0-9]|$)/su.exec(summary);
  return (match?.[0] ?? summary).trim();
}

/**
 * "5.03 Erhvervsservice", as the table's first cell writes it.
 *
 * @example
 * initiativeTitle({ ...initiative, number: "5.03", title: "Erhvervsservice" }); // "5.03 Erhvervsservice"
 */
export function initiativeTitle(initiative: Initiative): string {
  return initiative.number === undefined ? initiative.title : `${initiative.number} ${initiative.title}`;
}

/** "Ansvarligt center: … Ansvarligt udvalg: … Væsentlig bidragsyder: …", then the notes. */
function responsibilityHtml(initiative: Initiative): string {
  const parts: string[] = [];
  if (initiative.responsibleCenter) parts.push(`Ansvarligt center: ${initiative.responsibleCenter}`);
  if (initiative.responsibleCommittee) parts.push(`Ansvarligt udvalg: ${initiative.responsibleCommittee}`);
  if (initiative.keyContributors.length > 0)
    parts.push(`Væsentlig bidragsyder: ${initiative.keyContributors.join(", ")}`);
  const lead = parts.length === 0 ? "" : `<p>${escapeHtml(parts.join(" "))}</p>`;
  return `${lead}${initiative.notes ?? ""}`;
}

function withNote(html: string, note: string | undefined): string {
  return note === undefined || note === "" ? html : `${html}<p>Status: ${escapeHtml(note)}</p>`;
}
