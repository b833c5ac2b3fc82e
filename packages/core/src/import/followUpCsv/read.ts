import type { BudgetFollowUp, Milestone, Round, Section } from "../../model/budgetFollowUp.schema";
import type { DocumentMetadata } from "../../model/metadata.schema";
import { csvDocumentMetadata } from "../csvMetadata/read";
import { type CsvSheet, importCsv } from "../csvMetadata/sheet";
import { type DiagnosticCollector, reportDuplicateRows } from "../shared/collector";
import { firstColumnIndexes, headerColumns, rowCell } from "../shared/csvColumns";
import { IdAllocator } from "../shared/ids";
import type { CommonImportOptions, ImportResult } from "../shared/result";
import { reportUnreadCells } from "../shared/rowReports";
import { type FollowUpCsvColumn, followUpCsvColumnByHeader } from "./columns";
import { repeatedCells } from "./repeatedCells";
import { RoundsFromCells } from "./rounds";
import { filled, readInitiative, readMilestone, type SourceRow } from "./rowFields";

export { parseAmount } from "./amount";

export interface FollowUpCsvImportOptions extends CommonImportOptions {
  /** Column delimiter; detected from the header when not given. */
  delimiter?: "," | ";" | "\t";
  /**
   * The document's metadata. Default: what the CSV's metadata block says (milepael's export
   * writes one), else the sheet's title above the header, else title "Uden titel".
   */
  metadata?: DocumentMetadata;
  /**
   * The document's rounds. When neither given nor in the metadata block, they are made from the
   * round ids in the table, in the order they first appear (ids that differ only in case and white
   * space as one, spelt as first read), with cut-offs at quarter ends of the year (reported).
   */
  rounds?: readonly Round[];
  currentRound?: string;
}

/**
 * Tells whether a header row is milepael's follow-up CSV (milestone rows): it names the
 * initiative, the round and the milestone status, in Danish or English.
 *
 * @example
 * isFollowUpCsvHeader(["Afsnit", "Indsats", "Runde", "Milepæl: status"]); // true
 */
export function isFollowUpCsvHeader(cells: readonly string[]): boolean {
  const columns = new Set(headerColumns(cells, followUpCsvColumnByHeader));
  return columns.has("title") && columns.has("round") && columns.has("milestoneStatus");
}

/**
 * Reads a budget follow-up kept as milestone rows in Excel (what `exportFollowUpCsv` writes:
 * one row per milestone, the initiative's fields repeated) back into a `budget-follow-up`
 * document. Rows with the same Id in the same section are one initiative wherever they stand (a
 * sheet sorted in Excel groups as the unsorted one); rows without an Id are one initiative while
 * consecutive with the same number and title. A repeated cell that differs between an
 * initiative's rows is reported, and the value the fewest rows carry (the edit) is kept, on a tie
 * the one that comes first in the file (so there, and for the rounds' order without a block, the
 * order of the rows counts). A row without a round is an initiative without milestones; a row
 * without an initiative is an empty section. The header may stand below a sheet's title and
 * Excel's empty padded rows (within the first ten rows). Never throws.
 *
 * @example
 * const { document } = importFollowUpCsv(exportFollowUpCsv(followUp), {
 *   metadata: followUp.metadata,
 *   rounds: followUp.rounds,
 * });
 */
