import { type AreaMessages, p } from "./format";

// Meetings: minutes and agendas (issue #18).
export const meetingsMessages: AreaMessages<"meetings"> = {
  da: {
    // Meetings: minutes and agendas (issue #18)
    "meetings.no-meetings": () =>
      'Der blev ikke fundet noget referat eller nogen dagsorden (en linje som "Referat Økonomiudvalget tirsdag den 3. januar 2017").',
    "meetings.date-missing": (v) =>
      `Mødet i ${p(v, "body")} har ingen dato, der kan læses; teksten er gemt som et relateret dokument.`,
    "meetings.weekday-mismatch": (v) =>
      `Ugedagen "${p(v, "weekday")}" passer ikke til datoen ${p(v, "date")}, som er en ${p(v, "actual")}. Datoen er brugt.`,
    "meetings.year-from-context": (v) =>
      `Mødets overskrift har intet årstal; ${p(v, "year")} er taget fra ${p(v, "source") === "text" ? "teksten omkring den" : "indstillingen year"}.`,
    "meetings.title-repaired": (v) =>
      `Punktets titel havde mistet sine første cifre i tekstudtrækket og er læst som "${p(v, "title")}".`,
    "meetings.item-not-in-toc": (v) => `Punktet "${p(v, "title")}" står ikke i indholdsfortegnelsen.`,
    "meetings.toc-item-missing": (v) =>
      `Indholdsfortegnelsen nævner "${p(v, "title")}", men punktet blev ikke fundet i teksten.`,
    "meetings.attachment-pages-skipped": (v) =>
      `Siderne ${p(v, "fromPage")}-${p(v, "toPage")} (til linje ${p(v, "toLine")}) efter mødets sidste punkt er bilag og er ikke læst som punkter.`,
    "meetings.block-skipped": () => "Teksten kunne ikke placeres i mødet og er sprunget over.",
    "meetings.related-document": (v) =>
      `"${p(v, "title")}" er ikke et møde og er gemt som relateret dokument (${p(v, "kind")}).`,
    "meetings.item-without-meeting": (v) =>
      `"${p(v, "title")}" er et punkt fra ${p(v, "body")} uden mødets overskrift (referat eller dagsorden); det er gemt som relateret dokument.`,
    "meetings.furniture-removed": (v) =>
      `${p(v, "count")} linjer eller sidehoveder fra fremviseren eller mødesystemet (sidetal, "Læs mere", "Download") er fjernet.`,
  },
  en: {
    // Meetings: minutes and agendas (issue #18)
    "meetings.no-meetings": () =>
      'No minutes or agenda were found (a line such as "Referat Økonomiudvalget tirsdag den 3. januar 2017").',
    "meetings.date-missing": (v) =>
      `The meeting of ${p(v, "body")} has no readable date; the text is kept as a related document.`,
    "meetings.weekday-mismatch": (v) =>
      `The weekday "${p(v, "weekday")}" does not fit the date ${p(v, "date")}, which is a ${p(v, "actual")}. The date is used.`,
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
  },
};
