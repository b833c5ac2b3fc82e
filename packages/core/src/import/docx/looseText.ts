import { metadataLabels, otherMetadataLabels, roundsWords } from "../../export/docx/pageTags";

// Text typed in Word beside the content controls of an initiative's table (a sentence added after
// a milestone's text, in a paragraph of its own): the tags do not hold it, so the tagged reading
// would drop it. The paper writes only its labels there, outside the controls; a cell that shows
// anything else makes the reader give up its tags and read the pages as text, as they show them.
// So does a paragraph outside the tables that holds a control and more than the paper writes
// beside it (a word typed after the title, a date's line with a remark): its label, the ". " after
// a section's number, the space after an initiative's.

/** What the paper writes outside the value controls of an initiative's rows below its heading row. */
const paperWords = [
  "Ansvarligt center:",
  "Ansvarligt udvalg:",
  "Væsentlig bidragsyder:",
  "Milepæl",
  "Økonomi",
  "Status:",
];

/** The labels the paper writes before a control in a paragraph of its own: "Dato: ", "År: ". */
const paragraphLabels = [
  ...metadataLabels,
  ...otherMetadataLabels,
  ...Object.values(roundsWords).map(({ current }) => ({ label: current })),
].map(({ label }) => `${label}:`);

/**
 * The text of an initiative's table outside its value controls, cell by cell, and of a paragraph.
 *
 * @example
 * const loose = new LooseText();
 * loose.visit("w:tc", true, () => loose.add("Status: ")); // true: only the paper's label, or no cell of an initiative's rows
 */
export class LooseText {
  private tables: { checked: boolean; rows: number }[] = [];
  private cell: string | undefined;
  private paragraphText = "";

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

  /**
   * A paragraph, its content read by `read`: false when its text outside the value controls is
   * more than the paper writes beside a control in a paragraph of its own.
   */
  paragraph(read: () => void): boolean {
    const outer = this.paragraphText;
    this.paragraphText = "";
    read();
    let rest = this.paragraphText;
    this.paragraphText = outer;
    for (const label of paragraphLabels) rest = rest.replace(label, "");
    return rest.replace(/[\s.]/g, "") === "";
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
    if (cell === undefined) return true;
    let rest = cell;
    for (const word of paperWords) rest = rest.replaceAll(word, "");
    return rest.replace(/[\s,]/g, "") === "";
  }
}
