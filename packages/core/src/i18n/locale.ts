/** The languages every user-facing text exists in. Danish is the default. */
export const locales = ["da", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "da";

/**
 * Reads a locale from free text such as a `lang` attribute or `--lang` flag ("en-GB" → "en"),
 * falling back to Danish.
 *
 * @example
 * toLocale("en-GB"); // "en"
 */
export function toLocale(value: string | null | undefined): Locale {
  const base = (value ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return base === "en" ? "en" : base === "da" || base === "nb" || base === "no" ? "da" : defaultLocale;
}

/**
 * The BCP 47 tag `Intl` formats a locale's numbers and dates with.
 *
 * @example
 * new Intl.NumberFormat(intlLocale("da")).format(1234.5); // "1.234,5"
 */
export function intlLocale(locale: Locale): string {
  return locale === "da" ? "da-DK" : "en-GB";
}
