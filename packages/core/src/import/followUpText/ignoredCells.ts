import { cellText } from "../shared/cells";
import type { DiagnosticCollector } from "../shared/collector";
import type { SourceLine } from "../shared/lines";

/**
 * Reports the cells of a milestone, economy or header row from `from` up to `to` (the end of the
 * row when not given) that no field takes, when any holds text: one warning for the row, its raw
 * text the cells' text (a row of a million cells is one report, not a million), named by the
 * initiative's header where it has the column ("Tid", "Kommentar"), else by its place ("#5").
 * `plainSpace`: the text's space is plain (`hasPlainSpace`).
 *
 * @example
 * reportIgnoredCells(["Milepæl", "m", "1. budgetopfølgning 2017", "☺", "EKSTRA"], 4, line, [], true, collector);
 * // warning "import.cell-ignored" on the line, column "#5", raw "EKSTRA"
 */
export function reportIgnoredCells(
  cells: readonly string[],
  from: number,
  line: SourceLine,
  columnNames: readonly string[],
  plainSpace: boolean,
  collector: DiagnosticCollector,
  to = cells.length,
): void {
  let first = -1;
  let last = -1;
  for (let index = from; index < to; index += 1) {
    if (cellText(cells[index], plainSpace) === "") continue;
    if (first < 0) first = index;
    last = index;
  }
  if (first < 0) return;
  const name = (index: number) =>
    columnNames[index] || (index === 2 ? "Tid" : index === 3 ? "Smiley" : `#${index + 1}`);
  const texts: string[] = [];
  for (let index = first; index <= last; index += 1) texts.push((cells[index] as string).trim());
  collector.add(
    "warning",
    "import.cell-ignored",
    line.number,
    { column: first === last ? name(first) : `${name(first)}–${name(last)}` },
    texts.join("\t"),
  );
}
