import type { Locale } from "@milepael/core/lite";

/**
 * The words the searchable data tables share (the milestone table and the decision log): the
 * search field's label, a filter's "all" and the CSV button. Written once here, so the tables
 * cannot drift apart; the meetings entry spreads them into its own catalogue.
 */
export const dataTableWords: Record<Locale, { search: string; all: string; exportCsv: string }> = {
  da: { search: "Søg", all: "Alle", exportCsv: "Hent visningen som CSV" },
  en: { search: "Search", all: "All", exportCsv: "Download the view as CSV" },
};
