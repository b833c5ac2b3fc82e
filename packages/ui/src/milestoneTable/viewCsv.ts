import { type BudgetFollowUp, type Locale, type Status, statusLabel, toCsv } from "@milepael/core/lite";
import { messages } from "../locale/messages";
import { type MilestoneTableRow, milestoneColumnLabel } from "./columns";
import type { MilestoneRow } from "./rows";

interface ViewTable {
  getSortedRowModel: () => { rows: MilestoneTableRow[] };
  getVisibleLeafColumns: () => { id: string }[];
}

/**
 * The table as the reader sees it, as CSV for Excel: the filtered rows in their sorted order
 * (also those in closed sections), the visible columns, statuses in words.
 *
 * @example
 * milestoneViewCsv(table, followUp, "da"); // "\uFEFFAfsnit;Indsats;1. budgetopfølgning 2017;...\r\n..."
 */
export function milestoneViewCsv(table: ViewTable, document: BudgetFollowUp, locale: Locale): string {
  const columns = table.getVisibleLeafColumns();
  const leaves: MilestoneRow[] = [];
  const collect = (rows: readonly MilestoneTableRow[]) => {
    for (const row of rows) {
      if (row.getIsGrouped()) collect(row.subRows);
      else leaves.push(row.original);
    }
  };
  collect(table.getSortedRowModel().rows);
  const text = messages(locale);
  const showsSection = columns.some((column) => column.id === "section");
  const header = [
    ...(showsSection ? [] : [text.section]),
    ...columns.map((column) => milestoneColumnLabel(column.id, document, text)),
  ];
  const roundIds = new Set(document.rounds.map((round) => `round:${round.id}`));
  const cell = (row: MilestoneRow, id: string): string => {
    if (roundIds.has(id)) {
      const status: Status = row.statuses[id.slice("round:".length)] ?? "not-assessed";
      return statusLabel(status, "milestone", locale).name;
    }
    switch (id) {
      case "initiative":
        return [row.initiative.number, row.initiative.title].filter(Boolean).join(" ");
      case "section":
        return row.sectionLabel;
      case "committee":
        return row.initiative.responsibleCommittee ?? "";
      case "centre":
        return row.initiative.responsibleCenter ?? "";
      case "kind":
        return row.initiative.kind ?? "";
      case "economy":
        return statusLabel(row.economy, "economy", locale).name;
      default:
        return "";
    }
  };
  return toCsv([
    header,
    ...leaves.map((row) => [
      ...(showsSection ? [] : [row.sectionLabel]),
      ...columns.map((column) => cell(row, column.id)),
    ]),
  ]);
}
