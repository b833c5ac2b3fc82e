import { intlLocale, type Locale } from "../../i18n/locale";
import type { DiagnosticCode } from "../diagnostic";

/** A value a message shows: text, or a number the catalogue formats for the locale. */
export type Value = string | number;
/** A finding's params as the formatters hand them to a message, whatever its code. */
export type Params = Record<string, Value>;
/**
 * A message as the formatters call it, whatever its code: with a finding's params, which were
 * checked against the code when the finding was made (`diagnostic`). Declared as a method, whose
 * params TypeScript compares both ways, so that every message is one, whatever params it declares.
 */
export type Message = { call(params: Params): string }["call"];

/** The codes of one area ("import", "rules"): each area's messages live in a file of their own. */
export type AreaCode<Area extends string> = Extract<DiagnosticCode, `${Area}.${string}`>;

/**
 * One area's Danish messages, one a code. Danish is the source language: each message declares the
 * params its code carries (`(v: { detail: Value }) => …`, none for `() => …`), `DiagnosticParams` is
 * read from them, and the English messages are typed by them (`EnglishMessages<typeof importDa>`).
 */
export type DanishMessages<Area extends string> = Record<AreaCode<Area>, (params: never) => string>;

/** An area's English messages: each takes the params its Danish message declares. */
export type EnglishMessages<Da extends Record<keyof Da, (params: never) => string>> = {
  [C in keyof Da]: (...params: Parameters<Da[C]>) => string;
};

/** A parameter as text; a missing one as "". */
export const p = <P extends object>(params: P, key: keyof P & string): string => String(params[key] ?? "");

/** A count with the locale's thousands separator: "52.800.025" in Danish. */
export const n = <P extends object>(params: P, key: keyof P & string, locale: Locale): string =>
  typeof params[key] === "number" ? params[key].toLocaleString(intlLocale(locale)) : p(params, key);

/**
 * A message that is one of a few fixed sentences, chosen by a param's value (ICU's `select`): the
 * sentence named by the value, or `other` for any value the cases do not name. Its one param is
 * the key it selects by.
 *
 * @example
 * select("content", { forms: "Formularfelter.", other: "JavaScript." })({ content: "forms" }); // "Formularfelter."
 */
// The catalogues call it as they load: marked free of side effects so a bundler can still drop the
// messages of an area nobody imports (without it every ui entry carried the importers' catalogue).
/* @__NO_SIDE_EFFECTS__ */
export function select<Key extends string>(
  key: Key,
  sentences: Readonly<Record<string, string>> & { other: string },
): (params: Record<Key, Value>) => string {
  return (params) => {
    const value = p(params, key);
    return (Object.hasOwn(sentences, value) ? sentences[value] : undefined) ?? sentences.other;
  };
}
