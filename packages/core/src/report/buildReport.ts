import { resolveReadingGuide } from "../assessment/readingGuide";
import { summariseRound } from "../assessment/summariseRound";
import { monthName } from "../date/monthName";
import { decisionOutcomeLabels } from "../i18n/decisionOutcomeLabels";
import { catalogueByLocale, type Locale } from "../i18n/locale";
import { statusLabel } from "../i18n/statusLabels";
import type { BudgetFollowUp, Initiative, InitiativeKind } from "../model/budgetFollowUp.schema";
import type { MilepaelDocument } from "../model/document.schema";
import type { MeetingsDocument } from "../model/meetings.schema";
import type { DocumentMetadata } from "../model/metadata.schema";
import type { PlanDocument } from "../model/plan.schema";
import { escapeHtml } from "../richText/richText";
import { rollUp } from "../rules/rollUp";
import { type Status, statusValues } from "../status/status";
import { statusFaces } from "../status/vocabulary";
import type { Report, ReportBlock, ReportCell, ReportField } from "./reportModel";
import { type ReportSelection, selectForReport } from "./selectForReport";

export interface ReportOptions extends ReportSelection {
  /** Danish by default. The follow-up's tables keep the document's own Danish labels either way. */
  locale?: Locale;
}

/** The report's own words. */
interface ReportText {
  readingGuide: string;
  readingGuideLead: string;
  milestoneScale: string;
  economyScale: string;
  summary: string;
  summaryCaption: string;
  round: string;
  total: string;
  economy: string;
  plan: string;
  introduction: string;
  planColumns: readonly string[];
  meetingColumns: readonly string[];
  absent: string;
  place: string;
  time: string;
  kinds: Readonly<Record<MeetingsDocument["meetings"][number]["kind"], string>>;
  noMeetings: string;
  activitiesOf: (track: string) => string;
  itemsOf: (meeting: string) => string;
}

const text = catalogueByLocale<ReportText>({
  readingGuide: { da: "Læsevejledning", en: "Reading guide" },
  readingGuideLead: {
    da: "Status gives med smileys for indsats og økonomi ved hver budgetopfølgning. Hver smiley står med sit ord, så farven aldrig står alene.",
    en: "Status is given with smileys for the initiative and the economy at each follow-up round. Every smiley has its word beside it, so colour never stands alone.",
  },
  milestoneScale: { da: "Definition af smileys på indsats:", en: "Smileys for milestones:" },
  economyScale: { da: "Definition af smileys på økonomi:", en: "Smileys for the economy:" },
  summary: { da: "Sammenfatning", en: "Summary" },
  summaryCaption: { da: "Status for milepæle pr. opfølgning", en: "Milestone status per round" },
  round: { da: "Opfølgning", en: "Round" },
  total: { da: "I alt", en: "Total" },
  economy: { da: "Økonomi", en: "Economy" },
  plan: { da: "Aktiviteter", en: "Activities" },
  introduction: { da: "Indledning", en: "Introduction" },
  planColumns: {
    da: ["Tid", "Tema", "Aktivitet", "Beskrivelse", "Deltagerkreds", "Ansvarlig"],
    en: ["When", "Theme", "Activity", "Description", "Participants", "Responsible"],
  },
  meetingColumns: {
    da: ["Punkt", "Sag", "Sagsnr.", "Indstilling", "Beslutning", "Udfald"],
    en: ["Item", "Case", "Case no.", "Recommendation", "Decision", "Outcome"],
  },
  absent: { da: "Afbud", en: "Absent" },
  place: { da: "Sted", en: "Place" },
  time: { da: "Tidspunkt", en: "Time" },
  kinds: {
    da: { referat: "Referat", dagsorden: "Dagsorden" },
    en: { referat: "Minutes", dagsorden: "Agenda" },
  },
  noMeetings: { da: "Ingen møder.", en: "No meetings." },
  activitiesOf: { da: (track) => `Aktiviteter: ${track}`, en: (track) => `Activities: ${track}` },
  itemsOf: { da: (meeting) => `Punkter: ${meeting}`, en: (meeting) => `Items: ${meeting}` },
});

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
 * "2017-10-27" as "27. oktober 2017" (Danish) or "27 October 2017".
 *
 * @example
 * formatReportDate("2017-10-27", "da"); // "27. oktober 2017"
 */
export function formatReportDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return locale === "da"
    ? `${day}. ${monthName(month, "da")} ${year}`
    : `${day} ${monthName(month, "en")} ${year}`;
}

/** The header fields in the order and words the seed uses, so the importers read them back. */
function metadataFields(metadata: DocumentMetadata, locale: Locale): ReportField[] {
  const fields: ReportField[] = [];
  if (metadata.date !== undefined)
    fields.push({ label: "Dato", value: formatReportDate(metadata.date, locale) });
  if (metadata.phone) fields.push({ label: "Tlf. dir.", value: metadata.phone });
  if (metadata.email) fields.push({ label: "E-mail", value: metadata.email });
  if (metadata.contactPerson) fields.push({ label: "Kontakt", value: metadata.contactPerson });
  if (metadata.caseId) fields.push({ label: "Sagsid", value: metadata.caseId });
  return fields;
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
  const t = text[locale];
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

/** A report's blocks, starting with the document's title. */
function titleBlocks(document: MilepaelDocument): ReportBlock[] {
  return [{ kind: "heading", level: 1, text: document.metadata.title }];
}

/** The paper around a document's blocks: its title and header fields on an A4 page. */
function paper(
  document: MilepaelDocument,
  locale: Locale,
  orientation: Report["page"]["orientation"],
  blocks: ReportBlock[],
): Report {
  return {
    title: document.metadata.title,
    locale,
    page: { size: "A4", orientation },
    fields: metadataFields(document.metadata, locale),
    blocks,
  };
}

/** Plain text cells, one per text: a table's header. */
function textCells(texts: readonly string[]): ReportCell[] {
  return texts.map((text) => ({ kind: "text", text }));
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

function planReport(document: PlanDocument, locale: Locale): Report {
  const t = text[locale];
  const blocks = titleBlocks(document);
  if (document.introduction) {
    blocks.push({ kind: "heading", level: 2, text: t.introduction });
    blocks.push({ kind: "rich", html: document.introduction });
  }
  const groups: { title: string; description?: string; id: string | undefined }[] = [
    ...document.tracks.map((track) => ({
      id: track.id,
      title: track.label ? `${track.label}) ${track.title}` : track.title,
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

function meetingsReport(document: MeetingsDocument, locale: Locale): Report {
  const t = text[locale];
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
          .map((person) => (person.affiliation ? `${person.name} (${person.affiliation})` : person.name))
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
