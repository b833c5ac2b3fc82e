// The smiley cell of a milestone or economy row in a PDF: Wingdings letters, faces and pictures
// read as the status they show, each reported with where it was found.

import { type Diagnostic, diagnostic, type SourceLocation } from "../../diagnostics/diagnostic";
import { statusWord, wingdingsFaces } from "../../status/vocabulary";
import { pictureSmiley, unicodeSmiley, wingdingsSmiley } from "../docx/smiley";
import { pictureMark } from "./pictures";

/**
 * A milestone or economy row, whose last cell is its smiley.
 *
 * @example
 * isStatusRow("Milepæl"); // true
 */
export function isStatusRow(firstCell: string): boolean {
  return /^(milepæle?|økonomi)$/.test(
    firstCell
      .replace(/<[^>]+>/g, "")
      .trim()
      .toLowerCase(),
  );
}

/**
 * The smiley cell of a milestone or economy row: J/K/L from a Wingdings font whose name the PDF
 * lost, or a face, written as its colour as in a Word file: a PDF knows yellow from red as Word does.
 *
 * @example
 * smileyCell(["Milepæl", "Første", "1. budgetopfølgning", "K"], undefined, { page: 2 }, diagnostics);
 * // the last text is now "gul", and diagnostics has "import.smiley-read"
 */
export function smileyCell(
  texts: string[],
  alt: string | undefined,
  location: SourceLocation,
  diagnostics: Diagnostic[],
): void {
  if (texts.length < 3) return;
  const last = texts.length - 1;
  const value = (texts[last] ?? "").trim();
  const where = { ...location, cell: last + 1 };
  const picture = value === pictureMark;
  const smiley = picture
    ? alt === undefined
      ? null
      : pictureSmiley([alt])
    : Object.hasOwn(wingdingsFaces, value)
      ? wingdingsSmiley(value.charCodeAt(0))
      : unicodeSmiley(value);
  const found =
    smiley !== null
      ? diagnostic("info", "import.smiley-read", [], { status: smiley.status, source: smiley.source })
      : picture
        ? diagnostic("warning", "import.docx-unknown-picture", [], {
            name: alt ?? `billede på side ${location.page ?? "?"}`,
          })
        : null;
  if (found === null) return;
  texts[last] = smiley === null ? "" : statusWord(smiley.status, "da");
  found.location = where;
  diagnostics.push(found);
}
