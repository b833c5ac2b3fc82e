/**
 * The paragraphs outside tables, numbered from 1 as the Word reader's locations are, and those of
 * them that hold a tagged control: their text is the tags', so the text reading's findings there
 * are no note typed by staff.
 *
 * @example
 * const numbers = new ParagraphNumbers();
 * numbers.paragraph(() => numbers.markTagged());
 * numbers.tagged; // Set { 1 }
 */
export class ParagraphNumbers {
  private count = 0;
  private tables = 0;
  /** The paragraph being read, undefined inside a table. */
  private current: number | undefined;
  readonly tagged = new Set<number>();

  /** Reads a paragraph, numbered when it stands outside a table: its number there. */
  paragraph(read: () => void): number | undefined {
    const number = this.tables === 0 ? ++this.count : undefined;
    this.current = number;
    read();
    this.current = undefined;
    return number;
  }

  /** Reads a table's part (`w:tbl`, `w:tr`, `w:tc`): the paragraphs in a table are not numbered. */
  tablePart(name: string, read: () => void): void {
    const table = name === "w:tbl" ? 1 : 0;
    this.tables += table;
    read();
    this.tables -= table;
  }

  /** The paragraph being read holds a control. */
  markTagged(): void {
    if (this.current !== undefined) this.tagged.add(this.current);
  }
}
