// What the importers' tests share for writing their input: a document as it reads.

/**
 * A document written in a test as it reads: the lines of a template literal without the indentation
 * they share, the line break after the opening backtick and the one before the closing backtick. Only
 * spaces are indentation (a tab that starts a line is the document's); values put in keep their text.
 *
 * @example
 * const minutes = dedent`
 *   Referat Økonomiudvalget
 *
 *   1. Budget
 * `;
 * // "Referat Økonomiudvalget\n\n1. Budget"
 */
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  // A line's indentation is the spaces after its line break, up to its text or a value put in.
  const indents = strings.join("\0").match(/\n *(?=[^ \n])/g) ?? [];
  const shared = Math.min(...indents.map((found) => found.length - 1));
  const lineStart = new RegExp(`\\n {0,${Number.isFinite(shared) ? shared : 0}}`, "g");
  const parts = strings.map((part) => part.replace(lineStart, "\n"));
  parts[0] = parts[0]?.replace(/^\n/, "") ?? "";
  parts[parts.length - 1] = parts.at(-1)?.replace(/\n$/, "") ?? "";
  return parts.reduce((text, part, index) => `${text}${String(values[index - 1])}${part}`);
}
