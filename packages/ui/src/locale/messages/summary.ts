import { catalogueByLocale, type Locale } from "@milepael/core/lite";
import { daCount, enCount } from "./counts";

/** The status summary's words: the cards and the list of what needs attention. */
export const summaryWords = /* @__PURE__ */ catalogueByLocale({
  summaryTitle: { da: (round: string) => `Status ved ${round}`, en: (round: string) => `Status at ${round}` },
  milestonesAt: { da: "Milepæle", en: "Milestones" },
  changeSince: { da: (round: string) => `siden ${round}`, en: (round: string) => `since ${round}` },
  more: { da: (count: number) => `${daCount(count)} flere`, en: (count: number) => `${enCount(count)} more` },
  fewer: {
    da: (count: number) => `${daCount(count)} færre`,
    en: (count: number) => `${enCount(count)} fewer`,
  },
  unchanged: { da: "uændret", en: "unchanged" },
  needsAttention: { da: "Kræver opmærksomhed", en: "Needs attention" },
  nothingNeedsAttention: { da: "Ingen indsatser kræver opmærksomhed.", en: "No initiatives need attention." },
  showMoreAttention: { da: (count: string) => `+${count} flere`, en: (count: string) => `+${count} more` },
  showFewerAttention: { da: "Vis færre", en: "Show fewer" },
});

/** The status summary's words in one locale. */
export type SummaryMessages = (typeof summaryWords)["da"];

/**
 * The status summary's words, without the other widgets'.
 *
 * @example
 * summaryMessages("da").needsAttention; // "Kræver opmærksomhed"
 */
export function summaryMessages(locale: Locale): SummaryMessages {
  return summaryWords[locale];
}
