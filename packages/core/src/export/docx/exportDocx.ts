import { intlLocale } from "../../i18n/locale";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { MilepaelDocument } from "../../model/document.schema";
import { buildReport, type ReportOptions, selectForReportDocument } from "../../report/buildReport";
import type { Report, ReportBlock } from "../../report/reportModel";
import { embed } from "./embedCopy";
import { metadataParagraphs, roundsBlocks, sectionBlocks, titleParagraph } from "./followUpPages";
import { pageProperties, textWidth } from "./pageLayout";
import { shownText } from "./pageTags";
import { renderBlock } from "./reportBlocks";
import { type Docx, type DocxParagraph, type DocxTable, TagWriter } from "./tagWriter";

export type DocxExportOptions = ReportOptions;

/**
 * Writes a follow-up, plan or meetings document as a Word file (.docx) for the committee: the
 * title page fields, for a follow-up the reading guide, the summary table and the plain-language
 * round summary, then each section and initiative as the follow-up documents lay them out (one
 * table per initiative, never split over pages, its header row repeated). Real Word headings for
 * the navigation pane, every smiley a face with its status word beside it, language da-DK, page
 * numbers. A follow-up's every value is the text of a tagged Word content control, its rounds in a
 * table of their own, so `importDocx` reads the pages back as the follow-up, edits made in Word
 * included. What a page cannot hold (characters XML forbids, rich text Word cannot tell apart,
 * fields no paper shows: history, reading guide, lifecycle, amounts) the file's copy keeps, used
 * only while the page shows what was exported. Loads the `docx` package on first use.
 *
 * @example
 * const bytes = await exportDocx(followUp, { onlyAttention: true });
 * importDocx(bytes).document; // the follow-up's initiatives that need attention
 */
export async function exportDocx(
  document: MilepaelDocument,
  options: DocxExportOptions = {},
): Promise<Uint8Array> {
  const docx = await import("docx");
  const shown = selectForReportDocument(document, options);
  const report = buildReport(shown, { locale: options.locale });
  const writer = new TagWriter(docx);
  // The title in the file's properties and running header: XML cannot hold every character.
  const title = shownText(report.title);
  const file = new docx.Document({
    title,
    creator: "milepael",
    description: title,
    styles: {
      default: {
        document: {
          run: { language: { value: intlLocale(report.locale) }, font: "Calibri" },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: "mp-bullets",
          levels: [0, 1, 2].map((level) => ({
            level,
            format: docx.LevelFormat.BULLET,
            text: "•",
            alignment: docx.AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
        {
          reference: "mp-numbers",
          levels: [0, 1, 2].map((level) => ({
            level,
            format: docx.LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: docx.AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { page: pageProperties(docx, report) },
        headers: {
          default: new docx.Header({
            children: [new docx.Paragraph({ children: [new docx.TextRun(title)] })],
          }),
        },
        footers: {
          default: new docx.Footer({
            children: [
              new docx.Paragraph({
                alignment: docx.AlignmentType.RIGHT,
                children: [
                  new docx.TextRun({
                    children: [
                      report.locale === "da" ? "Side " : "Page ",
                      docx.PageNumber.CURRENT,
                      report.locale === "da" ? " af " : " of ",
                      docx.PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children:
          shown.type === "budget-follow-up" ? followUpBody(writer, shown, report) : body(docx, report),
      },
    ],
  });
  const packed = await docx.Packer.pack(file, "uint8array");
  return embed(packed, shown, writer);
}

/**
 * A follow-up's pages: the report's reading guide and summary as they are, the title page fields,
 * title, rounds, sections and initiatives written with their values tagged.
 */
function followUpBody(
  writer: TagWriter,
  document: BudgetFollowUp,
  report: Report,
): (DocxParagraph | DocxTable)[] {
  const { docx } = writer;
  const page = { writer, document, locale: report.locale, width: textWidth(report) };
  const summary = report.blocks.findIndex((block) => block.kind === "table" && block.role === "summary");
  return [
    ...metadataParagraphs(writer, document.metadata, report.locale),
    titleParagraph(writer, document),
    // The blocks between the title and the sections: reading guide, summary, chart, summary table.
    ...withoutMarks(report.blocks.slice(1, summary + 1)).flatMap((block) => renderBlock(docx, block, report)),
    ...roundsBlocks(page),
    ...sectionBlocks(page),
  ];
}

/**
 * Report text with what XML cannot hold and the tag marks a value might hold shown as U+FFFD, so
 * the file stays valid and no text passes for a tag.
 */
function withoutMarks(blocks: ReportBlock[]): ReportBlock[] {
  return JSON.parse(JSON.stringify(blocks), (_key, value: unknown) =>
    typeof value === "string" ? shownText(value) : value,
  ) as ReportBlock[];
}

/** A plan's or meetings' pages: the report's fields and blocks, with what XML cannot hold shown as U+FFFD. */
function body(docx: Docx, report: Report): (DocxParagraph | DocxTable)[] {
  const children: (DocxParagraph | DocxTable)[] = report.fields.map(
    (field) =>
      new docx.Paragraph({ children: [new docx.TextRun(shownText(`${field.label}: ${field.value}`))] }),
  );
  for (const block of withoutMarks(report.blocks)) children.push(...renderBlock(docx, block, report));
  return children;
}
