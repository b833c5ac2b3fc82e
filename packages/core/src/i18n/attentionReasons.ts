import type { AttentionReason } from "../rules/needsAttention";
import type { Locale } from "./locale";

const catalog: Record<Locale, Record<AttentionReason, string>> = {
  da: {
    red: "Milepælen er rød",
    "economy-red": "Økonomien er rød",
    worsened: "Forværret siden sidste opfølgning",
    overdue: "Ikke vurderet, skæringsdatoen er passeret",
    "economy-undefined": "Økonomien er gul, som ikke er defineret for økonomi",
  },
  en: {
    red: "The milestone is red",
    "economy-red": "The economy is red",
    worsened: "Worse since the previous follow-up",
    overdue: "Not assessed, the cut-off has passed",
    "economy-undefined": "The economy is yellow, which is not defined for economy",
  },
};

/**
 * Why an initiative needs attention, in words.
 *
 * @example
 * attentionReasonLabel("worsened", "da"); // "Forværret siden sidste opfølgning"
 */
export function attentionReasonLabel(reason: AttentionReason, locale: Locale): string {
  return catalog[locale][reason];
}
