import type { Locale } from "@milepael/core/lite";
import { useLocale } from "./LocaleProvider";

/** Every word the widgets show, Danish first. Values with a count or name are functions. */
const catalog = {
  da: {
    initiative: "Indsats",
    section: "Afsnit",
    committee: "Ansvarligt udvalg",
    centre: "Ansvarligt center",
    kind: "Art",
    economy: "Økonomi",
    search: "Søg",
    searchPlaceholder: "Titel, nummer, tekst …",
    status: "Status",
    round: "Opfølgning",
    all: "Alle",
    columns: "Kolonner",
    groupBy: "Gruppér efter",
    noGrouping: "Ingen gruppering",
    exportCsv: "Hent visningen som CSV",
    expandRow: (title: string) => `Vis detaljer for ${title}`,
    collapseRow: (title: string) => `Skjul detaljer for ${title}`,
    expandGroup: (title: string) => `Vis afsnittet ${title}`,
    collapseGroup: (title: string) => `Skjul afsnittet ${title}`,
    initiativesCount: (count: number) => (count === 1 ? "1 indsats" : `${count} indsatser`),
    shownOf: (shown: number, total: number) => `Viser ${shown} af ${total} indsatser`,
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
    showTable: "Vis tallene som tabel",
    count: "Antal",
    share: "Andel",
    total: "I alt",
    noGroup: "(ikke angivet)",
    statusByRoundTitle: "Status for milepæle pr. opfølgning",
    statusByRoundSummary: (parts: string) => `Søjlediagram over milepælenes status pr. opfølgning. ${parts}`,
    distributionTitle: (dimension: string, round: string) =>
      `Milepæle pr. ${dimension.toLowerCase()}, ${round}`,
    distributionSummary: (parts: string) => `Søjlediagram over milepælenes status pr. gruppe. ${parts}`,
    trendTitle: (title: string) => `Udvikling for ${title}`,
    trendSummary: (parts: string) => `Kurve over indsatsens status pr. opfølgning: ${parts}.`,
    summaryTitle: (round: string) => `Status ved ${round}`,
    milestonesAt: "Milepæle",
    changeSince: (round: string) => `siden ${round}`,
    more: (count: number) => `${count} flere`,
    fewer: (count: number) => `${count} færre`,
    unchanged: "uændret",
    needsAttention: "Kræver opmærksomhed",
    nothingNeedsAttention: "Ingen indsatser kræver opmærksomhed.",
    kinds: {
      drift: "Drift",
      anlaeg: "Anlæg",
      "drift-og-anlaeg": "Drift og anlæg",
      "oevrig-finansiering": "Øvrig finansiering",
    },
  },
  en: {
    initiative: "Initiative",
    section: "Section",
    committee: "Responsible committee",
    centre: "Responsible centre",
    kind: "Kind",
    economy: "Economy",
    search: "Search",
    searchPlaceholder: "Title, number, text …",
    status: "Status",
    round: "Follow-up",
    all: "All",
    columns: "Columns",
    groupBy: "Group by",
    noGrouping: "No grouping",
    exportCsv: "Download the view as CSV",
    expandRow: (title: string) => `Show details for ${title}`,
    collapseRow: (title: string) => `Hide details for ${title}`,
    expandGroup: (title: string) => `Show the section ${title}`,
    collapseGroup: (title: string) => `Hide the section ${title}`,
    initiativesCount: (count: number) => (count === 1 ? "1 initiative" : `${count} initiatives`),
    shownOf: (shown: number, total: number) => `Showing ${shown} of ${total} initiatives`,
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
    sortBy: (column: string) => `Sort by ${column}`,
    noMilestone: "No milestone",
    showTable: "Show the figures as a table",
    count: "Count",
    share: "Share",
    total: "Total",
    noGroup: "(not given)",
    statusByRoundTitle: "Milestone status per follow-up",
    statusByRoundSummary: (parts: string) => `Bar chart of milestone status per follow-up. ${parts}`,
    distributionTitle: (dimension: string, round: string) =>
      `Milestones per ${dimension.toLowerCase()}, ${round}`,
    distributionSummary: (parts: string) => `Bar chart of milestone status per group. ${parts}`,
    trendTitle: (title: string) => `Trend for ${title}`,
    trendSummary: (parts: string) => `Line of the initiative's status per follow-up: ${parts}.`,
    summaryTitle: (round: string) => `Status at ${round}`,
    milestonesAt: "Milestones",
    changeSince: (round: string) => `since ${round}`,
    more: (count: number) => `${count} more`,
    fewer: (count: number) => `${count} fewer`,
    unchanged: "unchanged",
    needsAttention: "Needs attention",
    nothingNeedsAttention: "No initiatives need attention.",
    kinds: {
      drift: "Operations",
      anlaeg: "Construction",
      "drift-og-anlaeg": "Operations and construction",
      "oevrig-finansiering": "Other financing",
    },
  },
} satisfies Record<Locale, unknown>;

export type Messages = (typeof catalog)["da"];

/**
 * The widget words in a locale.
 *
 * @example
 * messages("en").economy; // "Economy"
 */
export function messages(locale: Locale): Messages {
  return catalog[locale];
}

/** The widget words in the nearest provider's locale, or the override. */
export function useMessages(override?: Locale): Messages {
  return messages(useLocale(override));
}
