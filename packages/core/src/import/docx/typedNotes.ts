// What staff typed into milepael's tagged Word paper outside its controls, as findings: the notes
// the pages' text reading finds, and the paragraphs the tagged reader found.

import { type Diagnostic, diagnostic } from "../../diagnostics/diagnostic";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import { richTextToPlainText } from "../../richText/richText";
import { printedUnderSummary } from "../followUpText/paperSummary";
import { importLocatedLines, type LocatedLine } from "../importLocatedLines";
import type { DocxImportOptions } from "./importDocx";
import type { TypedInParagraph } from "./typedParagraphs";

/**
 * The notes staff typed into milepael's tagged paper where it prints only what it draws from the
 * document (under "Sammenfatning", after the reading guide): in no tag, so the tagged reading would
 * drop them. The pages' text, read as the follow-up they are, reports them as a text paper's are
 * (`import.preamble-ignored`, at their paragraph, or `import.document-date-not-read` for a "Dato:"
 * line); its other findings are the tags' to make, and so is a paragraph holding a control (a value
 * with a line break is two lines of it). Paragraphs typed below the first section are the tagged
 * reader's to find (`typedInParagraphs`).
 *
 * @example
 * notesOutsideTags(read, followUp, options); // [{ code: "import.preamble-ignored", location: { paragraph: 18 }, … }]
 */
export function notesOutsideTags(
  read: {
    lines: readonly LocatedLine[];
    taggedParagraphs?: ReadonlySet<number>;
  },
  pages: BudgetFollowUp,
  options: DocxImportOptions,
): Diagnostic[] {
  const text = importLocatedLines(read.lines, { ...options, format: "followup" }, { wholeRows: true });
  // The summary's words are those the paper printed for the follow-up its tags hold, exact: the
  // text reading may read a value otherwise. A "<" in a title the summary names is text, but a
  // line's words are read as markup: a line passes read either way. A row of the summary's table
  // comes as its cells' rich text ("<p>&lt;a</p>\t1\t2" for a title "<a"): it passes as the text
  // its cells show.
  const printedWords = printedUnderSummary(pages);
  const shown = (line: string) => line.split("\t").map(richTextToPlainText).join("\t");
  const printed = (line: string) =>
    printedWords(line) || printedWords(line.replaceAll("<", "&lt;")) || printedWords(shown(line));
  return text.diagnostics.filter(
    (found) => isTypedNote(found, read.taggedParagraphs) && !(found.raw ?? "").split("\n").every(printed),
  );
}

/**
 * A text reading's finding of a paragraph the paper does not print from the document, before the
 * first section (`import.preamble-ignored`), or a "Dato:" line that is not the paper's date; not a
 * paragraph holding a control (`tagged`), whose text is the tags'.
 *
 * @example
 * fromPages.diagnostics.filter((found) => isTypedNote(found, read.taggedParagraphs));
 */
export function isTypedNote(found: Diagnostic, tagged: ReadonlySet<number> | undefined): boolean {
  const paragraph = found.location?.paragraph;
  return (
    (found.code === "import.preamble-ignored" || found.code === "import.document-date-not-read") &&
    !(paragraph !== undefined && tagged?.has(paragraph))
  );
}

/**
 * What staff typed into the paper's paragraphs outside its tables, as the tagged reading found it:
 * beside a control (`import.docx-typed-beside`), or a paragraph of its own below the first
 * section's heading (`import.unrecognized-line`), each at its paragraph with its text.
 *
 * @example
 * typedInParagraphs(read); // [{ code: "import.docx-typed-beside", location: { paragraph: 1 }, raw: "(rettet)", … }]
 */
export function typedInParagraphs(read: { typedInParagraphs?: readonly TypedInParagraph[] }): Diagnostic[] {
  return (read.typedInParagraphs ?? []).map(({ paragraph, text, beside }) => ({
    ...diagnostic("warning", beside ? "import.docx-typed-beside" : "import.unrecognized-line", []),
    location: { paragraph },
    raw: text,
  }));
}
