import type { Locale } from "@milepael/core/lite";
import { dimensionWords } from "./dimensions";

const danish = {
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
};

/** The status charts' words: titles, summaries and the table behind each chart. */
export const chartWords: Record<Locale, typeof danish> = {
  da: danish,
  en: {
    showTable: "Show the figures as a table",
    count: "Count",
    share: "Share",
    total: "Total",
    noGroup: "(not given)",
    statusByRoundTitle: "Milestone status per follow-up",
    statusByRoundSummary: (parts) => `Bar chart of milestone status per follow-up. ${parts}`,
    distributionTitle: (dimension, round) => `Milestones per ${dimension.toLowerCase()}, ${round}`,
    distributionSummary: (parts) => `Bar chart of milestone status per group. ${parts}`,
    trendTitle: (title) => `Trend for ${title}`,
    trendSummary: (parts) => `Line of the initiative's status per follow-up: ${parts}.`,
  },
};

type ChartMessages = typeof danish & (typeof dimensionWords)["da"];

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
