import { catalogueByLocale, type Locale } from "@milepael/core/lite";
import { daCount, enCount } from "./counts";

/** The plan widgets' words (timeline, annual wheel, their shared activity details and list). */
export const planWords = /* @__PURE__ */ catalogueByLocale({
  zoomIn: { da: "Zoom ind", en: "Zoom in" },
  zoomOut: { da: "Zoom ud", en: "Zoom out" },
  panEarlier: { da: "Tidligere", en: "Earlier" },
  panLater: { da: "Senere", en: "Later" },
  fitAll: { da: "Vis hele planen", en: "Show the whole plan" },
  scale: { da: "Skala", en: "Scale" },
  scaleNames: {
    da: { week: "Uger", month: "Måneder", quarter: "Kvartaler", year: "År" },
    en: { week: "Weeks", month: "Months", quarter: "Quarters", year: "Years" },
  },
  laneBy: { da: "Spor efter", en: "Lanes by" },
  laneNames: {
    da: {
      theme: "Tema",
      participants: "Deltagere",
      responsible: "Ansvarlig",
      track: "Forløb",
      none: "Ingen",
    },
    en: {
      theme: "Theme",
      participants: "Participants",
      responsible: "Responsible",
      track: "Track",
      none: "None",
    },
  },
  noLane: { da: "Øvrige", en: "Other" },
  showList: { da: "Vis som liste", en: "Show as a list" },
  showTimeline: { da: "Vis som tidslinje", en: "Show as a timeline" },
  today: { da: "I dag", en: "Today" },
  ongoing: { da: "Løbende", en: "Ongoing" },
  undated: { da: "Uden dato, der kunne læses", en: "Without a readable date" },
  timelineKeys: {
    da: "Piletasterne flytter mellem aktiviteterne, Enter viser detaljer, + og − zoomer, 0 viser hele planen.",
    en: "Arrow keys move between activities, Enter shows details, + and − zoom, 0 shows the whole plan.",
  },
  activities: {
    da: (count: number) => (count === 1 ? "1 aktivitet" : `${daCount(count)} aktiviteter`),
    en: (count: number) => (count === 1 ? "1 activity" : `${enCount(count)} activities`),
  },
  weekTick: { da: (week: number) => `uge ${week}`, en: (week: number) => `wk ${week}` },
  weekTitle: {
    da: (week: number, year: number) => `uge ${week}, ${year}`,
    en: (week: number, year: number) => `week ${week}, ${year}`,
  },
  quarterTick: {
    da: (quarter: number, year: number) => `${quarter}. kvt. ${year}`,
    en: (quarter: number, year: number) => `Q${quarter} ${year}`,
  },
  // Timeline axis and ongoing band (wt-timeline): short quarter ticks, the ongoing summary band.
  quarterShort: { da: (quarter: number) => `${quarter}. kvt.`, en: (quarter: number) => `Q${quarter}` },
  quarterTiny: { da: (quarter: number) => `K${quarter}`, en: (quarter: number) => `Q${quarter}` },
  ongoingSummary: {
    da: (count: number) => (count === 1 ? "1 løbende aktivitet" : `${daCount(count)} løbende aktiviteter`),
    en: (count: number) => (count === 1 ? "1 ongoing activity" : `${enCount(count)} ongoing activities`),
  },
  // End of the wt-timeline block.
  date: { da: "Dato", en: "Date" },
  activity: { da: "Aktivitet", en: "Activity" },
  eitherOr: { da: "én af datoerne", en: "one of the dates" },
  approximate: { da: "omtrentlig", en: "approximate" },
  closeDetails: { da: "Luk detaljer", en: "Close details" },
  previousYear: { da: "Forrige år", en: "Previous year" },
  nextYear: { da: "Næste år", en: "Next year" },
  exportSvg: { da: "Hent som SVG", en: "Download as SVG" },
  exportPng: { da: "Hent som PNG", en: "Download as PNG" },
  showActivityTable: { da: "Vis aktiviteterne som tabel", en: "Show the activities as a table" },
  wheelKeys: {
    da: "Piletasterne flytter mellem aktiviteterne i årets gang, Enter viser detaljer.",
    en: "Arrow keys move through the activities in the year's order, Enter shows details.",
  },
  // Annual wheel: callouts, density bands, its list (wt-wheel)
  wheelCallouts: { da: "Nummererede aktiviteter på hjulet", en: "Numbered activities on the wheel" },
  wheelList: { da: "Årets aktiviteter", en: "The year's activities" },
  wheelLaneAlone: {
    da: "Viser kun dette spor på hjulet, med alle dets aktiviteter. Tryk igen for alle spor.",
    en: "Shows only this lane on the wheel, with all its activities. Press again for all lanes.",
  },
  wheelBand: {
    da: (count: number, lane: string, month: string) =>
      `${count === 1 ? "1 aktivitet" : `${daCount(count)} aktiviteter`} i ${lane}, ${month}`,
    en: (count: number, lane: string, month: string) =>
      `${count === 1 ? "1 activity" : `${enCount(count)} activities`} in ${lane}, ${month}`,
  },
});

/** The plan widgets' words in one locale. */
export type PlanMessages = (typeof planWords)["da"];

/**
 * The timeline's, the wheel's and the plan views' words: their own area only, so that their
 * entries do not carry the tables', charts' and elements' words.
 *
 * @example
 * planMessages("en").fitAll; // "Show the whole plan"
 */
export function planMessages(locale: Locale): PlanMessages {
  return planWords[locale];
}
