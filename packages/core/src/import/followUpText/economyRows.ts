// An initiative's economy rows ("Økonomi\t<text>\t\t<smiley>"), read in either reading: the
// general one (cells split) and in place (`RowInPlace`), and merged when there is more than one.

import type { Economy, Initiative } from "../../model/budgetFollowUp.schema";
import { cellText } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import { type SourceLine, splitCells } from "../shared/lines";
import { mergeEconomies, readEconomy } from "./economy";
import { reportIgnoredCells } from "./ignoredCells";
import type { RowInPlace } from "./milestoneRow";

/**
 * The economy rows of the initiative being read. The schema has one economy per initiative; a
 * second row (a "drift og anlæg" initiative may write one for each) is merged into it
 * (`mergeEconomies`) and reported with both rows' text and what of them was kept and dropped. Text in the Tid
 * cell, which an economy row leaves empty, is reported as a cell no field takes.
 *
 * @example
 * const economies = new EconomyRows(collector, true, onTooDeep);
 * economies.startInitiative();
 * economies.readRow(initiative, ["Økonomi", "Besparelse på 2 mio. kr.", "", "☺"], line, noColumns);
 * initiative.economy; // { text: "Besparelse på 2 mio. kr.", amount: 2000000, amountType: "saving", status: "green" }
 */
export class EconomyRows {
  /**
   * The current initiative's economy rows read so far: how many, and their raw text, should another
   * follow (what they merged into is the initiative's economy).
   */
  private above: { rows: number; raw: string } | null = null;

  constructor(
    private readonly collector: DiagnosticCollector,
    /** The text's cells have no white space to collapse (`hasPlainSpace`). */
    private readonly plainSpace: boolean,
    /** Reports markup nested too deep in a cell of the line being read. */
    private readonly onTooDeep: () => void,
  ) {}

  /** A new initiative: no economy row read for it yet. */
  startInitiative(): void {
    this.above = null;
  }

  /** The economy row of `cells`, on `line`; `columnNames` the initiative's header's (`headerColumns`). */
  readRow(initiative: Initiative, cells: string[], line: SourceLine, columnNames: readonly string[]): void {
    const { collector, plainSpace } = this;
    const economy = readEconomy(cells, line, collector, this.onTooDeep, plainSpace);
    this.add(initiative, economy, line.number, line.text);
    // The Tid cell, which an economy row leaves empty (with fewer cells it is the smiley's).
    if (cells.length >= 4) reportIgnoredCells(cells, 2, line, columnNames, plainSpace, collector, 3);
  }

  /** The economy row `row` found at `start` of `source` (`RowInPlace.find`), on line `number`. */
  readInPlace(
    initiative: Initiative,
    row: RowInPlace,
    source: string,
    start: number,
    number: number,
    columnNames: readonly string[],
  ): void {
    const raw = source.slice(start, row.end);
    this.add(initiative, row.readEconomy(source, start, number), number, raw);
    // The Tid cell, which an economy row leaves empty.
    if (row.labelEnd > row.labelStart && cellText(source.slice(row.labelStart, row.labelEnd)) !== "") {
      const line = { number, text: raw };
      reportIgnoredCells(splitCells(raw), 2, line, columnNames, this.plainSpace, this.collector, 3);
    }
  }

  /** Sets the economy of a row read on line `number` (raw text `raw`), merged with any before it. */
  private add(initiative: Initiative, economy: Economy, number: number, raw: string): void {
    const above = this.above;
    this.above = { rows: (above?.rows ?? 0) + 1, raw: above === null ? raw : `${above.raw}\n${raw}` };
    const before = initiative.economy;
    if (before === undefined || above === null) {
      initiative.economy = economy;
      return;
    }
    const merged = mergeEconomies(before, economy);
    initiative.economy = merged;
    // The rows above are named by their text, right wherever the rows came from (a text line's
    // number is no place in Word or PDF); what of them and this row was kept and what dropped is
    // said, so that the raw text of the rows is not the only trace of a dropped smiley or amount.
    // What is compared with this row is what the rows above merged into, however many they are.
    this.collector.add(
      "warning",
      "import.economy-rows-merged",
      number,
      {
        above: shortText(before.text),
        rowsAbove: above.rows,
        status: merged.status,
        ...(before.status === economy.status
          ? {}
          : { droppedStatus: merged.status === economy.status ? before.status : economy.status }),
        ...(before.amount === undefined ? {} : { amountAbove: before.amount }),
        ...(economy.amount === undefined ? {} : { amountHere: economy.amount }),
      },
      `${above.raw}\n${raw}`,
    );
  }
}

/** The longest text of the row above a message quotes; the raw text has it whole. */
const maxQuoted = 60;

/** A text for a message: its white space collapsed, cut short with "…" past `maxQuoted` characters. */
function shortText(text: string): string {
  const plain = text.replace(/\s+/g, " ").trim();
  return plain.length <= maxQuoted ? plain : `${plain.slice(0, maxQuoted).trimEnd()}…`;
}
