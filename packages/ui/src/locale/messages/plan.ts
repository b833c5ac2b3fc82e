import type { Locale } from "@milepael/core/lite";
import { daCount, enCount } from "./counts";

const danish = {
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
  activities: (count: number) => (count === 1 ? "1 aktivitet" : `${daCount(count)} aktiviteter`),
  weekTick: (week: number) => `uge ${week}`,
  weekTitle: (week: number, year: number) => `uge ${week}, ${year}`,
  quarterTick: (quarter: number, year: number) => `${quarter}. kvt. ${year}`,
  // Timeline axis and ongoing band (wt-timeline): short quarter ticks, the ongoing summary band.
  quarterShort: (quarter: number) => `${quarter}. kvt.`,
  quarterTiny: (quarter: number) => `K${quarter}`,
  ongoingSummary: (count: number) =>
    count === 1 ? "1 løbende aktivitet" : `${daCount(count)} løbende aktiviteter`,
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
  showActivityTable: "Vis aktiviteterne som tabel",
  wheelKeys: "Piletasterne flytter mellem aktiviteterne i årets gang, Enter viser detaljer.",
  // Annual wheel: callouts, density bands, its list (wt-wheel)
  wheelCallouts: "Nummererede aktiviteter på hjulet",
  wheelList: "Årets aktiviteter",
  wheelLaneAlone: "Viser kun dette spor på hjulet, med alle dets aktiviteter. Tryk igen for alle spor.",
  wheelBand: (count: number, lane: string, month: string) =>
    `${count === 1 ? "1 aktivitet" : `${daCount(count)} aktiviteter`} i ${lane}, ${month}`,
};

/** The plan widgets' words (timeline, annual wheel, their shared activity details and list). */
export const planWords: Record<Locale, typeof danish> = {
  da: danish,
  en: {
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
    activities: (count) => (count === 1 ? "1 activity" : `${enCount(count)} activities`),
    weekTick: (week) => `wk ${week}`,
    weekTitle: (week, year) => `week ${week}, ${year}`,
    quarterTick: (quarter, year) => `Q${quarter} ${year}`,
    // Timeline axis and ongoing band (wt-timeline): short quarter ticks, the ongoing summary band.
    quarterShort: (quarter) => `Q${quarter}`,
    quarterTiny: (quarter) => `Q${quarter}`,
    ongoingSummary: (count) => (count === 1 ? "1 ongoing activity" : `${enCount(count)} ongoing activities`),
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
    showActivityTable: "Show the activities as a table",
    wheelKeys: "Arrow keys move through the activities in the year's order, Enter shows details.",
    // Annual wheel: callouts, density bands, its list (wt-wheel)
    wheelCallouts: "Numbered activities on the wheel",
    wheelList: "The year's activities",
    wheelLaneAlone: "Shows only this lane on the wheel, with all its activities. Press again for all lanes.",
    wheelBand: (count, lane, month) =>
      `${count === 1 ? "1 activity" : `${enCount(count)} activities`} in ${lane}, ${month}`,
  },
};

/** The plan widgets' words in one locale. */
export type PlanMessages = typeof danish;

/**
 * The timeline's, the wheel's and the plan views' words: their own area only, so that their
 * entries do not carry the tables', charts' and elements' words.
 *
 * @example
 * planMessages("en").fitAll; // "Show the whole plan"
 */
export function planMessages(locale: Locale): typeof danish {
  return planWords[locale];
}
