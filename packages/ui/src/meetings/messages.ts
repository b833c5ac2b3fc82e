import { catalogueByLocale, type Locale } from "@milepael/core/lite";
import { daCount, enCount } from "../locale/messages/counts";

/**
 * The words of the meeting widgets (decision log, meeting calendar), Danish beside English.
 * Kept beside the widgets rather than in the shared catalogue: only the meetings entry loads them.
 */
const catalog = /* @__PURE__ */ catalogueByLocale({
  committee: { da: "Udvalg", en: "Committee" },
  date: { da: "Dato", en: "Date" },
  item: { da: "Punkt", en: "Item" },
  title: { da: "Titel", en: "Title" },
  outcome: { da: "Udfald", en: "Outcome" },
  caseNumber: { da: "Sagsnr.", en: "Case no." },
  year: { da: "År", en: "Year" },
  decision: { da: "Beslutning", en: "Decision" },
  recommendation: { da: "Indstilling", en: "Recommendation" },
  decisionAuthority: { da: "Beslutningskompetence", en: "Decision authority" },
  attachments: { da: "Bilag", en: "Attachments" },
  kind: { da: "Mødetype", en: "Meeting type" },
  kinds: {
    da: { referat: "Referat", dagsorden: "Dagsorden" },
    en: { referat: "Minutes", dagsorden: "Agenda" },
  },
  noDecision: { da: "Ingen beslutning i teksten.", en: "No decision in the text." },
  search: { da: "Søg", en: "Search" },
  searchPlaceholder: { da: "Titel, sagsnr., beslutning …", en: "Title, case no., decision …" },
  all: { da: "Alle", en: "All" },
  exportCsv: { da: "Hent visningen som CSV", en: "Download the view as CSV" },
  expandRow: {
    da: (title: string) => `Vis beslutningen for ${title}`,
    en: (title: string) => `Show the decision on ${title}`,
  },
  collapseRow: {
    da: (title: string) => `Skjul beslutningen for ${title}`,
    en: (title: string) => `Hide the decision on ${title}`,
  },
  shownOf: {
    da: (shown: number, total: number) => `Viser ${daCount(shown)} af ${daCount(total)} punkter`,
    en: (shown: number, total: number) => `Showing ${enCount(shown)} of ${enCount(total)} items`,
  },
  noMatches: { da: "Ingen punkter passer til filtrene.", en: "No items match the filters." },
  noItems: { da: "Dokumentet har ingen mødepunkter.", en: "The document has no agenda items." },
  tableKeys: {
    da: "Piletasterne flytter mellem punkterne, Enter eller mellemrum viser og skjuler beslutningen, Home og End går til første og sidste punkt.",
    en: "Arrow keys move between items, Enter or Space shows and hides the decision, Home and End go to the first and last item.",
  },
  view: { da: "Visning", en: "View" },
  views: {
    da: { wheel: "Årshjul", timeline: "Tidslinje" },
    en: { wheel: "Annual wheel", timeline: "Timeline" },
  },
  meetingsCount: {
    da: (count: number) => (count === 1 ? "1 møde" : `${daCount(count)} møder`),
    en: (count: number) => (count === 1 ? "1 meeting" : `${enCount(count)} meetings`),
  },
  noMeetings: { da: "Dokumentet har ingen møder.", en: "The document has no meetings." },
  sameCommittee: {
    da: (label: string, spellings: string) =>
      `${label} er også skrevet ${spellings}; møderne står i samme bane.`,
    en: (label: string, spellings: string) =>
      `${label} is also written ${spellings}; its meetings share one lane.`,
  },
  or: { da: "eller", en: "or" },
});

export type MeetingMessages = (typeof catalog)["da"];

/**
 * The meeting widgets' words in a locale.
 *
 * @example
 * meetingMessages("en").outcome; // "Outcome"
 */
export function meetingMessages(locale: Locale): MeetingMessages {
  return catalog[locale];
}
