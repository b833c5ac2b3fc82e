// Which milestone or economy row of a follow-up's Word pages the tagged reader is in, and whether
// each row's status and text came in their content controls. A row edited outside them (a cell
// cleared in Word and typed again, its label's control gone with it) shows values the tags do not
// hold: the tagged reading then fails, and the pages are read as text, as they show them.

type RowKind = "milestone" | "economy";

/** The pages' tags make no follow-up: the reader stops, and the pages are read as text. */
export class Unreadable extends Error {}

/**
 * Stops the tagged reading.
 *
 * @example
 * parsePageDate(text) ?? unreadable();
 */
export function unreadable(): never {
  throw new Unreadable();
}

/**
 * The rows of a follow-up's pages as their controls open them.
 *
 * @example
 * const rows = new TaggedRows();
 * rows.open("economy", economy);
 * rows.accepts("milestone.text", economy); // false: a milestone's value in an economy row
 */
export class TaggedRows {
  private kind: RowKind | undefined;
  /** The value controls of each row not read yet. */
  private readonly unread = new Map<object, Set<string>>();

  /** A row's label control opened it: its status and text controls are to come. */
  open(kind: RowKind, row: object): void {
    this.kind = kind;
    this.unread.set(row, new Set([`${kind}.text`, `${kind}.status`]));
  }

  /** An initiative opened: no row is open. */
  leave(): void {
    this.kind = undefined;
  }

  /** Whether a value control may go into the open row (one of another row's kind may not), noted as read. */
  accepts(tag: string, row: object | undefined): boolean {
    const kind = tag.split(".")[0];
    if ((kind === "milestone" || kind === "economy") && kind !== this.kind) return false;
    if (row !== undefined) this.unread.get(row)?.delete(tag);
    return true;
  }

  /** Whether every row had its status and text in their controls. */
  allRead(): boolean {
    for (const tags of this.unread.values()) if (tags.size > 0) return false;
    return true;
  }
}
