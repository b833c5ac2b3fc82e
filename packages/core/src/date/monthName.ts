import type { Locale } from "../i18n/locale";

// The one list of month names: formatting, the date parser's vocabulary and the fixtures use it.
const monthNames: Record<Locale, Record<"long" | "short", readonly string[]>> = {
  da: {
    long: [
      "januar",
      "februar",
      "marts",
      "april",
      "maj",
      "juni",
      "juli",
      "august",
      "september",
      "oktober",
      "november",
      "december",
    ],
    short: ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."],
  },
  en: {
    long: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  },
};

/**
 * A month's name, 1 to 12, in full or abbreviated as Danish (Retskrivningsordbogen: "maj" and
 * "juni" need no point) or English writes it.
 *
 * @example
 * monthName(5, "da", "short"); // "maj"
 */
export function monthName(month: number, locale: Locale, style: "long" | "short" = "long"): string {
  return monthNames[locale][style][month - 1] ?? "";
}
