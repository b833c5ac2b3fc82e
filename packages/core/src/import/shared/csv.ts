import type { Locale } from "../../i18n/locale";
import { statusLabel } from "../../i18n/statusLabels";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { PlanDocument } from "../../model/plan.schema";
import { richTextToPlainText } from "../../richText/richText";
import { followUpMetadataRows, planMetadataRows } from "../csvMetadata/write";
import {
  type FollowUpCsvColumn,
  followUpCsvColumns,
  followUpCsvHeaders,
  yesNoWords,
} from "../followUpCsv/columns";

export interface CsvExportOptions {
  /** `;` (default: what Danish Excel expects) or `,`. */
  delimiter?: ";" | ",";
  /** The language of the header row. Default `da`. */
  locale?: Locale;
}

/**
 * One CSV field: quoted when it holds either list separator (`,` or `;`, whichever the file
 * uses: Excel in another locale splits on the other one), a tab, a quote or a line break, or has
 * space at either end; a leading apostrophe where Excel would otherwise run the value as a
 * formula (CSV injection, after OWASP).
 *
 * @example
 * csvField('=HYPERLINK("x")', ";"); // "\"'=HYPERLINK(\"\"x\"\")\""
 * csvField("x,=cmd", ";"); // "\"x,=cmd\""
 */
