import { intlLocale, type Locale } from "../../i18n/locale";
import type { DiagnosticCode } from "../diagnostic";

export type Params = Record<string, string | number>;
export type Message = (params: Params) => string;

/** The codes of one area ("import", "rules"): each area's messages live in a file of their own. */
export type AreaCode<Area extends string> = Extract<DiagnosticCode, `${Area}.${string}`>;

/** One area's messages, Danish and English. */
export type AreaMessages<Area extends string> = Record<Locale, Record<AreaCode<Area>, Message>>;

/** A parameter as text; a missing one as "". */
export const p = (params: Params, key: string): string => String(params[key] ?? "");

/** A count with the locale's thousands separator: "52.800.025" in Danish. */
export const n = (params: Params, key: string, locale: Locale): string =>
  typeof params[key] === "number" ? params[key].toLocaleString(intlLocale(locale)) : p(params, key);
