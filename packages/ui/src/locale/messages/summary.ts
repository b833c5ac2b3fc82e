import type { Locale } from "@milepael/core/lite";
import { daCount, enCount } from "./counts";

const danish = {
  summaryTitle: (round: string) => `Status ved ${round}`,
  milestonesAt: "Milepæle",
  changeSince: (round: string) => `siden ${round}`,
  more: (count: number) => `${daCount(count)} flere`,
  fewer: (count: number) => `${daCount(count)} færre`,
  unchanged: "uændret",
  needsAttention: "Kræver opmærksomhed",
  nothingNeedsAttention: "Ingen indsatser kræver opmærksomhed.",
  showMoreAttention: (count: string) => `+${count} flere`,
  showFewerAttention: "Vis færre",
};

/** The status summary's words: the cards and the list of what needs attention. */
export const summaryWords: Record<Locale, typeof danish> = {
  da: danish,
  en: {
    summaryTitle: (round) => `Status at ${round}`,
    milestonesAt: "Milestones",
    changeSince: (round) => `since ${round}`,
    more: (count) => `${enCount(count)} more`,
    fewer: (count) => `${enCount(count)} fewer`,
    unchanged: "unchanged",
    needsAttention: "Needs attention",
    nothingNeedsAttention: "No initiatives need attention.",
    showMoreAttention: (count) => `+${count} more`,
    showFewerAttention: "Show fewer",
  },
};

/**
 * The status summary's words, without the other widgets'.
 *
 * @example
 * summaryMessages("da").needsAttention; // "Kræver opmærksomhed"
 */
export function summaryMessages(locale: Locale): typeof danish {
  return summaryWords[locale];
}
