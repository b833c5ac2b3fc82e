// A follow-up's title page fields, rounds and sections as Word pages whose every value is a tagged
// content control (tagWriter.ts), laid out as `buildReport` lays them out; each initiative's table
// is initiativeTable.ts.

import type { Locale } from "../../i18n/locale";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { DocumentMetadata } from "../../model/metadata.schema";
import { formatReportDate } from "../../report/paper";
import { initiativeTable } from "./initiativeTable";
import {
  metadataLabels,
  otherMetadataLabels,
  roundColumns,
  roundKindWords,
  roundsWords,
  unshownFields,
} from "./pageTags";
import type { DocxParagraph, DocxRun, DocxTable, TagWriter } from "./tagWriter";

/** What the page builders write with and for: the writer, the document, its language, the text width (twips). */
export interface FollowUpPage {
  writer: TagWriter;
  document: BudgetFollowUp;
  locale: Locale;
  width: number;
}

/**
 * The title page fields in the seed's words and order, a present but empty field too (`other`:
 * organisation and year, which the title page does not show).
 *
 * @example
 * metadataParagraphs(writer, followUp.metadata, "da"); // "Dato: 27. oktober 2017", "Tlf. dir.: …", …
 */
export function metadataParagraphs(
  writer: TagWriter,
  metadata: DocumentMetadata,
  locale: Locale,
  other = false,
): DocxParagraph[] {
  const { docx } = writer;
  return (other ? otherMetadataLabels : metadataLabels).flatMap(({ key, label }) => {
    const value = metadata[key];
    if (value === undefined) return [];
    const shown =
      key === "date"
        ? writer.tagged("meta.date", {}, [new docx.TextRun(formatReportDate(String(value), locale))])
        : key === "year"
          ? writer.tagged("meta.year", {}, [new docx.TextRun(String(value))])
          : writer.text(`meta.${key}`, String(value));
    return [new docx.Paragraph({ children: [new docx.TextRun(`${label}: `), ...shown] })];
  });
}

/**
 * The document's title as its Word heading 1, tagged with the document's type and schema version.
 *
 * @example
 * titleParagraph(writer, followUp); // <w:sdt> tagged "mp:title type=budget-follow-up v=2"
 */
export function titleParagraph(writer: TagWriter, document: BudgetFollowUp): DocxParagraph {
  const { docx } = writer;
  return new docx.Paragraph({
    heading: docx.HeadingLevel.HEADING_1,
    keepNext: true,
    children: writer.text("title", document.metadata.title, {
      type: document.type,
      v: String(document.schemaVersion),
      ...writer.extras(document, unshownFields.document),
    }),
  });
}

/**
 * About the document: its organisation and year, the rounds with their kind, cut-off and meeting
 * date, and the round the document reports on.
 *
 * @example
 * roundsBlocks({ writer, document: followUp, locale: "da", width: 9638 }); // heading "Om dokumentet", "År: 2017", the rounds' table
 */
export function roundsBlocks(page: FollowUpPage): (DocxParagraph | DocxTable)[] {
  const { writer, document, locale, width } = page;
  const { docx } = writer;
  const t = roundsWords[locale];
  const other = metadataParagraphs(writer, document.metadata, locale, true);
  if (document.rounds.length === 0 && document.currentRound === undefined && other.length === 0) return [];
  const blocks: (DocxParagraph | DocxTable)[] = [
    new docx.Paragraph({
      heading: docx.HeadingLevel.HEADING_2,
      keepNext: true,
      children: [new docx.TextRun(t.heading)],
    }),
    ...other,
  ];
  if (document.rounds.length > 0) {
    const paragraph = (children: DocxRun[]) => new docx.Paragraph({ children });
    blocks.push(
      table(writer, width, [
        roundColumns.map((column) => [
          paragraph([new docx.TextRun({ text: t.columns[column], bold: true })]),
        ]),
        ...document.rounds.map((round) => [
          [
            paragraph(
              writer.text("round", round.label, {
                id: round.id,
                ...writer.extras(round, unshownFields.round),
              }),
            ),
          ],
          [
            paragraph(
              writer.tagged("round.kind", {}, [new docx.TextRun(roundKindWords[locale][round.kind])]),
            ),
          ],
          [
            paragraph(
              writer.tagged("round.cutOff", {}, [new docx.TextRun(formatReportDate(round.cutOff, locale))]),
            ),
          ],
          [
            paragraph(
              round.meetingDate === undefined
                ? []
                : writer.tagged("round.meetingDate", {}, [
                    new docx.TextRun(formatReportDate(round.meetingDate, locale)),
                  ]),
            ),
          ],
        ]),
      ]),
    );
  }
  if (document.currentRound !== undefined) {
    const label =
      document.rounds.find((round) => round.id === document.currentRound)?.label ?? document.currentRound;
    blocks.push(
      new docx.Paragraph({
        children: [
          new docx.TextRun(`${t.current}: `),
          ...writer.text("current", label, { id: document.currentRound }),
        ],
      }),
    );
  }
  return blocks;
}

/**
 * Every section as a heading, every initiative as a heading and its table.
 *
 * @example
 * sectionBlocks({ writer, document: followUp, locale: "da", width: 9638 }); // "5. Erhverv og Beskæftigelse", "5.03 …", its table, …
 */
export function sectionBlocks(page: FollowUpPage): (DocxParagraph | DocxTable)[] {
  const { writer, document, locale, width } = page;
  const { docx } = writer;
  const roundLabel = new Map(document.rounds.map((round) => [round.id, round.label]));
  const blocks: (DocxParagraph | DocxTable)[] = [];
  for (const section of document.sections) {
    const number =
      section.number === undefined
        ? []
        : [
            ...writer.text("section.number", section.number),
            new docx.TextRun(section.number === "" ? "" : ". "),
          ];
    blocks.push(
      new docx.Paragraph({
        heading: docx.HeadingLevel.HEADING_2,
        keepNext: true,
        children: writer.tagged("section", {}, [...number, ...writer.text("section.title", section.title)]),
      }),
    );
    for (const initiative of section.initiatives) {
      const title = (bold: boolean) => [
        ...(initiative.number === undefined
          ? []
          : [...writer.text("initiative.number", initiative.number, {}, bold), new docx.TextRun(" ")]),
        ...writer.text("initiative.title", initiative.title, {}, bold),
      ];
      blocks.push(
        new docx.Paragraph({
          heading: docx.HeadingLevel.HEADING_3,
          keepNext: true,
          children: writer.tagged(
            "initiative",
            { id: initiative.id, ...writer.extras(initiative, unshownFields.initiative) },
            title(false),
          ),
        }),
      );
      blocks.push(initiativeTable(writer, initiative, roundLabel, locale, width));
    }
  }
  return blocks;
}

function table(writer: TagWriter, width: number, rows: DocxParagraph[][][]): DocxTable {
  const { docx } = writer;
  const columns = Math.max(...rows.map((row) => row.length));
  return new docx.Table({
    width: { size: width, type: docx.WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => Math.floor(width / columns)),
    rows: rows.map(
      (row, index) =>
        new docx.TableRow({
          ...(index === 0 ? { tableHeader: true } : {}),
          cantSplit: true,
          children: row.map((children) => new docx.TableCell({ children })),
        }),
    ),
  });
}
