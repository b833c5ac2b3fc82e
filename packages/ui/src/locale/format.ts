import { intlLocale, type Locale } from "@milepael/core/lite";

/**
 * A count the way the locale writes numbers: "1.234" in Danish, "1,234" in English.
 *
 * @example
 * formatCount(10000, "da"); // "10.000"
 */
export function formatCount(value: number, locale: Locale): string {
  // Whole numbers are grouped here, as Intl groups them for both locales: the first Intl object a
  // page makes loads ICU's data, 10-50 ms of a widget's first render in Chromium.
  if (Number.isSafeInteger(value)) return groupThousands(value, locale === "da" ? "." : ",");
  let format = countFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlLocale(locale));
    countFormats.set(locale, format);
  }
  return format.format(value);
}

/** "-1234567" → "-1.234.567" with `separator` between groups of three digits. */
function groupThousands(value: number, separator: string): string {
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += separator + digits.slice(at, at + 3);
  return value < 0 ? `-${grouped}` : grouped;
}

/** One formatter per locale: building one costs more than a table's whole line of counts. */
const countFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A share of a total as a percentage with one decimal: "12,5 %" in Danish.
 *
 * @example
 * formatShare(1, 8, "da"); // "12,5 %"
 */
export function formatShare(part: number, total: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(total === 0 ? 0 : part / total);
}
