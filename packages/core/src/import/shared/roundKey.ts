/**
 * What a round's label says, for telling rounds apart: labels that differ only in case and white
 * space ("2. Budgetopfølgning 2017", "2. budgetopfølgning  2017") name one round, which both
 * follow-up importers make once, spelt as its first label. A space anywhere counts for nothing: a
 * PDF's narrow column breaks a long word where it must ("budgetopfølgnin g"), and its reader cannot
 * tell that break from a space.
 *
 * @example
 * roundKey(" 2. Budgetopfølgning  2017") === roundKey("2. budgetopfølgnin g 2017"); // true
 */
export function roundKey(label: string): string {
  // Danish letters (æ, ø, å) lower-case the same without locale rules.
  return label.replace(/\s+/g, "").toLowerCase();
}
