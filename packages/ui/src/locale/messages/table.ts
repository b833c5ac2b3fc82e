import { catalogueByLocale } from "@milepael/core/lite";
import { daCount, enCount } from "./counts";

/** The milestone table's words: toolbar, columns, rows, details and keys. */
export const tableWords = /* @__PURE__ */ catalogueByLocale({
  economy: { da: "Økonomi", en: "Economy" },
  search: { da: "Søg", en: "Search" },
  searchPlaceholder: { da: "Titel, nummer, tekst …", en: "Title, number, text …" },
  all: { da: "Alle", en: "All" },
  columns: { da: "Kolonner", en: "Columns" },
  groupBy: { da: "Gruppér efter", en: "Group by" },
  noGrouping: { da: "Ingen gruppering", en: "No grouping" },
  exportCsv: { da: "Hent visningen som CSV", en: "Download the view as CSV" },
  openAllDetails: { da: "Vis alle detaljer", en: "Show all details" },
  closeAllDetails: { da: "Skjul alle detaljer", en: "Hide all details" },
  expandRow: {
    da: (title: string) => `Vis detaljer for ${title}`,
    en: (title: string) => `Show details for ${title}`,
  },
  collapseRow: {
    da: (title: string) => `Skjul detaljer for ${title}`,
    en: (title: string) => `Hide details for ${title}`,
  },
  expandGroup: {
    da: (title: string) => `Vis afsnittet ${title}`,
    en: (title: string) => `Show the section ${title}`,
  },
  collapseGroup: {
    da: (title: string) => `Skjul afsnittet ${title}`,
    en: (title: string) => `Hide the section ${title}`,
  },
  initiativesCount: {
    da: (count: number) => (count === 1 ? "1 indsats" : `${daCount(count)} indsatser`),
    en: (count: number) => (count === 1 ? "1 initiative" : `${enCount(count)} initiatives`),
  },
  shownOf: {
    da: (shown: number, total: number) => `Viser ${daCount(shown)} af ${daCount(total)} indsatser`,
    en: (shown: number, total: number) => `Showing ${enCount(shown)} of ${enCount(total)} initiatives`,
  },
  noMatches: { da: "Ingen indsatser passer til filtrene.", en: "No initiatives match the filters." },
  description: { da: "Beskrivelse", en: "Description" },
  notes: { da: "Bemærkninger", en: "Notes" },
  keyContributors: { da: "Væsentlige bidragsydere", en: "Key contributors" },
  milestones: { da: "Milepæle", en: "Milestones" },
  statusNote: { da: "Status", en: "Status" },
  statusGuessed: {
    da: "farven var tabt i dokumentet og er gættet",
    en: "the colour was lost in the document and is guessed",
  },
  amount: { da: "Beløb", en: "Amount" },
  tableKeys: {
    da: "Piletasterne flytter mellem rækkerne, Enter eller mellemrum viser og skjuler detaljer, Home og End går til første og sidste række.",
    en: "Arrow keys move between rows, Enter or Space shows and hides details, Home and End go to the first and last row.",
  },
  sortBy: { da: (column: string) => `Sortér efter ${column}`, en: (column: string) => `Sort by ${column}` },
  noMilestone: { da: "Ingen milepæl", en: "No milestone" },
});
