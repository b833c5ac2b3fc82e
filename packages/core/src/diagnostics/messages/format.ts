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

/**
 * A message that is one of a few fixed sentences, chosen by a param's value (ICU's `select`): the
 * sentence named by the value, or `other` for any value the cases do not name.
 *
 * @example
 * select("content", { forms: "Formularfelter.", other: "JavaScript." })({ content: "forms" }); // "Formularfelter."
 */
// The catalogues call it as they load: marked free of side effects so a bundler can still drop the
// messages of an area nobody imports (without it every ui entry carried the importers' catalogue).
/* @__NO_SIDE_EFFECTS__ */
export function select(
  key: string,
  sentences: Readonly<Record<string, string>> & { other: string },
): Message {
  return (params) => {
    const value = p(params, key);
    return (Object.hasOwn(sentences, value) ? sentences[value] : undefined) ?? sentences.other;
  };
}
