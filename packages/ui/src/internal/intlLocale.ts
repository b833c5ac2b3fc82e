import type { Locale } from "@milepael/core/lite";

/**
 * The BCP 47 tag `Intl` formats a widget locale with.
 *
 * @example
 * new Intl.NumberFormat(intlLocale("da")).format(1234.5); // "1.234,5"
 */
export function intlLocale(locale: Locale): string {
  return locale === "da" ? "da-DK" : "en-GB";
}
