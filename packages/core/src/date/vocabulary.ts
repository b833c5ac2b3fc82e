import { monthName } from "./monthName";

// Danish words of date expressions, normalised to lower case.

// Abbreviations a document uses besides the full name (which comes from monthName).
const monthAbbreviations: readonly (readonly string[])[] = [
  ["jan"],
  ["feb"],
  ["mar", "mart"],
  ["apr"],
  [],
  ["jun"],
  ["jul"],
  ["aug"],
  ["sep", "sept"],
  ["okt"],
  ["nov"],
  ["dec"],
];

/** Month number (1-12) by every spelling a document uses, full or abbreviated. */
export const monthByWord: ReadonlyMap<string, number> = new Map(
  monthAbbreviations.flatMap((abbreviations, index) =>
    [monthName(index + 1, "da"), ...abbreviations].map((name) => [name, index + 1] as const),
  ),
);

export type MonthPart = "primo" | "medio" | "ultimo";

/** Words for early, mid and late month ("primo marts", "midt i marts", "sidst i marts"). */
export const monthPartByWord: ReadonlyMap<string, MonthPart> = new Map([
  ["primo", "primo"],
  ["start", "primo"],
  ["starten", "primo"],
  ["først", "primo"],
  ["begyndelsen", "primo"],
  ["medio", "medio"],
  ["midt", "medio"],
  ["midten", "medio"],
  ["ultimo", "ultimo"],
  ["slut", "ultimo"],
  ["slutningen", "ultimo"],
  ["sidst", "ultimo"],
  ["udgangen", "ultimo"],
]);

export type Season = "forår" | "sommer" | "efterår" | "vinter";

/** Seasons, also in their definite forms ("i efteråret 2018"). */
export const seasonByWord: ReadonlyMap<string, Season> = new Map([
  ["forår", "forår"],
  ["foråret", "forår"],
  ["sommer", "sommer"],
  ["sommeren", "sommer"],
  ["efterår", "efterår"],
  ["efteråret", "efterår"],
  ["vinter", "vinter"],
  ["vinteren", "vinter"],
]);

/** First month of each season; a season lasts three months (vinter runs into the next year). */
export const seasonStartMonth: Record<Season, number> = { forår: 3, sommer: 6, efterår: 9, vinter: 12 };

/** Words that carry no date and may stand before one: "i", "den", "d.", weekdays. */
export const fillerWords: ReadonlySet<string> = new Set([
  "i",
  "den",
  "d",
  "af",
  "fra",
  "mandag",
  "tirsdag",
  "onsdag",
  "torsdag",
  "fredag",
  "lørdag",
  "søndag",
  "man",
  "tir",
  "ons",
  "tor",
  "fre",
  "lør",
  "søn",
]);

/** Words that make a date a deadline: "senest 1. maj", "inden uge 20", "før 1. maj". */
export const deadlineWords: ReadonlySet<string> = new Set(["senest", "inden", "før"]);

/** Words that mark an expression as approximate. */
export const approximateWords: ReadonlySet<string> = new Set(["ca", "cirka", "omkring", "omk"]);

/**
 * Words that join a range ("maj til juni") and alternatives ("maj eller juni"; "uge 41 og 42" is
 * both weeks, which the alternatives say as they are: each its own interval, nothing between).
 */
export const rangeWords: ReadonlySet<string> = new Set(["til"]);
export const eitherOrWords: ReadonlySet<string> = new Set(["eller", "og"]);

export const ongoingWords: ReadonlySet<string> = new Set(["løbende", "løbende."]);
