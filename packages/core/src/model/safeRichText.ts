import { type Diagnostic, type DiagnosticPath, diagnostic } from "../diagnostics/diagnostic";
import { sanitizeRichText } from "../richText/richText";
import type { MilepaelDocument } from "./document.schema";

// A tag the sanitiser would not keep as it is ("<script", "<li onclick", "<!--"): a field without
// one needs no parse. A "<" not opening a tag ("Antal < 5", kept escaped or bare by the importers)
// is text, and the field is left exactly as it is.
const onlyKeptMarkup = /<(?!(?:\/?(?:p|ul|ol|li|strong|em)|br)>)[A-Za-z/!?]/;

/**
 * Whether a text holds markup the sanitiser would not keep as it is: a tag other than p, ul, ol,
 * li, br, strong and em without attributes, a comment, a declaration. Plain text ("Kig & Lyt",
 * "Antal < 5") and sanitised rich text do not; such a text needs no parse.
 *
 * @example
 * holdsUnkeptMarkup("<p>Kig & Lyt</p>"); // false
 * holdsUnkeptMarkup("Kig <b onclick=x>og</b> lyt"); // true
 */
export function holdsUnkeptMarkup(text: string): boolean {
  return onlyKeptMarkup.test(text);
}

/**
 * Makes the rich text fields of a document read from JSON safe, in place: the schema says they
 * hold sanitised HTML (p, ul, ol, li, br, strong, em), but a file written by hand or by another
 * program may hold anything, and other apps show these fields as HTML. A field with other markup is
 * sanitised as the importers sanitise a cell, with a warning at its path naming what was removed.
 * Only for a document the caller owns (parsed from JSON just now): it changes the fields.
 *
 * @example
 * const diagnostics = makeRichTextSafe(JSON.parse(text));
 * // [{ level: "warning", code: "import.html-removed", path: ["introduction"], params: { elements: "script" } }]
 */
export function makeRichTextSafe(document: MilepaelDocument): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const safe = <T extends object, K extends keyof T & string>(owner: T, key: K, path: DiagnosticPath) => {
    const value = owner[key];
    if (typeof value !== "string" || !holdsUnkeptMarkup(value)) return;
    const { html, removed } = sanitizeRichText(value);
    (owner as Record<string, unknown>)[key] = html;
    if (removed.length > 0)
      diagnostics.push(
        diagnostic("warning", "import.html-removed", [...path, key], { elements: removed.join(", ") }),
      );
  };
  switch (document.type) {
    case "budget-follow-up":
      for (const [sectionIndex, section] of document.sections.entries()) {
        for (const [initiativeIndex, initiative] of section.initiatives.entries()) {
          const at = ["sections", sectionIndex, "initiatives", initiativeIndex];
          safe(initiative, "description", at);
          safe(initiative, "notes", at);
          for (const [index, milestone] of initiative.milestones.entries())
            safe(milestone, "text", [...at, "milestones", index]);
          if (initiative.economy) safe(initiative.economy, "text", [...at, "economy"]);
        }
      }
      break;
    case "plan":
      safe(document, "introduction", []);
      for (const [index, track] of document.tracks.entries()) safe(track, "description", ["tracks", index]);
      for (const [index, activity] of document.activities.entries())
        safe(activity, "description", ["activities", index]);
      break;
    case "meetings":
      // Plain text only: the widgets and exports escape it.
      break;
    default:
      return document satisfies never;
  }
  return diagnostics;
}
