import { decisionOutcomeLabels } from "../../i18n/decisionOutcomeLabels";
import type { Locale } from "../../i18n/locale";
import { meetingCsvHeaders } from "../../import/meetings/csvColumns";
import { type DanishMessages, type EnglishMessages, p, type Value } from "./format";

// A meetings CSV's column (wt-mcsv), and an outcome (the CSV's and the paper's), by their names in the locale.
function csvColumn(params: { column: Value }, locale: Locale): string {
  const headers: Record<string, string> = meetingCsvHeaders[locale];
  const column = p(params, "column");
  return `"${Object.hasOwn(headers, column) ? headers[column] : column}"`;
}
function outcomeLabel(params: { outcome: Value }, locale: Locale): string {
  const labels: Record<string, string> = decisionOutcomeLabels[locale];
  const outcome = p(params, "outcome");
  return Object.hasOwn(labels, outcome) ? (labels[outcome] as string) : outcome;
}

// Meetings: minutes and agendas (issue #18).
export const meetingsDa = {
  // Meetings: minutes and agendas (issue #18)
  "meetings.no-meetings": () =>
    'Der blev ikke fundet noget referat eller nogen dagsorden (en linje som "Referat Økonomiudvalget tirsdag den 3. januar 2017").',
  "meetings.date-missing": (v: { body: Value }) =>
    `Mødet i ${p(v, "body")} har ingen dato, der kan læses; teksten er gemt som et relateret dokument.`,
  "meetings.weekday-mismatch": (v: { weekday: Value; date: Value; actual: Value }) =>
    `Ugedagen "${p(v, "weekday")}" passer ikke til datoen ${p(v, "date")}, som er en ${p(v, "actual")}. Datoen er brugt.`,
  "meetings.time-invalid": (v: { time: Value }) =>
    `Klokkeslættet "${p(v, "time")}" i mødets overskrift er ikke et klokkeslæt; mødet er læst uden det.`,
  "meetings.end-before-start": (v: { start: Value; end: Value }) =>
    `Mødet slutter (${p(v, "end")}), før det begynder (${p(v, "start")}); begge tider er bevaret, som de står.`,
  "meetings.year-from-context": (v: { year: Value; source: Value }) =>
    `Mødets overskrift har intet årstal; ${p(v, "year")} er taget fra ${p(v, "source") === "text" ? "teksten omkring den" : "indstillingen year"}.`,
  "meetings.title-repaired": (v: { title: Value }) =>
    `Punktets titel havde mistet sine første cifre i tekstudtrækket og er læst som "${p(v, "title")}".`,
  "meetings.item-not-in-toc": (v: { title: Value }) =>
    `Punktet "${p(v, "title")}" står ikke i indholdsfortegnelsen.`,
  "meetings.toc-item-missing": (v: { title: Value }) =>
    `Indholdsfortegnelsen nævner "${p(v, "title")}", men punktet blev ikke fundet i teksten.`,
  "meetings.attachment-pages-skipped": (v: { fromPage: Value; toPage: Value; toLine: Value }) =>
    `Siderne ${p(v, "fromPage")}-${p(v, "toPage")} (til linje ${p(v, "toLine")}) efter mødets sidste punkt er bilag og er ikke læst som punkter.`,
  "meetings.block-skipped": () => "Teksten kunne ikke placeres i mødet og er sprunget over.",
  "meetings.related-document": (v: { title: Value; kind: Value }) =>
    `"${p(v, "title")}" er ikke et møde og er gemt som relateret dokument (${p(v, "kind")}).`,
  "meetings.item-without-meeting": (v: { title: Value; body: Value }) =>
    `"${p(v, "title")}" er et punkt fra ${p(v, "body")} uden mødets overskrift (referat eller dagsorden); det er gemt som relateret dokument.`,
  "meetings.furniture-removed": (v: { count: Value }) =>
    `${p(v, "count")} linjer eller sidehoveder fra fremviseren eller mødesystemet (sidetal, "Læs mere", "Download") er fjernet.`,
  // milepael's own meetings paper: its Word export read without the copy of the document it carried, or printed to PDF
  "meetings.paper-read": () =>
    "Læst som milepæls eget mødepapir (en Word-eksport uden sin kopi af dokumentet, eller papiret udskrevet som PDF). Mødernes id'er står ikke på papiret og er dannet af udvalg og dato; dokumentets organisation og år, hvor papiret ikke angiver dem, af kommunen og datoen.",
  "meetings.paper-unknown-outcome": (v: { value: Value; outcome: Value }) =>
    `Udfaldet "${p(v, "value")}" er ikke et af dem, papiret skriver; punktet er læst som "${outcomeLabel(v, "da")}" ud fra ordet eller beslutningen.`,
  // Meetings CSV (wt-mcsv): milepael's decision list read back as meetings
  "meetings.csv-missing-column": (v: { column: Value }) =>
    `Kolonnen ${csvColumn(v, "da")} mangler; uden dato og titel kan rækkerne ikke læses som mødepunkter.`,
  "meetings.csv-unknown-columns": (v: { count: Value; columns: Value }) =>
    `${Number(v.count) === 1 ? "Kolonnen" : `${p(v, "count")} kolonner:`} ${p(v, "columns")} kendes ikke; ${Number(v.count) === 1 ? "dens" : "deres"} celler er ikke læst og vises ved hver række.`,
  "meetings.csv-extra-cells": (v: { count: Value }) =>
    `Rækken har ${p(v, "count")} celler flere end overskriften; de er ikke læst, og teksten er vist her.`,
  "meetings.csv-date-invalid": (v: { value: Value }) =>
    `Rækken har ingen dato, der kan læses ("${p(v, "value")}"; skriv en dag som 2017-05-08 eller 8.5.2017); den er ikke læst, og teksten er vist her.`,
  "meetings.csv-title-missing": () => "Punktet har ingen titel og er ikke læst; teksten er vist her.",
  "meetings.csv-body-missing": () => 'Rækken har intet udvalg; mødet er læst som "Uden udvalg".',
  "meetings.csv-unknown-kind": (v: { value: Value }) =>
    `Typen "${p(v, "value")}" kendes ikke (referat eller dagsorden); mødet er læst som referat.`,
  "meetings.csv-unknown-outcome": (v: { value: Value; outcome: Value; kept: Value }) =>
    `Udfaldet "${p(v, "value")}" kendes ikke; punktet er læst som "${outcomeLabel(v, "da")}"${p(v, "kept") === "decision" ? ", og ordet er gemt som beslutningen" : ", og ordet er vist her"}.`,
  "meetings.csv-nothing-read": () =>
    "Der blev ikke fundet nogen møder (rækker med en dato og en titel); filen er ikke læst som møder.",
  "meetings.csv-block-unmatched": (v: { id: Value; body: Value; date: Value }) =>
    `Filens blok nævner mødet ${p(v, "body")} ${p(v, "date")} (${p(v, "id")}), men ingen rækker passer med det (udvalg, type og dato ændret eller slettet); dets tid, sted og fraværende er ikke læst.`,
} satisfies DanishMessages<"meetings">;