export function importFollowUpCsv(
  text: string,
  options: FollowUpCsvImportOptions = {},
): ImportResult<BudgetFollowUp> {
  return importCsv(text, options, isFollowUpCsvHeader, (collector) => {
    const sections: Section[] = [];
    const roundsFromCells = new RoundsFromCells();
    const build = ({ block, sheetTitle }: CsvSheet): BudgetFollowUp => {
      const metadata = csvDocumentMetadata(options.metadata, block, {
        title: sheetTitle,
        year: options.year,
      });
      const rounds = options.rounds ?? block.rounds;
      const currentRound = options.currentRound ?? block.currentRound;
      const document: BudgetFollowUp = {
        schemaVersion: 2,
        type: "budget-follow-up",
        metadata,
        rounds: rounds ? [...rounds] : roundsFromCells.rounds(metadata.year ?? options.year, collector),
        ...(currentRound === undefined ? {} : { currentRound }),
        sections,
        ...(block.readingGuide === undefined ? {} : { readingGuide: block.readingGuide }),
        ...(block.history === undefined ? {} : { history: block.history }),
      };
      return document;
    };
    return {
      read: (sheet) => {
        const { header, body, block } = sheet;
        if (header === undefined) return nothingUnderstood(collector);
        reportDuplicateRows(body, collector);
        const columns = headerColumns(header.cells, followUpCsvColumnByHeader);
        for (const name of ["title", "round", "milestoneStatus"] as const) {
          if (!columns.includes(name))
            collector.add("error", "import.missing-column", header.line, { column: name });
        }
        const hasIds = columns.includes("id");
        const columnIndex = firstColumnIndexes(columns);
        const headerOf = (column: FollowUpCsvColumn) =>
          header.cells[columnIndex.get(column) ?? -1]?.trim() ?? column;
        // Rows are grouped wherever they stand, as a sheet sorted or filtered in Excel leaves them:
        // a section by its number and title, an initiative by its Id within its section. A row
        // without an Id joins the initiative of the row just above when both have the same number
        // and title, as before ids. Initiatives come in the order of their first rows, milestones
        // in the order of their rows.
        const sectionByKey = new Map<string, Section>();
        const groups: InitiativeRows[] = [];
        const groupByKey = new Map<string, InitiativeRows>();
        const sectionOfId = new Map<string, string>();
        let previous: { key: string; group: InitiativeRows } | undefined;
        // Rounds the file does not list are made from its round cells (`RoundsFromCells`); listed
        // rounds' ids are matched as written.
        const inferringRounds = (options.rounds ?? block.rounds) === undefined;
        const ids = new IdAllocator();
        for (const row of body) {
          const cell = rowCell(row, columnIndex, "");
          reportUnreadCells(row, header.cells, columns, collector);
          // Values are kept as written (spaces too); trimming only decides what is empty.
          const sectionNumber = cell("sectionNumber");
          const sectionTitle = filled(cell("section")) || filled(sectionNumber) || "Uden afsnit";
          const sectionKey = `${sectionNumber}\u0000${sectionTitle}`;
          let section = sectionByKey.get(sectionKey);
          if (section === undefined) {
            section = {
              ...(sectionNumber === "" ? {} : { number: sectionNumber }),
              title: sectionTitle,
              initiatives: [],
            };
            sectionByKey.set(sectionKey, section);
            sections.push(section);
          }
          const title = cell("title");
          const number = filled(cell("number"));
          const idCell = hasIds ? filled(cell("id")) : "";
          if (title.trim() === "" && idCell === "") {
            if (cell("milestoneStatus").trim() !== "" || cell("milestone").trim() !== "")
              collector.add("warning", "import.row-without-initiative", row.line, {}, row.cells.join(";"));
            previous = undefined;
            continue;
          }
          const key =
            idCell === ""
              ? `${sectionKey}\u0000${number}\u0000${title}`
              : `${sectionKey}\u0000\u0000${idCell}`;
          let group =
            idCell === "" ? (previous?.key === key ? previous.group : undefined) : groupByKey.get(key);
          if (group === undefined) {
            group = {
              id: ids.take(idCell || number || `i${groups.length + 1}`),
              section,
              rows: [],
              milestones: [],
            };
            groups.push(group);
            if (idCell !== "") {
              groupByKey.set(key, group);
              // The same Id under another section's cells (a section cell edited on one row):
              // a second initiative, renamed, and said so.
              const first = sectionOfId.get(idCell);
              if (first === undefined) sectionOfId.set(idCell, section.title);
              else
                collector.add(
                  "warning",
                  "import.id-in-two-sections",
                  row.line,
                  { id: idCell, section: first, kept: group.id },
                  row.cells.join(";"),
                );
            }
          }
          previous = { key, group };
          group.rows.push({ cell, line: row.line });
          const milestone = readMilestone(cell, row.line, collector, headerOf);
          if (milestone) {
            if (inferringRounds) milestone.round = roundsFromCells.round(milestone.round, cell, row.line);
            group.milestones.push(milestone);
          }
        }
        for (const group of groups) {
          const { cell, lineOf } = repeatedCells(group.rows, headerOf, collector);
          const initiative = readInitiative(group.id, cell, lineOf, collector, headerOf);
          initiative.milestones = group.milestones;
          group.section.initiatives.push(initiative);
        }
        if (sections.every((found) => found.initiatives.length === 0)) return nothingUnderstood(collector);
        return build(sheet);
      },
      build,
    };
  });
}

/** The rows of one initiative, in file order, and the milestones read from them. */
interface InitiativeRows {
  id: string;
  section: Section;
  rows: SourceRow[];
  milestones: Milestone[];
}

function nothingUnderstood(collector: DiagnosticCollector): null {
  collector.add("error", "import.nothing-understood", undefined, { kind: "initiatives" });
  return null;
}