export function csvField(value: string, delimiter: string): string {
  const safe = /^[=+\-@\t\r']/.test(value) && !/^'[^=+\-@\t\r']/.test(value) ? `'${value}` : value;
  return safe.includes(delimiter) || /[,;\t"\r\n]/.test(safe) || safe !== safe.trim()
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

/**
 * Rows as CSV that opens correctly in Danish Excel: UTF-8 with a byte order mark, semicolons,
 * CRLF between rows.
 *
 * @example
 * toCsv([["Dato", "Aktivitet"], ["8. maj", "Møde"]]); // "\uFEFFDato;Aktivitet\r\n8. maj;Møde\r\n"
 */
export function toCsv(rows: readonly (readonly string[])[], delimiter: ";" | "," = ";"): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(cell, delimiter)).join(delimiter)).join("\r\n")}\r\n`;
}

const planHeaders: Record<Locale, string[]> = {
  da: [
    "Id",
    "Dato",
    "Tema",
    "Aktivitet",
    "Beskrivelse",
    "Deltagerkreds",
    "Ansvarlig",
    "Spor",
    "Tags",
    "Start",
    "Slut",
  ],
  en: [
    "Id",
    "Date",
    "Theme",
    "Activity",
    "Description",
    "Participants",
    "Responsible",
    "Track",
    "Tags",
    "Start",
    "End",
  ],
};

/**
 * Tags in one cell: "a; b" as people write them, or, when a tag holds a semicolon, space at an
 * end or nothing, a JSON array (`["a;b"," c"]`) so that every tag comes back as it was.
 *
 * @example
 * tagsCell(["bolig", "skole"]); // "bolig; skole"
 * tagsCell(["a;b"]); // "[\"a;b\"]"
 */
export function tagsCell(tags: readonly string[]): string {
  const plain = tags.every((tag) => tag !== "" && !tag.includes(";") && tag === tag.trim());
  const joined = tags.join("; ");
  return plain && !joined.startsWith("[") ? joined : JSON.stringify(tags);
}

/**
 * A plan's activities as CSV, one row each, then the document's own fields in a metadata block
 * (`#milepael` rows after an empty row: title, date, contacts, year, plan kind, introduction,
 * tracks), so that `importPlanCsv` reads back the whole document. The date column keeps the
 * author's text; Start and Slut give the interval for sorting in Excel and tell the importer
 * which year the text was read in. The description keeps its sanitised HTML.
 *
 * @example
 * exportPlanCsv(plan); // "\uFEFFId;Dato;Tema;Aktivitet;...\r\na1;Løbende;...\r\n\r\n#milepael;schemaVersion;1\r\n..."
 */
export function exportPlanCsv(document: PlanDocument, options: CsvExportOptions = {}): string {
  const rows = document.activities.map((activity) => [
    activity.id,
    activity.date.text,
    activity.theme ?? "",
    activity.title,
    activity.description ?? "",
    activity.participants ?? "",
    activity.responsible ?? "",
    activity.track ?? "",
    tagsCell(activity.tags),
    activity.date.start ?? "",
    activity.date.end ?? "",
  ]);
  return toCsv(
    [planHeaders[options.locale ?? "da"], ...rows, ...planMetadataRows(document)],
    options.delimiter,
  );
}

export interface FollowUpCsvExportOptions extends CsvExportOptions {
  /**
   * `milestones` (default): one row per milestone with every field, then the document's own
   * fields in a metadata block (title, date, contacts, rounds, current round): the layout
   * `importFollowUpCsv` reads back without loss. `overview`: one row per initiative with a
   * milestone and status column per round, for reading; it cannot be imported.
   */
  layout?: "milestones" | "overview";
}

/**
 * A budget follow-up as CSV for Excel. By default one row per milestone, the initiative's fields
 * repeated on each (filter and pivot in Excel; import again without loss). With
 * `layout: "overview"`, the table a committee reads: one row per initiative, a milestone and a
 * status column per round, then the economy. Statuses are words, not colours.
 *
 * @example
 * exportFollowUpCsv(followUp); // "\uFEFFAfsnit nr.;Afsnit;Id;Nr.;Indsats;...\r\n..."
 * exportFollowUpCsv(followUp, { layout: "overview", locale: "en" }); // "\uFEFFSection;No.;..."
 */
export function exportFollowUpCsv(document: BudgetFollowUp, options: FollowUpCsvExportOptions = {}): string {
  return options.layout === "overview"
    ? exportFollowUpOverview(document, options)
    : exportFollowUpMilestones(document, options);
}

/** An amount Excel reads as a number: no thousands separator, the locale's decimal mark. */
function formatAmount(amount: number | undefined, locale: Locale): string {
  if (amount === undefined) return "";
  const text = String(amount);
  return locale === "da" ? text.replace(".", ",") : text;
}

function exportFollowUpMilestones(document: BudgetFollowUp, options: CsvExportOptions): string {
  const locale = options.locale ?? "da";
  const headers = followUpCsvHeaders[locale];
  const roundLabels = new Map(document.rounds.map((round) => [round.id, round.label]));
  const rows: string[][] = [followUpCsvColumns.map((column) => headers[column])];
  const row = (cells: Partial<Record<FollowUpCsvColumn, string>>) =>
    followUpCsvColumns.map((column) => cells[column] ?? "");
  for (const section of document.sections) {
    const sectionCells = { sectionNumber: section.number ?? "", section: section.title };
    // A section without initiatives still needs a row, or it would be lost.
    if (section.initiatives.length === 0) rows.push(row(sectionCells));
    for (const initiative of section.initiatives) {
      const economy = initiative.economy;
      const initiativeCells = {
        ...sectionCells,
        id: initiative.id,
        number: initiative.number ?? "",
        title: initiative.title,
        kind: initiative.kind ?? "",
        lifecycle: initiative.lifecycle ?? "",
        responsibleCenter: initiative.responsibleCenter ?? "",
        responsibleCommittee: initiative.responsibleCommittee ?? "",
        keyContributors: initiative.keyContributors.join("\n"),
        description: initiative.description,
        notes: initiative.notes ?? "",
        economy: economy?.text ?? "",
        economyNote: economy?.statusNote ?? "",
        amount: formatAmount(economy?.amount, locale),
        amountType: economy?.amountType ?? "",
        economyStatus: economy ? statusLabel(economy.status, "economy", locale).name : "",
      };
      if (initiative.milestones.length === 0) rows.push(row(initiativeCells));
      for (const milestone of initiative.milestones) {
        rows.push(
          row({
            ...initiativeCells,
            round: milestone.round,
            roundLabel: roundLabels.get(milestone.round) ?? "",
            milestone: milestone.text,
            milestoneNote: milestone.statusNote ?? "",
            milestoneStatus: statusLabel(milestone.status, "milestone", locale).name,
            statusGuessed:
              milestone.statusGuessed === undefined
                ? ""
                : yesNoWords[locale][milestone.statusGuessed ? "yes" : "no"],
          }),
        );
      }
    }
  }
  return toCsv([...rows, ...followUpMetadataRows(document)], options.delimiter);
}

function exportFollowUpOverview(document: BudgetFollowUp, options: CsvExportOptions): string {
  const locale = options.locale ?? "da";
  const words =
    locale === "da"
      ? {
          section: "Afsnit",
          number: "Nr.",
          title: "Indsats",
          kind: "Art",
          centre: "Ansvarligt center",
          committee: "Ansvarligt udvalg",
          milestone: "milepæl",
          status: "status",
          economy: "Økonomi",
          economyStatus: "Økonomi: status",
          amount: "Beløb (kr.)",
        }
      : {
          section: "Section",
          number: "No.",
          title: "Initiative",
          kind: "Kind",
          centre: "Responsible centre",
          committee: "Responsible committee",
          milestone: "milestone",
          status: "status",
          economy: "Economy",
          economyStatus: "Economy: status",
          amount: "Amount (DKK)",
        };
  const header = [
    words.section,
    words.number,
    words.title,
    words.kind,
    words.centre,
    words.committee,
    ...document.rounds.flatMap((round) => [
      `${round.label}: ${words.milestone}`,
      `${round.label}: ${words.status}`,
    ]),
    words.economy,
    words.economyStatus,
    words.amount,
  ];
  const rows = document.sections.flatMap((section) =>
    section.initiatives.map((initiative) => [
      [section.number, section.title].filter(Boolean).join(". "),
      initiative.number ?? "",
      initiative.title,
      initiative.kind ?? "",
      initiative.responsibleCenter ?? "",
      initiative.responsibleCommittee ?? "",
      ...document.rounds.flatMap((round) => {
        const milestone = initiative.milestones.find((candidate) => candidate.round === round.id);
        if (milestone === undefined) return ["", ""];
        const text = [
          richTextToPlainText(milestone.text),
          milestone.statusNote ? `Status: ${milestone.statusNote}` : "",
        ]
          .filter(Boolean)
          .join("\n");
        return [text, statusLabel(milestone.status, "milestone", locale).name];
      }),
      initiative.economy?.text ?? "",
      initiative.economy ? statusLabel(initiative.economy.status, "economy", locale).name : "",
      // Whole kroner, no thousands separator: Excel reads it as a number in any locale.
      initiative.economy?.amount === undefined ? "" : String(initiative.economy.amount),
    ]),
  );
  return toCsv([header, ...rows], options.delimiter);
}
