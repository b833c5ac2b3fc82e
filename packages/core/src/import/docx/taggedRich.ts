import type { PageTag } from "../../export/docx/pageTags";
import { paragraphsToRich, type TagParagraph } from "../../export/docx/tagParagraphs";
import type { CopyEntry } from "../../export/docx/tagWriter";
import { exactValue, showRich } from "./copyValues";
import type { ReadRun } from "./taggedRuns";

// The rich-text values of a follow-up's Word pages: a value's paragraphs come in controls of their
// own (the second and later tagged `more=1`), so each value is set only once all are read.

/** Rich text being read: its paragraphs, where it goes, and the tag of its first paragraph. */
interface PendingRich {
  name: string;
  tag: PageTag;
  paragraphs: TagParagraph[];
  set: (value: string) => void;
}

/**
 * The rich-text values read so far, each set when the reading ends.
 *
 * @example
 * const rich = new TaggedRichValues();
 * rich.add(tag, runs, undefined, (value) => { initiative.description = value; });
 * rich.setAll(entries);
 */
export class TaggedRichValues {
  private readonly pending: PendingRich[] = [];

  /** A paragraph of rich text: a new value, or with `more=1` the next paragraph of the last. */
  add(
    tag: PageTag,
    runs: readonly ReadRun[],
    list: TagParagraph["list"],
    set: (value: string) => void,
  ): void {
    const paragraph: TagParagraph = {
      ...(list === undefined ? {} : { list }),
      runs: runs.map((run) => (run.kind === "cr" ? { kind: "break" } : run)),
    };
    const last = this.pending[this.pending.length - 1];
    if (tag.args.more !== undefined && last?.name === tag.name) {
      last.paragraphs.push(paragraph);
      return;
    }
    this.pending.push({ name: tag.name, tag, paragraphs: [paragraph], set });
  }

  /** Sets every value: as its page shows it, or exact from the file's copy where they agree. */
  setAll(entries: readonly CopyEntry[]): void {
    for (const value of this.pending)
      value.set(exactValue(entries, value.tag, paragraphsToRich(value.paragraphs), showRich));
  }
}
