// The paper every report is printed on: its title, the header fields in the seed's words, A4.

import { monthName } from "../date/monthName";
import type { Locale } from "../i18n/locale";
import type { MilepaelDocument } from "../model/document.schema";
import type { DocumentMetadata } from "../model/metadata.schema";
import type { Report, ReportBlock, ReportCell, ReportField } from "./reportModel";

/**
 * "2017-10-27" as "27. oktober 2017" (Danish) or "27 October 2017".
 *
 * @example
 * formatReportDate("2017-10-27", "da"); // "27. oktober 2017"
 */
export function formatReportDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return locale === "da"
    ? `${day}. ${monthName(month, "da")} ${year}`
    : `${day} ${monthName(month, "en")} ${year}`;
}

/** The header fields in the order and words the seed uses, so the importers read them back. */
function metadataFields(metadata: DocumentMetadata, locale: Locale): ReportField[] {
  const fields: ReportField[] = [];
  if (metadata.date !== undefined)
    fields.push({ label: "Dato", value: formatReportDate(metadata.date, locale) });
  if (metadata.phone) fields.push({ label: "Tlf. dir.", value: metadata.phone });
  if (metadata.email) fields.push({ label: "E-mail", value: metadata.email });
  if (metadata.contactPerson) fields.push({ label: "Kontakt", value: metadata.contactPerson });
  if (metadata.caseId) fields.push({ label: "Sagsid", value: metadata.caseId });
  // The year dates without one belong to, which a programme dated the autumn before cannot infer.
  if (metadata.year !== undefined) fields.push({ label: "År", value: String(metadata.year) });
  return fields;
}

/**
 * A report's blocks, starting with the document's title.
 *
 * @example
 * titleBlocks(communicationPlan2017); // [{ kind: "heading", level: 1, text: "Plan for fælles Kommunikationsaktiviteter" }]
 */
export function titleBlocks(document: MilepaelDocument): ReportBlock[] {
  return [{ kind: "heading", level: 1, text: document.metadata.title }];
}

/**
 * The paper around a document's blocks: its title and header fields on an A4 page.
 *
 * @example
 * paper(plan, "da", "landscape", blocks); // { title: "…", locale: "da", page: { size: "A4", orientation: "landscape" }, … }
 */
export function paper(
  document: MilepaelDocument,
  locale: Locale,
  orientation: Report["page"]["orientation"],
  blocks: ReportBlock[],
): Report {
  return {
    title: document.metadata.title,
    locale,
    page: { size: "A4", orientation },
    fields: metadataFields(document.metadata, locale),
    blocks,
  };
}

/**
 * Plain text cells, one per text: a table's header.
 *
 * @example
 * textCells(["Tid", "Aktivitet"]); // [{ kind: "text", text: "Tid" }, { kind: "text", text: "Aktivitet" }]
 */
export function textCells(texts: readonly string[]): ReportCell[] {
  return texts.map((text) => ({ kind: "text", text }));
}
