import type { Locale } from "../../i18n/locale";
import { statusLabel } from "../../i18n/statusLabels";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import { richTextToPlainText } from "../../richText/richText";
import { followUpMetadataRows } from "../csvMetadata/write";
import { type CsvExportOptions, csvFile, csvLine, toCsv } from "../shared/csv";
import {
  type FollowUpCsvColumn,
  followUpCsvColumnGroups,
  followUpCsvColumns,
  followUpCsvHeaders,
  yesNoWords,
} from "./columns";

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
  const delimiter = options.delimiter ?? ";";
  const headers = followUpCsvHeaders[locale];
  const roundLabels = new Map(document.rounds.map((round) => [round.id, round.label]));
  const {
    section: sectionColumns,
    initiative: initiativeColumns,
    milestone: milestoneColumns,
    economy: economyColumns,
  } = followUpCsvColumnGroups;
  const cells = <Column extends FollowUpCsvColumn>(
    columns: readonly Column[],
    values: Record<Column, string>,
  ) =>
    csvLine(
      columns.map((column) => values[column]),
      delimiter,
    );
  const empty = (columns: readonly FollowUpCsvColumn[]) =>
    csvLine(
      columns.map(() => ""),
      delimiter,
    );
  // Each line from pieces escaped once: the section's and initiative's columns before the
  // milestone's and the economy's after them are the same on all of an initiative's lines (a row
  // object with every column, spread per milestone, was four times the rest of the export).
  const lines = [
    csvLine(
      followUpCsvColumns.map((column) => headers[column]),
      delimiter,
    ),
  ];
  const noInitiative = empty(initiativeColumns);
  const noMilestone = empty(milestoneColumns);
  const noEconomy = empty(economyColumns);
  for (const section of document.sections) {
    const sectionCells = cells(sectionColumns, {
      sectionNumber: section.number ?? "",
      section: section.title,
    });
    // A section without initiatives still needs a row, or it would be lost.
    if (section.initiatives.length === 0)
      lines.push([sectionCells, noInitiative, noMilestone, noEconomy].join(delimiter));
    for (const initiative of section.initiatives) {
      const economy = initiative.economy;
      const before = `${sectionCells}${delimiter}${cells(initiativeColumns, {
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
      })}`;
      const after = cells(economyColumns, {
        economy: economy?.text ?? "",
        economyNote: economy?.statusNote ?? "",
        amount: formatAmount(economy?.amount, locale),
        amountType: economy?.amountType ?? "",
        economyStatus: economy ? statusLabel(economy.status, "economy", locale).name : "",
        economyRound: economy?.round ?? "",
      });
      if (initiative.milestones.length === 0) lines.push([before, noMilestone, after].join(delimiter));
      for (const milestone of initiative.milestones) {
        const milestoneCells = cells(milestoneColumns, {
          round: milestone.round,
          roundLabel: roundLabels.get(milestone.round) ?? "",
          milestone: milestone.text,
          milestoneNote: milestone.statusNote ?? "",
          milestoneStatus: statusLabel(milestone.status, "milestone", locale).name,
          statusGuessed:
            milestone.statusGuessed === undefined
              ? ""
              : yesNoWords[locale][milestone.statusGuessed ? "yes" : "no"],
        });
        lines.push(`${before}${delimiter}${milestoneCells}${delimiter}${after}`);
      }
    }
  }
  for (const row of followUpMetadataRows(document)) lines.push(csvLine(row, delimiter));
  return csvFile(lines);
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
