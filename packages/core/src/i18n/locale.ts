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
  return knownLocale(value) ?? defaultLocale;
}

/**
 * The locale free text names when milepael has words for it ("en-GB" → "en", "nb" → "da"), else
 * `undefined`: a `locale="de"` can then give way to the page's language instead of to Danish.
 *
 * @example
 * knownLocale("en-GB"); // "en"
 * knownLocale("de"); // undefined
 */
export function knownLocale(value: string | null | undefined): Locale | undefined {
  const base = (value ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return base === "en" ? "en" : base === "da" || base === "nb" || base === "no" ? "da" : undefined;
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

/**
 * A catalogue written message by message, both languages side by side (so neither can be forgotten),
 * turned into one object per language for the code that reads it.
 *
 * @example
 * const text = catalogueByLocale<{ total: string }>({ total: { da: "I alt", en: "Total" } });
 * text.en.total; // "Total"
 */
export function catalogueByLocale<T extends object>(
  messages: { [K in keyof T]: Record<Locale, T[K]> },
): Record<Locale, T> {
  const entries = Object.entries(messages) as [string, Record<Locale, unknown>][];
  const pick = (locale: Locale) =>
    Object.fromEntries(entries.map(([key, value]) => [key, value[locale]])) as T;
  return { da: pick("da"), en: pick("en") };
}
