import type { Locale } from "@milepael/core/lite";
import { daCount, enCount } from "./counts";

const danish = {
  economy: "Økonomi",
  searchPlaceholder: "Titel, nummer, tekst …",
  columns: "Kolonner",
  groupBy: "Gruppér efter",
  noGrouping: "Ingen gruppering",
  openAllDetails: "Vis alle detaljer",
  closeAllDetails: "Skjul alle detaljer",
  expandRow: (title: string) => `Vis detaljer for ${title}`,
  collapseRow: (title: string) => `Skjul detaljer for ${title}`,
  expandGroup: (title: string) => `Vis afsnittet ${title}`,
  collapseGroup: (title: string) => `Skjul afsnittet ${title}`,
  initiativesCount: (count: number) => (count === 1 ? "1 indsats" : `${daCount(count)} indsatser`),
  shownOf: (shown: number, total: number) => `Viser ${daCount(shown)} af ${daCount(total)} indsatser`,
  noMatches: "Ingen indsatser passer til filtrene.",
  description: "Beskrivelse",
  notes: "Bemærkninger",
  keyContributors: "Væsentlige bidragsydere",
  milestones: "Milepæle",
  statusNote: "Status",
  statusGuessed: "farven var tabt i dokumentet og er gættet",
  amount: "Beløb",
  tableKeys:
    "Piletasterne flytter mellem rækkerne, Enter eller mellemrum viser og skjuler detaljer, Home og End går til første og sidste række.",
  sortBy: (column: string) => `Sortér efter ${column}`,
  noMilestone: "Ingen milepæl",
};

/** The milestone table's words: toolbar, columns, rows, details and keys. */
export const tableWords: Record<Locale, typeof danish> = {
  da: danish,
  en: {
    economy: "Economy",
    searchPlaceholder: "Title, number, text …",
    columns: "Columns",
    groupBy: "Group by",
    noGrouping: "No grouping",
    openAllDetails: "Show all details",
    closeAllDetails: "Hide all details",
    expandRow: (title) => `Show details for ${title}`,
    collapseRow: (title) => `Hide details for ${title}`,
    expandGroup: (title) => `Show the section ${title}`,
    collapseGroup: (title) => `Hide the section ${title}`,
    initiativesCount: (count) => (count === 1 ? "1 initiative" : `${enCount(count)} initiatives`),
    shownOf: (shown, total) => `Showing ${enCount(shown)} of ${enCount(total)} initiatives`,
    noMatches: "No initiatives match the filters.",
    description: "Description",
    notes: "Notes",
    keyContributors: "Key contributors",
    milestones: "Milestones",
    statusNote: "Status",
    statusGuessed: "the colour was lost in the document and is guessed",
    amount: "Amount",
    tableKeys:
      "Arrow keys move between rows, Enter or Space shows and hides details, Home and End go to the first and last row.",
    sortBy: (column) => `Sort by ${column}`,
    noMilestone: "No milestone",
  },
};
