// Text typed in Word beside the content controls of an initiative's table (a sentence added after
// a milestone's text, in a paragraph of its own): the tags do not hold it, so the tagged reading
// would drop it. The paper writes only its labels there, outside the controls; a cell that shows
// anything else makes the reader give up its tags and read the pages as text, as they show them.
// So does a cell of another table that holds a control (the rounds' table under "Om dokumentet"),
// and text in a table that staff put under an initiative beside its own (the paper writes one).
// What is typed into a paragraph outside the tables is told by typedParagraphs.ts.

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
 * The text of an initiative's table outside its value controls, cell by cell, and of a paragraph.
 *
 * @example
 * const loose = new LooseText();
 * loose.visit("w:tc", true, () => loose.add("Status: "));
 * loose.typedInCells; // false: only the paper's label, or a cell not checked
 */
export class LooseText {
  private tables: { checked: boolean; rows: number; typed: boolean }[] = [];
  /** The initiative being read has its own table: a further one under it is staff's. */
  private ownTableSeen = false;
  private cell: string | undefined;
  private cellChecked = false;
  private cellTyped = false;
  private checkedWithControl = false;
  private cellHasControl = false;
  private paragraphText = "";

  /** A cell read so far showed more than the paper writes beside the controls. */
  typedInCells = false;

  /**
   * A table, row or cell of the pages, its content read by `read`; a cell that shows more than the
   * paper writes beside the controls sets `typedInCells`. `initiative`: a table is an initiative's.
   */
  visit(name: string, initiative: boolean, read: () => void): void {
    if (name === "w:tbl") this.enterTable(initiative);
    else if (name === "w:tr") this.enterRow();
    else this.enterCell();
    read();
    if (name === "w:tbl") this.leaveTable();
    if (name === "w:tc" && !this.cellIsPaper()) this.typedInCells = true;
  }

  /** An initiative begins: the next table at the top is its own. */
  initiativeOpened(): void {
    this.ownTableSeen = false;
  }

  /**
   * A table begins: `checked` when it is an initiative's; a table under an initiative that is not
   * the one the paper writes for it (a second one, or one inside a cell) holds only what staff typed.
   */
  private enterTable(checked: boolean): void {
    const typed = checked && (this.ownTableSeen || this.tables.length > 0);
    if (checked && this.tables.length === 0) this.ownTableSeen = true;
    this.tables.push({ checked, rows: 0, typed });
  }

  private leaveTable(): void {
    this.tables.pop();
  }

  private enterRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (table !== undefined) table.rows += 1;
  }

  /**
   * A cell begins: checked in an initiative's rows below the heading row (which repeats the
   * initiative's heading, its words around the kind's control), in another table once it holds a
   * control.
   */
  private enterCell(): void {
    const table = this.tables[this.tables.length - 1];
    this.cell = "";
    this.cellChecked = table?.checked === true && (table.rows > 1 || table.typed);
    this.cellTyped = table?.typed === true;
    this.checkedWithControl = table?.checked !== true;
    this.cellHasControl = false;
  }

  /** A control begins in the cell being read. */
  control(): void {
    this.cellHasControl = true;
  }

  /** A paragraph, its content read by `read`: its text outside the value controls. */
  paragraph(read: () => void): string {
    const outer = this.paragraphText;
    this.paragraphText = "";
    read();
    const text = this.paragraphText;
    this.paragraphText = outer;
    return text;
  }

  /** Text of a run outside every value control. */
  add(text: string): void {
    if (this.cell !== undefined) this.cell += text;
    this.paragraphText += text;
  }

  /** Whether the cell that ends showed only what the paper writes there. */
  private cellIsPaper(): boolean {
    const cell = this.cell;
    this.cell = undefined;
    if (cell === undefined || !(this.cellChecked || (this.checkedWithControl && this.cellHasControl)))
      return true;
    let rest = cell;
    if (!this.cellTyped) for (const word of paperWords) rest = rest.replaceAll(word, "");
    return rest.replace(/[\s,]/g, "") === "";
  }
}
