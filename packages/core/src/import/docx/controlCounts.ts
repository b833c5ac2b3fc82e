// Whether Word removed a value's content control from a follow-up's pages. Typing over a control
// removes it and leaves the text on the page, where the tagged reader does not look; the exporter
// writes on each part's tag how many value controls it put in it (`n=`, pageTags.ts), so a part
// that shows fewer tells the reader its tags no longer hold what the page shows.

import { type ControlHolder, countedIn, type PageTag } from "../../export/docx/pageTags";

/** A part of the pages that lost a value control: its kind and what names it there. */
export interface RemovedControls {
  part: ControlHolder;
  name: string;
}

/**
 * The value controls read per part of the pages, against the count each part's tag says. A value
 * counts in the last part of its kind read above it, the title page's in the document's title.
 *
 * @example
 * const counts = new ControlCounts(document);
 * counts.expect(initiative, "initiative", readTag("mp:initiative id=1 n=2")!, initiative);
 * counts.count(readTag("mp:initiative.title")!);
 * counts.removed(); // [{ part: "initiative", name: "5.03 Kildedal" }]: one of its two is gone
 */
export class ControlCounts {
  private readonly read = new Map<object, number>();
  private readonly written: { holder: object; count: number; where: () => RemovedControls }[] = [];
  private readonly current = new Map<ControlHolder, object>();

  /** `document` holds the title page's values, which come before the title's own tag. */
  constructor(document: object) {
    this.current.set("title", document);
  }

  /**
   * A part's tag was read: the count it says, and what names the part (the initiative for its
   * rows, the document's metadata for the title page), read once the pages are.
   */
  expect(holder: object, part: ControlHolder, tag: PageTag, named: Named): void {
    this.current.set(part, holder);
    const count = Number(tag.args.n);
    // An export written before the counts (or a tag edited by hand) is not checked.
    if (tag.args.n !== undefined && Number.isSafeInteger(count))
      this.written.push({ holder, count, where: () => ({ part, name: nameOf(named) }) });
  }

  /** A value control was read. */
  count(tag: PageTag): void {
    const part = countedIn(tag);
    const holder = part === null ? undefined : this.current.get(part);
    if (holder !== undefined) this.read.set(holder, (this.read.get(holder) ?? 0) + 1);
  }

  /** The parts that show fewer value controls than were written in them. */
  removed(): RemovedControls[] {
    return this.written
      .filter(({ holder, count }) => (this.read.get(holder) ?? 0) < count)
      .map(({ where }) => where());
  }
}

/** What names a part: a section's or initiative's number and title, a round's label, an id. */
interface Named {
  number?: string | undefined;
  title?: string | undefined;
  label?: string;
  id?: string;
}

/** How the pages show a part's name: "5.03 Kildedal", "31.12.2017". */
function nameOf(named: Named): string {
  const heading = [named.number, named.title].filter((text) => text !== undefined && text !== "").join(" ");
  return heading || named.label || named.id || "";
}