export const meetingsEn: EnglishMessages<typeof meetingsDa> = {
  // Meetings: minutes and agendas (issue #18)
  "meetings.no-meetings": () =>
    'No minutes or agenda were found (a line such as "Referat Økonomiudvalget tirsdag den 3. januar 2017").',
  "meetings.date-missing": (v) =>
    `The meeting of ${p(v, "body")} has no readable date; the text is kept as a related document.`,
  "meetings.weekday-mismatch": (v) =>
    `The weekday "${p(v, "weekday")}" does not fit the date ${p(v, "date")}, which is a ${p(v, "actual")}. The date is used.`,
  "meetings.time-invalid": (v) =>
    `The time "${p(v, "time")}" in the meeting's heading is no time of day; the meeting is read without it.`,
  "meetings.end-before-start": (v) =>
    `The meeting ends (${p(v, "end")}) before it starts (${p(v, "start")}); both times are kept as written.`,
  "meetings.year-from-context": (v) =>
    `The meeting's heading has no year; ${p(v, "year")} was taken from ${p(v, "source") === "text" ? "the text around it" : "the year option"}.`,
  "meetings.title-repaired": (v) =>
    `The item's title had lost its first digits in text extraction and was read as "${p(v, "title")}".`,
  "meetings.item-not-in-toc": (v) => `The item "${p(v, "title")}" is not in the table of contents.`,
  "meetings.toc-item-missing": (v) =>
    `The table of contents lists "${p(v, "title")}", but no such item was found in the text.`,
  "meetings.attachment-pages-skipped": (v) =>
    `Pages ${p(v, "fromPage")}-${p(v, "toPage")} (to line ${p(v, "toLine")}) after the meeting's last item are attachments and were not read as items.`,
  "meetings.block-skipped": () => "The text could not be placed in the meeting and was skipped.",
  "meetings.related-document": (v) =>
    `"${p(v, "title")}" is not a meeting and was kept as a related document (${p(v, "kind")}).`,
  "meetings.item-without-meeting": (v) =>
    `"${p(v, "title")}" is an item of ${p(v, "body")} without the meeting's heading (minutes or agenda); it was kept as a related document.`,
  "meetings.furniture-removed": (v) =>
    `${p(v, "count")} lines or running heads of the viewer or meeting system (page numbers, "Læs mere", "Download") were removed.`,
  "meetings.paper-read": () =>
    "Read as milepael's own meetings paper (a Word export without its copy of the document, or the paper printed to PDF). The meetings' ids are not on the paper and were made from the body and date; the document's organisation and year, where the paper gives none, from the municipality and date.",
  "meetings.paper-unknown-outcome": (v) =>
    `The outcome "${p(v, "value")}" is not one the paper writes; the item was read as "${outcomeLabel(v, "en")}" from the word or the decision.`,
  // Meetings CSV (wt-mcsv): milepael's decision list read back as meetings
  "meetings.csv-missing-column": (v) =>
    `The column ${csvColumn(v, "en")} is missing; without a date and a title the rows cannot be read as items.`,
  "meetings.csv-unknown-columns": (v) =>
    `${Number(v.count) === 1 ? "The column" : `${p(v, "count")} columns:`} ${p(v, "columns")} ${Number(v.count) === 1 ? "is" : "are"} not known; ${Number(v.count) === 1 ? "its" : "their"} cells were not read and are shown with each row.`,
  "meetings.csv-extra-cells": (v) =>
    `The row has ${p(v, "count")} more cells than the header; they were not read, and the text is shown here.`,
  "meetings.csv-date-invalid": (v) =>
    `The row has no readable date ("${p(v, "value")}"; write a day such as 2017-05-08 or 8.5.2017); it was not read, and the text is shown here.`,
  "meetings.csv-title-missing": () => "The item has no title and was not read; its text is shown here.",
  "meetings.csv-body-missing": () => 'The row names no body; the meeting was read as "Uden udvalg".',
  "meetings.csv-unknown-kind": (v) =>
    `The kind "${p(v, "value")}" is not known (referat or dagsorden, minutes or agenda); the meeting was read as minutes (referat).`,
  "meetings.csv-unknown-outcome": (v) =>
    `The outcome "${p(v, "value")}" is not known; the item was read as "${outcomeLabel(v, "en")}"${p(v, "kept") === "decision" ? ", and the word was kept as its decision" : ", and the word is shown here"}.`,
  "meetings.csv-nothing-read": () =>
    "No meetings were found (rows with a date and a title); the file was not read as meetings.",
  "meetings.csv-block-unmatched": (v) =>
    `The file's block names the meeting ${p(v, "body")} ${p(v, "date")} (${p(v, "id")}), but no rows match it (body, kind and date changed or deleted); its time, place and absentees were not read.`,
};
