import { type DateFailureReason, dateFailureReasons } from "../../date/types";
import { dateFailureMessage } from "../../i18n/dateReasons";
import type { Locale } from "../../i18n/locale";
import { p, type Value } from "./format";

/** The params of `import.date-not-understood`: the date as written and why it was not read. */
export type DateNotUnderstoodParams = { text: Value; reason: Value };

/** Why the date was not read, in words after a colon; a reason this catalogue does not know as "not a date". */
function reasonWords(v: { reason: Value }, locale: Locale): string {
  const reason = p(v, "reason");
  const known = (dateFailureReasons as readonly string[]).includes(reason);
  const words = dateFailureMessage(known ? (reason as DateFailureReason) : "not-a-date", locale);
  return words.charAt(0).toLowerCase() + words.slice(1);
}

// A date without its year was read but for the year: saying it "was not understood" sent readers
// looking for a mistake in the date, and a title's two-digit "17" looked read when it was not
// (it may be a plan's number, "Lokalplan 17"). The message says what is missing and how to give it.
export const dateNotUnderstoodDa = (v: DateNotUnderstoodParams): string =>
  p(v, "reason") === "missing-year"
    ? `Datoen "${p(v, "text")}" har intet årstal, og dokumentet nævner intet år med fire cifre (som "Kommunikationsplan 2017") og har ingen dato; angiv året, så læses datoen. Et tal med to cifre, som "17", læses ikke som et år: det kan være et nummer. Teksten er bevaret.`
    : `Datoen "${p(v, "text")}" blev ikke forstået: ${reasonWords(v, "da")} Teksten er bevaret.`;

export const dateNotUnderstoodEn = (v: DateNotUnderstoodParams): string =>
  p(v, "reason") === "missing-year"
    ? `The date "${p(v, "text")}" has no year, and the document names no four-digit year (as "Kommunikationsplan 2017" does) and has no date; give the year and the date is read. A two-digit number such as "17" is not read as a year: it may be a number. The text is kept.`
    : `The date "${p(v, "text")}" was not understood: ${reasonWords(v, "en")} The text is kept.`;

/** The params of `import.document-date-not-read`: a header's "Dato:" value and why it is not the document's date. */
export type DocumentDateNotReadParams = { text: Value; reason: Value };

// A header's "Dato:" line not read as the document's date: the line is shown, for the document
// has no other place for it; a day without its year is read once the year is known.
export const documentDateNotReadDa = (v: DocumentDateNotReadParams): string =>
  p(v, "reason") === "missing-year"
    ? `Dokumentets dato "${p(v, "text")}" har intet år og er ikke læst: et dokument dateres ofte året før det år, det handler om. Skriv året i datoen, eller angiv det. Linjen er vist her.`
    : p(v, "reason") === "second-date"
      ? `Dokumentet har allerede en anden dato; "${p(v, "text")}" er ikke læst som dokumentets dato. Linjen er vist her.`
      : p(v, "reason") === "not-a-day"
        ? `"${p(v, "text")}" er ikke én dag og er ikke læst som dokumentets dato. Linjen er vist her.`
        : `Dokumentets dato "${p(v, "text")}" blev ikke forstået: ${reasonWords(v, "da")} Linjen er vist her.`;

export const documentDateNotReadEn = (v: DocumentDateNotReadParams): string =>
  p(v, "reason") === "missing-year"
    ? `The document's date "${p(v, "text")}" has no year and was not read: a document is often dated the year before the one it is about. Write the year in the date, or give it. The line is shown here.`
    : p(v, "reason") === "second-date"
      ? `The document already has another date; "${p(v, "text")}" was not read as the document's date. The line is shown here.`
      : p(v, "reason") === "not-a-day"
        ? `"${p(v, "text")}" is not a single day and was not read as the document's date. The line is shown here.`
        : `The document's date "${p(v, "text")}" was not understood: ${reasonWords(v, "en")} The line is shown here.`;
