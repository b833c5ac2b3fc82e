import type { Locale } from "@milepael/core/lite";
import { formatCount } from "./format";
import { useLocale } from "./LocaleProvider";

/** Counts in sentences, with the locale's thousands separator ("10.000 indsatser"). */
const da = (count: number) => formatCount(count, "da");
const en = (count: number) => formatCount(count, "en");

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
    openAllDetails: "Vis alle detaljer",
    closeAllDetails: "Skjul alle detaljer",
    expandRow: (title: string) => `Vis detaljer for ${title}`,
    collapseRow: (title: string) => `Skjul detaljer for ${title}`,
    expandGroup: (title: string) => `Vis afsnittet ${title}`,
    collapseGroup: (title: string) => `Skjul afsnittet ${title}`,
    initiativesCount: (count: number) => (count === 1 ? "1 indsats" : `${da(count)} indsatser`),
    shownOf: (shown: number, total: number) => `Viser ${da(shown)} af ${da(total)} indsatser`,
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
    more: (count: number) => `${da(count)} flere`,
    fewer: (count: number) => `${da(count)} færre`,
    unchanged: "uændret",
    needsAttention: "Kræver opmærksomhed",
    nothingNeedsAttention: "Ingen indsatser kræver opmærksomhed.",
    showMoreAttention: (count: string) => `+${count} flere`,
    showFewerAttention: "Vis færre",
    zoomIn: "Zoom ind",
    zoomOut: "Zoom ud",
    panEarlier: "Tidligere",
    panLater: "Senere",
    fitAll: "Vis hele planen",
    scale: "Skala",
    scaleNames: { week: "Uger", month: "Måneder", quarter: "Kvartaler", year: "År" },
    laneBy: "Spor efter",
    laneNames: {
      theme: "Tema",
      participants: "Deltagere",
      responsible: "Ansvarlig",
      track: "Forløb",
      none: "Ingen",
    },
    noLane: "Øvrige",
    showList: "Vis som liste",
    showTimeline: "Vis som tidslinje",
    today: "I dag",
    ongoing: "Løbende",
    undated: "Uden dato, der kunne læses",
    timelineKeys:
      "Piletasterne flytter mellem aktiviteterne, Enter viser detaljer, + og − zoomer, 0 viser hele planen.",
    activities: (count: number) => (count === 1 ? "1 aktivitet" : `${da(count)} aktiviteter`),
    weekTick: (week: number) => `uge ${week}`,
    weekTitle: (week: number, year: number) => `uge ${week}, ${year}`,
    quarterTick: (quarter: number, year: number) => `${quarter}. kvt. ${year}`,
    // Timeline axis and ongoing band (wt-timeline): short quarter ticks, the ongoing summary band.
    quarterShort: (quarter: number) => `${quarter}. kvt.`,
    quarterTiny: (quarter: number) => `K${quarter}`,
    ongoingSummary: (count: number) =>
      count === 1 ? "1 løbende aktivitet" : `${da(count)} løbende aktiviteter`,
    // End of the wt-timeline block.
    date: "Dato",
    activity: "Aktivitet",
    eitherOr: "én af datoerne",
    approximate: "omtrentlig",
    closeDetails: "Luk detaljer",
    previousYear: "Forrige år",
    nextYear: "Næste år",
    exportSvg: "Hent som SVG",
    exportPng: "Hent som PNG",
    wheelKeys: "Piletasterne flytter mellem aktiviteterne i årets gang, Enter viser detaljer.",
    // Annual wheel: callouts, density bands, its list (wt-wheel)
    wheelCallouts: "Nummererede aktiviteter på hjulet",
    wheelList: "Årets aktiviteter",
    wheelLaneAlone: "Viser kun dette spor på hjulet, med alle dets aktiviteter. Tryk igen for alle spor.",
    wheelBand: (count: number, lane: string, month: string) =>
      `${count === 1 ? "1 aktivitet" : `${da(count)} aktiviteter`} i ${lane}, ${month}`,
    // The custom elements' states
    loading: "Henter …",
    documentError: (reason: string) => `Kunne ikke vise dokumentet: ${reason}`,
    fetchFailed: (status?: number) =>
      status === undefined
        ? "Dokumentet kunne ikke hentes. Tjek adressen og forbindelsen, og om serveren tillader at hente det herfra."
        : `Dokumentet kunne ikke hentes (HTTP-status ${status}).`,
    wrongDocumentType: (expected: string, received: string) =>
      `Elementet viser ${expected}, men dokumentet er ${received}.`,
    documentTypes: {
      plan: "en plan",
      "budget-follow-up": "en budgetopfølgning",
      meetings: "referater og dagsordener",
    } as Record<string, string>,
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
    openAllDetails: "Show all details",
    closeAllDetails: "Hide all details",
    expandRow: (title: string) => `Show details for ${title}`,
    collapseRow: (title: string) => `Hide details for ${title}`,
    expandGroup: (title: string) => `Show the section ${title}`,
    collapseGroup: (title: string) => `Hide the section ${title}`,
    initiativesCount: (count: number) => (count === 1 ? "1 initiative" : `${en(count)} initiatives`),
    shownOf: (shown: number, total: number) => `Showing ${en(shown)} of ${en(total)} initiatives`,
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
    more: (count: number) => `${en(count)} more`,
    fewer: (count: number) => `${en(count)} fewer`,
    unchanged: "unchanged",
    needsAttention: "Needs attention",
    nothingNeedsAttention: "No initiatives need attention.",
    showMoreAttention: (count: string) => `+${count} more`,
    showFewerAttention: "Show fewer",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    panEarlier: "Earlier",
    panLater: "Later",
    fitAll: "Show the whole plan",
    scale: "Scale",
    scaleNames: { week: "Weeks", month: "Months", quarter: "Quarters", year: "Years" },
    laneBy: "Lanes by",
    laneNames: {
      theme: "Theme",
      participants: "Participants",
      responsible: "Responsible",
      track: "Track",
      none: "None",
    },
    noLane: "Other",
    showList: "Show as a list",
    showTimeline: "Show as a timeline",
    today: "Today",
    ongoing: "Ongoing",
    undated: "Without a readable date",
    timelineKeys:
      "Arrow keys move between activities, Enter shows details, + and − zoom, 0 shows the whole plan.",
    activities: (count: number) => (count === 1 ? "1 activity" : `${en(count)} activities`),
    weekTick: (week: number) => `wk ${week}`,
    weekTitle: (week: number, year: number) => `week ${week}, ${year}`,
    quarterTick: (quarter: number, year: number) => `Q${quarter} ${year}`,
    // Timeline axis and ongoing band (wt-timeline): short quarter ticks, the ongoing summary band.
    quarterShort: (quarter: number) => `Q${quarter}`,
    quarterTiny: (quarter: number) => `Q${quarter}`,
    ongoingSummary: (count: number) =>
      count === 1 ? "1 ongoing activity" : `${en(count)} ongoing activities`,
    // End of the wt-timeline block.
    date: "Date",
    activity: "Activity",
    eitherOr: "one of the dates",
    approximate: "approximate",
    closeDetails: "Close details",
    previousYear: "Previous year",
    nextYear: "Next year",
    exportSvg: "Download as SVG",
    exportPng: "Download as PNG",
    wheelKeys: "Arrow keys move through the activities in the year's order, Enter shows details.",
    // Annual wheel: callouts, density bands, its list (wt-wheel)
    wheelCallouts: "Numbered activities on the wheel",
    wheelList: "The year's activities",
    wheelLaneAlone: "Shows only this lane on the wheel, with all its activities. Press again for all lanes.",
    wheelBand: (count: number, lane: string, month: string) =>
      `${count === 1 ? "1 activity" : `${en(count)} activities`} in ${lane}, ${month}`,
    // The custom elements' states
    loading: "Loading …",
    documentError: (reason: string) => `Could not show the document: ${reason}`,
    fetchFailed: (status?: number) =>
      status === undefined
        ? "The document could not be fetched. Check the address and the connection, and whether the server allows fetching it from here."
        : `The document could not be fetched (HTTP status ${status}).`,
    wrongDocumentType: (expected: string, received: string) =>
      `The element shows ${expected}, but the document is ${received}.`,
    documentTypes: {
      plan: "a plan",
      "budget-follow-up": "a budget follow-up",
      meetings: "minutes and agendas",
    } as Record<string, string>,
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
