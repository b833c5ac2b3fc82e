import { tidy } from "./itemFields";

// Numbered texts split at their numbers in sequence: a recommendation's clauses, a table of contents'
// entries.

/**
 * The recommendation's clauses: "Koncerndirektionen indstiller: 1. at mødeplan godkendes, 2. at
 * der startes op …" gives ["at mødeplan godkendes", "at der startes op …"]. Numbered clauses are
 * found in sequence (1., 2., 3.; or 1), 2), 3)), so "stk. 4" inside a clause does not split it; unnumbered texts
 * split at their "- at" bullets or at lines that start with "at", or stay one clause.
 *
 * @example
 * recommendationClauses("Direktionen indstiller: 1. at planen godkendes, 2. at den offentliggøres.");
 * // ["at planen godkendes", "at den offentliggøres"]
 */
export function recommendationClauses(text: string): string[] {
  const dotted = sequentialSplit(text);
  const numbered = dotted.length > 0 ? dotted : sequentialSplit(text, ")");
  const clauses =
    numbered.length > 0
      ? numbered
      : text
          .replace(/^[\s\S]*?\bindstiller\s*[,:]?\s*/i, "")
          // "- at …" bullets, or "at …" clauses each on a line of its own. On one line, "…, og at …"
          // may as well be one clause's "at" ("at udvalget beslutter, at …"): it stays one.
          .split(/\s[-•–]\s(?=at\s)|\n[ \t]*(?=[Aa]t\s)/)
          .map((clause) => clause.replace(/^\s*[-•–]\s*/, ""));
  // The "og" that joins a clause to the next one ends it: "at budgettet godkendes, og".
  return clauses
    .map((clause) => tidy(clause).replace(/(?:[\s,;]+og)?[\s,.;]*$/, ""))
    .filter((clause) => clause !== "");
}

/**
 * The parts of a list numbered 1., 2., 3. (or 1), 2), 3) with `after` ")") in one line of text,
 * found in sequence. Empty when the text has no "1. ".
 *
 * @example
 * sequentialSplit("Bilag: 1. Tilbud.pdf 2. Kommissorium.docx"); // ["Tilbud.pdf", "Kommissorium.docx"]
 */
export function sequentialSplit(text: string, after: "." | ")" = "."): string[] {
  const parts: string[] = [];
  let number = 1;
  let position = findNumber(text, number, 0, after);
  if (position === -1) return parts;
  while (position !== -1) {
    const from = position + `${number}${after} `.length;
    const next = findNumber(text, number + 1, from, after);
    parts.push(tidy(text.slice(from, next === -1 ? text.length : next)));
    position = next;
    number += 1;
  }
  return parts;
}

function findNumber(text: string, number: number, from: number, after: "." | ")"): number {
  const wanted = `${number}${after} `;
  for (let at = text.indexOf(wanted, from); at !== -1; at = text.indexOf(wanted, at + 1)) {
    const before = at === 0 ? " " : (text[at - 1] ?? " ");
    if (/[\s(:]/.test(before)) return at;
  }
  return -1;
}
