import { catalogueByLocale, type Locale } from "@milepael/core/lite";
import { dimensionWords } from "./dimensions";

/** The status charts' words: titles, summaries and the table behind each chart. */
export const chartWords = /* @__PURE__ */ catalogueByLocale({
  showTable: { da: "Vis tallene som tabel", en: "Show the figures as a table" },
  count: { da: "Antal", en: "Count" },
  share: { da: "Andel", en: "Share" },
  total: { da: "I alt", en: "Total" },
  noGroup: { da: "(ikke angivet)", en: "(not given)" },
  statusByRoundTitle: { da: "Status for milepæle pr. opfølgning", en: "Milestone status per follow-up" },
  statusByRoundSummary: {
    da: (parts: string) => `Søjlediagram over milepælenes status pr. opfølgning. ${parts}`,
    en: (parts: string) => `Bar chart of milestone status per follow-up. ${parts}`,
  },
  distributionTitle: {
    da: (dimension: string, round: string) => `Milepæle pr. ${dimension.toLowerCase()}, ${round}`,
    en: (dimension: string, round: string) => `Milestones per ${dimension.toLowerCase()}, ${round}`,
  },
  distributionSummary: {
    da: (parts: string) => `Søjlediagram over milepælenes status pr. gruppe. ${parts}`,
    en: (parts: string) => `Bar chart of milestone status per group. ${parts}`,
  },
  trendTitle: {
    da: (title: string) => `Udvikling for ${title}`,
    en: (title: string) => `Trend for ${title}`,
  },
  trendSummary: {
    da: (parts: string) => `Kurve over indsatsens status pr. opfølgning: ${parts}.`,
    en: (parts: string) => `Line of the initiative's status per follow-up: ${parts}.`,
  },
});

type ChartMessages = (typeof chartWords)["da"] & (typeof dimensionWords)["da"];

// Joined on first use, not when the module loads, so entries that never call it drop it.
const joined: Partial<Record<Locale, ChartMessages>> = {};

/**
 * The status charts' words and the dimension names they group by, without the other widgets'.
 *
 * @example
 * chartMessages("en").total; // "Total"
 */
export function chartMessages(locale: Locale): ChartMessages {
  joined[locale] ??= { ...dimensionWords[locale], ...chartWords[locale] };
  return joined[locale];
}
