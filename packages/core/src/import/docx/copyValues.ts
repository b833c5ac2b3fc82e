// What the tagged reader takes from beyond the pages. A page cannot hold every value exactly
// (characters XML forbids, rich text Word cannot tell apart, a round's id, fields no paper shows),
// so the file's copy keeps them; the reader takes a value from it, or a round's id, only while the
// page still shows what that value shows as: an edit made in Word always wins. Pure: these need
// only the tag, the shown text and the copy, not the reader's state.

import { type PageTag, unshownFields } from "../../export/docx/pageTags";
import { paragraphsToRich, richToParagraphs } from "../../export/docx/tagParagraphs";
import type { CopyEntry } from "../../export/docx/tagWriter";
import type { BudgetFollowUp, Round } from "../../model/budgetFollowUp.schema";

/**
 * The copy's exact value for a tag with `c=`, when the page shows what that value shows as
 * (`show` being how the exporter shows such a value); otherwise what the page shows.
 *
 * @example
 * exactValue([{ value: "A\u0001B" }], readTag("mp:initiative.title c=0")!, "A\uFFFDB", shownText); // "A\u0001B"
 */
export function exactValue(
  entries: readonly CopyEntry[],
  tag: PageTag,
  shown: string,
  show: (value: string) => string,
): string {
  const value = tag.args.c === undefined ? undefined : entries[Number(tag.args.c)]?.value;
  return typeof value === "string" && show(value) === shown ? value : shown;
}

/**
 * The round id a shown label stands for: the tag's id while the label is that round's, else the
 * id of the one round with that label, else the label itself.
 *
 * @example
 * roundIdOf(followUp.rounds, readTag("mp:milestone.round id=r1")!, "1. opfølgning"); // "r1" while r1's label is that
 */
export function roundIdOf(rounds: readonly Round[], tag: PageTag, shown: string): string {
  const id = tag.args.id;
  const tagged = rounds.find((round) => round.id === id);
  if (id !== undefined && (tagged === undefined ? shown === id : tagged.label === shown)) return id;
  const labelled = rounds.filter((round) => round.label === shown);
  return labelled.length === 1 ? (labelled[0] as Round).id : shown;
}

/**
 * What a page shows for rich text: the same conversion the exporter checks its values with, lists
 * nested no deeper than Word's three levels.
 *
 * @example
 * exactValue(entries, tag, paragraphsToRich(paragraphs), showRich); // the copy's markup while the page matches it
 */
export function showRich(html: string): string {
  return paragraphsToRich(
    richToParagraphs(html).map((paragraph) =>
      paragraph.list === undefined
        ? paragraph
        : { ...paragraph, list: { ...paragraph.list, level: Math.min(paragraph.list.level, 2) } },
    ),
  );
}

/**
 * Puts the copy's fields that no page shows (`keys`) into what was read, a field already read
 * kept, whatever else a crafted copy holds left out.
 *
 * @example
 * addUnshownFields(initiative, entries[3]?.extras, unshownFields.initiative); // the initiative gets its lifecycle back
 */
export function addUnshownFields(into: object, extras: unknown, keys: readonly string[]): void {
  if (typeof extras !== "object" || extras === null) return;
  const target = into as Record<string, unknown>;
  for (const key of keys)
    if (Object.hasOwn(extras, key) && !Object.hasOwn(target, key))
      target[key] = (extras as Record<string, unknown>)[key];
}

/**
 * A follow-up read from its pages with the copy's fields that no page shows put in, part by part,
 * so that it can be compared with the copy for what the pages do show.
 *
 * @example
 * sameReading(withUnshownFields(fromPages, copy), copy); // true while the pages say what the copy says
 */
export function withUnshownFields(pages: BudgetFollowUp, copy: BudgetFollowUp): BudgetFollowUp {
  const read = structuredClone(pages);
  addUnshownFields(read, copy, unshownFields.document);
  for (const [index, round] of read.rounds.entries())
    addUnshownFields(round, copy.rounds[index], unshownFields.round);
  for (const [index, section] of read.sections.entries())
    for (const [at, initiative] of section.initiatives.entries()) {
      const copied = copy.sections[index]?.initiatives[at];
      addUnshownFields(initiative, copied, unshownFields.initiative);
      for (const [row, milestone] of initiative.milestones.entries())
        addUnshownFields(milestone, copied?.milestones[row], unshownFields.milestone);
      if (initiative.economy !== undefined)
        addUnshownFields(initiative.economy, copied?.economy, unshownFields.economy);
    }
  return read;
}
