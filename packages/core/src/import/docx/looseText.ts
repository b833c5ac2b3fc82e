// Text typed in Word beside the content controls of an initiative's table (a sentence added after
// a milestone's text, in a paragraph of its own): the tags do not hold it, so the tagged reading
// would drop it. The paper writes only its labels there, outside the controls; a cell that shows
// anything else makes the reader give up its tags and read the pages as text, as they show them.

/** What the paper writes outside the value controls of an initiative's rows below its heading row. */
const paperWords = [
  "Ansvarligt center:",
  "Ansvarligt udvalg:",
  "Væsentlig bidragsyder:",
  "Milepæl",
  "Økonomi",
  "Status:",
];

/**
 * The text of an initiative's table outside its value controls, cell by cell.
 *
 * @example
 * const loose = new LooseText();
 * loose.visit("w:tc", true, () => loose.add("Status: ")); // true: only the paper's label, or no cell of an initiative's rows
 */
export class LooseText {
  private tables: { checked: boolean; rows: number }[] = [];
  private cell: string | undefined;

  /**
   * A table, row or cell of the pages, its content read by `read`: false when it is a cell that
   * shows more than the paper writes beside the controls. `initiative`: a table is an initiative's.
   */
  visit(name: string, initiative: boolean, read: () => void): boolean {
    if (name === "w:tbl") this.enterTable(initiative);
    else if (name === "w:tr") this.enterRow();
    else this.enterCell();
    read();
    if (name === "w:tbl") this.leaveTable();
    return name === "w:tc" ? this.cellIsPaper() : true;
  }

  /** A table begins: `checked` when it is an initiative's. */
  private enterTable(checked: boolean): void {
    this.tables.push({ checked, rows: 0 });
  }

  private leaveTable(): void {
    this.tables.pop();
  }

  private enterRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (table !== undefined) table.rows += 1;
  }

  /** A cell begins; only the rows below the heading row (which repeats the initiative's heading) are checked. */
  private enterCell(): void {
    const table = this.tables[this.tables.length - 1];
    this.cell = table?.checked === true && table.rows > 1 ? "" : undefined;
  }

  /** Text of a run outside every value control. */
  add(text: string): void {
    if (this.cell !== undefined) this.cell += text;
  }

  /** Whether the cell that ends showed only what the paper writes there. */
  private cellIsPaper(): boolean {
    const cell = this.cell;
    this.cell = undefined;
    if (cell === undefined) return true;
    let rest = cell;
    for (const word of paperWords) rest = rest.replaceAll(word, "");
    return rest.replace(/[\s,]/g, "") === "";
  }
}
