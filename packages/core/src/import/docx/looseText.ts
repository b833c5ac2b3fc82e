import { metadataLabels, otherMetadataLabels, roundsWords } from "../../export/docx/pageTags";

// Text typed in Word beside the content controls of an initiative's table (a sentence added after
// a milestone's text, in a paragraph of its own): the tags do not hold it, so the tagged reading
// would drop it. The paper writes only its labels there, outside the controls; a cell that shows
// anything else makes the reader give up its tags and read the pages as text, as they show them.
// So does a cell of another table that holds a control (the rounds' table under "Om dokumentet"),
// and text in a table that staff put under an initiative beside its own (the paper writes one).
// Text typed into a paragraph outside the tables beside its control (a word after the title, a
// remark after the date) is more than the paper writes there (its label, the ". " after a
// section's number, the space after an initiative's): the tags keep their values, and the text
// is reported where it stands. So is a paragraph typed below the first section's heading, where
// the paper writes no paragraph without a control.

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
 * loose.visit("w:tc", true, () => loose.add("Status: ")); // true: only the paper's label, or a cell not checked
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

/**
 * What staff typed into a paragraph outside the tables, from its text outside the value controls
 * (`loose`), or "": in a paragraph holding a control (`tagged`), what is more than the paper's
 * label before it and the ". " or space it writes between controls; below the first section's
 * heading (`belowSections`), where the paper writes no paragraph without a control, all of it.
 *
 * @example
 * typedInParagraph("Dato:  (rettet)", true, false); // "(rettet)"
 */
export function typedInParagraph(loose: string, tagged: boolean, belowSections: boolean): string {
  if (!tagged) return belowSections ? loose.trim() : "";
  let rest = loose.trimStart();
  const label = paragraphLabels.find((candidate) => rest.startsWith(candidate));
  if (label !== undefined) rest = rest.slice(label.length);
  return rest.replace(/^[\s.]+/, "").trim();
}
