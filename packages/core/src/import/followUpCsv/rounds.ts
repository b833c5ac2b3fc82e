import type { Round } from "../../model/budgetFollowUp.schema";
import type { DiagnosticCollector } from "../shared/collector";
import { inferCutOff } from "../shared/roundCutOff";
import { roundKey } from "../shared/roundKey";
import type { CellReader } from "./rowFields";

/**
 * The rounds of a follow-up CSV that lists none (no metadata block, no `rounds` option), made from
 * its milestones' round cells in the order first read: cells that differ only in case and white
 * space are one round, spelt as first read (`roundKey`), its label the Opfølgning cell of that row.
 *
 * @example
 * const rounds = new RoundsFromCells();
 * milestone.round = rounds.round(milestone.round, cell, 7); // "2. Budgetopfølgning 2017" for "2. budgetopfølgning 2017" too
 * rounds.rounds(2017, collector); // [{ id: "2. Budgetopfølgning 2017", cutOff: "2017-06-30", ... }]
 */
export class RoundsFromCells {
  private readonly seen: { id: string; label: string; line: number }[] = [];
  /** The round of each round cell as written; most rows repeat a cell read before. */
  private readonly roundOfCell = new Map<string, string>();
  private readonly roundOfKey = new Map<string, string>();

  /** The round a milestone's round cell `written` names, on the row `cell` reads, on line `line`. */
  round(written: string, cell: CellReader, line: number): string {
    let round = this.roundOfCell.get(written);
    if (round !== undefined) return round;
    const key = roundKey(written);
    round = this.roundOfKey.get(key);
    if (round === undefined) {
      round = written;
      this.roundOfKey.set(key, round);
      this.seen.push({ id: round, label: cell("roundLabel").trim(), line });
    }
    this.roundOfCell.set(written, round);
    return round;
  }

  /**
   * The rounds read, with cut-offs inferred from their labels as the text importer does (reported);
   * `year` the document's, else the one a round's id or label names. A round without either is left
   * out and reported.
   */
  rounds(year: number | undefined, collector: DiagnosticCollector): Round[] {
    const rounds: Round[] = [];
    for (const [index, round] of this.seen.entries()) {
      const roundYear = year ?? Number(/\b(20\d\d)\b/.exec(`${round.id} ${round.label}`)?.[1] ?? NaN);
      if (!Number.isFinite(roundYear)) {
        collector.add("warning", "import.round-cut-off-unknown", round.line, { round: round.id });
        continue;
      }
      // The same inference as the text importer's: a numbered round, a year-end round, a date, a position.
      const { cutOff, kind, assumed } = inferCutOff(round.label || round.id, index, roundYear);
      if (assumed)
        collector.add("info", "import.round-cut-off-assumed", round.line, {
          round: round.label || round.id,
          cutOff,
        });
      rounds.push({ id: round.id, label: round.label || round.id, kind, cutOff });
    }
    return rounds;
  }
}
