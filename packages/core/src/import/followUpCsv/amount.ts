import type { Locale } from "../../i18n/locale";
import { followUpCsvHeaders } from "./columns";

/**
 * The language of the sheet's amount column by its header ("Beløb (kr.)" or "Amount (DKK)"): it
 * tells whether a single point or comma before three digits is a thousands mark.
 *
 * @example
 * amountLocale("Beløb (kr.)"); // "da"
 */
export function amountLocale(header: string): Locale | undefined {
  const written = header.trim().toLowerCase();
  if (written === followUpCsvHeaders.da.amount.toLowerCase()) return "da";
  if (written === followUpCsvHeaders.en.amount.toLowerCase()) return "en";
  return undefined;
}

/**
 * An amount in kroner as Excel writes it: "29800000", "-1,5" (Danish decimal comma), "1.5",
 * "29.800.000" (thousands points), "500.000,00". With the sheet's `locale`, a single mark before
 * three digits is that locale's thousands mark ("500.000" in a Danish sheet, "500,000" in an
 * English one), as Excel shows and staff type it; milepael's exports never write one. Without it,
 * one mark is a decimal mark. `undefined` when it is not a number.
 *
 * @example
 * parseAmount("29.800.000"); // 29800000
 * parseAmount("500.000", "da"); // 500000
 */
export function parseAmount(text: string, locale?: Locale): number | undefined {
  const compact = text.replace(/[\s\u00a0]/g, "").replace(/kr\.?$/i, "");
  let normal: string;
  // Thousands points, with a decimal comma or none: Danish ("29.800.000", "500.000,00").
  if (
    /^-?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(compact) ||
    /^-?\d{1,3}(\.\d{3})+,\d+$/.test(compact) ||
    (locale === "da" && /^-?\d{1,3}\.\d{3}$/.test(compact))
  )
    normal = compact.replace(/\./g, "").replace(",", ".");
  // Thousands commas, with a decimal point or none: English ("1,500,000", "500,000.00").
  else if (
    /^-?\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(compact) ||
    /^-?\d{1,3}(,\d{3})+\.\d+$/.test(compact) ||
    (locale === "en" && /^-?\d{1,3},\d{3}$/.test(compact))
  )
    normal = compact.replace(/,/g, "");
  // Otherwise one mark is a decimal mark, comma or point: "1.500" is 1.5, as milepael's English export writes it.
  else if (/^-?\d+([.,]\d+)?(e[+-]?\d+)?$/i.test(compact)) normal = compact.replace(",", ".");
  else return undefined;
  const amount = Number(normal);
  return Number.isFinite(amount) ? amount : undefined;
}
