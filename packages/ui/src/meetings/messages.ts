import type { Locale } from "@milepael/core/lite";
import { daCount, enCount } from "../locale/messages/counts";
import { dataTableWords } from "../locale/messages/dataTable";

/**
 * The words of the meeting widgets (decision log, meeting calendar), Danish first. Kept beside
 * the widgets rather than in the shared catalogue: only the meetings entry loads them.
 */
const danish = {
  committee: "Udvalg",
  date: "Dato",
  item: "Punkt",
  title: "Titel",
  outcome: "Udfald",
  caseNumber: "Sagsnr.",
  year: "År",
  decision: "Beslutning",
  recommendation: "Indstilling",
  decisionAuthority: "Beslutningskompetence",
  attachments: "Bilag",
  kind: "Mødetype",
  kinds: { referat: "Referat", dagsorden: "Dagsorden" },
  noDecision: "Ingen beslutning i teksten.",
  searchPlaceholder: "Titel, sagsnr., beslutning …",
  expandRow: (title: string) => `Vis beslutningen for ${title}`,
  collapseRow: (title: string) => `Skjul beslutningen for ${title}`,
  shownOf: (shown: number, total: number) => `Viser ${daCount(shown)} af ${daCount(total)} punkter`,
  noMatches: "Ingen punkter passer til filtrene.",
  noItems: "Dokumentet har ingen mødepunkter.",
  tableKeys:
    "Piletasterne flytter mellem punkterne, Enter eller mellemrum viser og skjuler beslutningen, Home og End går til første og sidste punkt.",
  view: "Visning",
  views: { wheel: "Årshjul", timeline: "Tidslinje" },
  meetingsCount: (count: number) => (count === 1 ? "1 møde" : `${daCount(count)} møder`),
  noMeetings: "Dokumentet har ingen møder.",
  sameCommittee: (label: string, spellings: string) =>
    `${label} er også skrevet ${spellings}; møderne står i samme bane.`,
  or: "eller",
  ...dataTableWords.da,
};

const catalog: Record<Locale, typeof danish> = {
  da: danish,
  en: {
    committee: "Committee",
    date: "Date",
    item: "Item",
    title: "Title",
    outcome: "Outcome",
    caseNumber: "Case no.",
    year: "Year",
    decision: "Decision",
    recommendation: "Recommendation",
    decisionAuthority: "Decision authority",
    attachments: "Attachments",
    kind: "Meeting type",
    kinds: { referat: "Minutes", dagsorden: "Agenda" },
    noDecision: "No decision in the text.",
    searchPlaceholder: "Title, case no., decision …",
    expandRow: (title) => `Show the decision on ${title}`,
    collapseRow: (title) => `Hide the decision on ${title}`,
    shownOf: (shown, total) => `Showing ${enCount(shown)} of ${enCount(total)} items`,
    noMatches: "No items match the filters.",
    noItems: "The document has no agenda items.",
    tableKeys:
      "Arrow keys move between items, Enter or Space shows and hides the decision, Home and End go to the first and last item.",
    view: "View",
    views: { wheel: "Annual wheel", timeline: "Timeline" },
    meetingsCount: (count) => (count === 1 ? "1 meeting" : `${enCount(count)} meetings`),
    noMeetings: "The document has no meetings.",
    sameCommittee: (label, spellings) =>
      `${label} is also written ${spellings}; its meetings share one lane.`,
    or: "or",
    ...dataTableWords.en,
  },
};

export type MeetingMessages = typeof danish;

/**
 * The meeting widgets' words in a locale.
 *
 * @example
 * meetingMessages("en").outcome; // "Outcome"
 */
export function meetingMessages(locale: Locale): MeetingMessages {
  return catalog[locale];
}
