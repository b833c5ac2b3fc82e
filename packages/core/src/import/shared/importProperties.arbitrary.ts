// What the importers' property tests share: texts made by mutating real documents' lines, and the
// check that every diagnostic points at a line of the text it was read from.
import fc from "fast-check";
import type { Diagnostic } from "../../diagnostics/diagnostic";

/**
 * A text made from one of `sources` (each a document's lines) by a few mutations: lines dropped,
 * repeated, cut in half, swapped with the next, or started with a piece of `junk`.
 */
export function mutatedLines(
  sources: readonly (readonly string[])[],
  junk: fc.Arbitrary<string>,
  maxMutations = 20,
): fc.Arbitrary<string> {
  const mutation = fc.record({
    at: fc.nat({ max: 400 }),
    how: fc.constantFrom("drop", "repeat", "cut", "swap", "junk"),
    junk,
  });
  return fc
    .record({
      source: fc.nat({ max: sources.length - 1 }),
      mutations: fc.array(mutation, { maxLength: maxMutations }),
    })
    .map(({ source, mutations }) => {
      const lines = [...(sources[source] ?? [])];
      for (const { at, how, junk: piece } of mutations) {
        const index = at % Math.max(lines.length, 1);
        const line = lines[index] ?? "";
        if (how === "drop") lines.splice(index, 1);
        if (how === "repeat") lines.splice(index, 0, line);
        if (how === "cut") lines[index] = line.slice(0, Math.floor(line.length / 2));
        if (how === "swap") lines.splice(index, 2, lines[index + 1] ?? "", line);
        if (how === "junk") lines[index] = `${piece}${line}`;
      }
      return lines.join("\n");
    });
}

/**
 * The diagnostics whose line is not a line of `text` (1 to its last line), as code and line: an
 * importer that points right gives none.
 */
export function linesOutside(text: string, diagnostics: readonly Diagnostic[]): [string, number][] {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  return diagnostics.flatMap((found) =>
    found.line !== undefined && (found.line < 1 || found.line > lineCount) ? [[found.code, found.line]] : [],
  );
}

/** The options a CSV export is written with: either language, semicolons or commas. */
export const csvExportOptionsArbitrary = fc.record({
  locale: fc.constantFrom("da" as const, "en" as const),
  delimiter: fc.constantFrom(";" as const, "," as const),
});
