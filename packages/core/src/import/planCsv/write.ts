import type { Locale } from "../../i18n/locale";
import type { PlanDocument } from "../../model/plan.schema";
import { planMetadataRows } from "../csvMetadata/write";
import { type CsvExportOptions, tagsCell, toCsv } from "../shared/csv";

const planHeaders: Record<Locale, string[]> = {
  da: [
    "Id",
    "Dato",
    "Tema",
    "Aktivitet",
    "Beskrivelse",
    "Deltagerkreds",
    "Ansvarlig",
    "Spor",
    "Tags",
    "Start",
    "Slut",
  ],
  en: [
    "Id",
    "Date",
    "Theme",
    "Activity",
    "Description",
    "Participants",
    "Responsible",
    "Track",
    "Tags",
    "Start",
    "End",
  ],
};

/**
 * A plan's activities as CSV, one row each, then the document's own fields in a metadata block
 * (`#milepael` rows after an empty row: title, date, contacts, year, plan kind, introduction,
 * tracks), so that `importPlanCsv` reads back the whole document. The date column keeps the
 * author's text; Start and Slut give the interval for sorting in Excel and tell the importer
 * which year the text was read in. The description keeps its sanitised HTML.
 *
 * @example
 * exportPlanCsv(plan); // "\uFEFFId;Dato;Tema;Aktivitet;...\r\na1;Løbende;...\r\n\r\n#milepael;schemaVersion;1\r\n..."
 */
export function exportPlanCsv(document: PlanDocument, options: CsvExportOptions = {}): string {
  const rows = document.activities.map((activity) => [
    activity.id,
    activity.date.text,
    activity.theme ?? "",
    activity.title,
    activity.description ?? "",
    activity.participants ?? "",
    activity.responsible ?? "",
    activity.track ?? "",
    tagsCell(activity.tags),
    activity.date.start ?? "",
    activity.date.end ?? "",
  ]);
  return toCsv(
    [planHeaders[options.locale ?? "da"], ...rows, ...planMetadataRows(document)],
    options.delimiter,
  );
}
