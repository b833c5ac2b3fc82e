import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { intlLocale } from "../../i18n/locale";
import { statusLabel } from "../../i18n/statusLabels";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { MilepaelDocument } from "../../model/document.schema";
import { buildReport, type ReportOptions, selectForReportDocument } from "../../report/buildReport";
import type { Report, ReportBlock, ReportCell, ReportTable } from "../../report/reportModel";
import { parseRichText, type RichNode } from "../../richText/richText";
import { statusFaces } from "../../status/vocabulary";
import { embeddedPartName, fingerprintBytes } from "./embedded";
import { metadataParagraphs, roundsBlocks, sectionBlocks, titleParagraph } from "./followUpPages";
import { shownText } from "./pageTags";
import {
  applyMarks,
  type CopyEntry,
  type Docx,
  type DocxParagraph,
  type DocxRun,
  type DocxTable,
  TagWriter,
} from "./tagWriter";

export type DocxExportOptions = ReportOptions;

/** A4 and A3 in twentieths of a point, portrait. */
const pageSizes = { A4: { width: 11906, height: 16838 }, A3: { width: 16838, height: 23811 } } as const;

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
  const report = buildReport(shown, options.locale === undefined ? {} : { locale: options.locale });
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

function textWidth(report: Report): number {
  return pageSizes[report.page.size][report.page.orientation === "landscape" ? "height" : "width"] - 2268;
}

function pageProperties(docx: Docx, report: Report) {
  const size = pageSizes[report.page.size];
  return {
    size: {
      width: size.width,
      height: size.height,
      orientation:
        report.page.orientation === "landscape"
          ? docx.PageOrientation.LANDSCAPE
          : docx.PageOrientation.PORTRAIT,
    },
    margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
  };
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

function renderBlock(docx: Docx, block: ReportBlock, report: Report): (DocxParagraph | DocxTable)[] {
  switch (block.kind) {
    case "heading": {
      const levels = [docx.HeadingLevel.HEADING_1, docx.HeadingLevel.HEADING_2, docx.HeadingLevel.HEADING_3];
      return [
        new docx.Paragraph({
          ...(levels[block.level - 1] === undefined ? {} : { heading: levels[block.level - 1] }),
          keepNext: true,
          children: [new docx.TextRun(block.text)],
        }),
      ];
    }
    case "paragraph":
      return [
        new docx.Paragraph({
          children: [new docx.TextRun({ text: block.text, bold: block.role === "summary" })],
        }),
      ];
    case "rich":
      return richParagraphs(docx, block.html, {});
    case "list":
      return block.items.map(
        (item) =>
          new docx.Paragraph({
            numbering: { reference: "mp-bullets", level: 0 },
            children: [new docx.TextRun(item)],
          }),
      );
    case "table":
      return [renderTable(docx, block, report)];
    case "chart":
      // The chart's numbers are the summary table right after it; Word gets the takeaway only.
      return [];
    default:
      return block satisfies never;
  }
}

function renderTable(docx: Docx, table: ReportTable, report: Report): DocxTable {
  // An initiative's table stays on one page: every row kept with the next and never split.
  const keep = table.role === "initiative";
  const rows = [table.header, ...table.rows];
  const columns = Math.max(...rows.map((row) => row.reduce((sum, cell) => sum + (cell.span ?? 1), 0)));
  const width = textWidth(report);
  return new docx.Table({
    width: { size: width, type: docx.WidthType.DXA },
    columnWidths: columnWidths(table, columns, width),
    rows: rows.map(
      (row, index) =>
        new docx.TableRow({
          // Only set flags are written: `w:val="off"` is valid OOXML but some readers (mammoth)
          // take any tblHeader element for a header row.
          ...(index === 0 ? { tableHeader: true } : {}),
          cantSplit: true,
          ...(keep && index < rows.length - 1 ? { keepNext: true } : {}),
          children: row.map(
            (cell) =>
              new docx.TableCell({
                ...(cell.span === undefined ? {} : { columnSpan: cell.span }),
                children: cellParagraphs(docx, cell, index === 0, report),
              }),
          ),
        }),
    ),
  });
}

function columnWidths(table: ReportTable, columns: number, width: number): number[] {
  if (table.role === "initiative" && columns === 4) {
    const [first, third, fourth] = [0.22, 0.2, 0.16].map((share) => Math.round(width * share)) as [
      number,
      number,
      number,
    ];
    return [first, width - first - third - fourth, third, fourth];
  }
  return Array.from({ length: columns }, () => Math.floor(width / columns));
}

function cellParagraphs(docx: Docx, cell: ReportCell, header: boolean, report: Report): DocxParagraph[] {
  switch (cell.kind) {
    case "text":
      return [new docx.Paragraph({ children: [new docx.TextRun({ text: cell.text, bold: header })] })];
    case "rich": {
      const paragraphs = richParagraphs(docx, cell.html, { bold: header });
      return paragraphs.length === 0 ? [new docx.Paragraph({})] : paragraphs;
    }
    case "status": {
      const word = statusLabel(cell.status, cell.scale, report.locale).name;
      const face = statusFaces[cell.status];
      return [
        new docx.Paragraph({
          children: [
            ...(face === "" ? [] : [new docx.TextRun({ text: face, font: "Segoe UI Symbol", bold: header })]),
            new docx.TextRun({ text: face === "" ? word : ` ${word}`, bold: header }),
          ],
        }),
      ];
    }
    default:
      return cell satisfies never;
  }
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/** Sanitised rich text as Word paragraphs: `p` as paragraphs, list items on Word's own lists. */
function richParagraphs(docx: Docx, html: string, style: RunStyle): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  let loose: DocxRun[] = [];
  const flush = () => {
    if (loose.length > 0) paragraphs.push(new docx.Paragraph({ children: loose }));
    loose = [];
  };
  const walkList = (node: RichNode & { type: "element" }, level: number) => {
    const reference = node.tag === "ol" ? "mp-numbers" : "mp-bullets";
    for (const child of node.children) {
      if (child.type === "element" && child.tag === "li") {
        const nested = child.children.filter(
          (inner): inner is RichNode & { type: "element" } =>
            inner.type === "element" && (inner.tag === "ul" || inner.tag === "ol"),
        );
        const inline = child.children.filter(
          (inner) => !nested.includes(inner as RichNode & { type: "element" }),
        );
        paragraphs.push(
          new docx.Paragraph({
            numbering: { reference, level: Math.min(level, 2) },
            children: runs(docx, inline, style),
          }),
        );
        for (const list of nested) walkList(list, level + 1);
      } else loose.push(...runs(docx, [child], style));
    }
    flush();
  };
  for (const node of parseRichText(html).nodes) {
    if (node.type === "element" && node.tag === "p") {
      flush();
      paragraphs.push(new docx.Paragraph({ children: runs(docx, node.children, style) }));
    } else if (node.type === "element" && (node.tag === "ul" || node.tag === "ol")) {
      flush();
      walkList(node, 0);
    } else loose.push(...runs(docx, [node], style));
  }
  flush();
  return paragraphs;
}

function runs(docx: Docx, nodes: readonly RichNode[], style: RunStyle): DocxRun[] {
  const out: DocxRun[] = [];
  for (const node of nodes) {
    if (node.type === "text") {
      out.push(new docx.TextRun({ text: node.text, ...style }));
      continue;
    }
    switch (node.tag) {
      case "br":
        out.push(new docx.TextRun({ text: "", break: 1 }));
        break;
      case "strong":
        out.push(...runs(docx, node.children, { ...style, bold: true }));
        break;
      case "em":
        out.push(...runs(docx, node.children, { ...style, italics: true }));
        break;
      default:
        // Blocks inside inline content (a list in a list item's text) keep their text.
        out.push(...runs(docx, node.children, style));
    }
  }
  return out;
}

/**
 * Turns the tag marks into content controls, and puts the document itself into the package with
 * the fingerprint of the pages it was written as and what the tags' `c=`/`x=` point at.
 */
function embed(packed: Uint8Array, document: MilepaelDocument, writer: TagWriter): Uint8Array {
  const files = unzipSync(packed);
  const written = files["word/document.xml"];
  const types = files["[Content_Types].xml"];
  if (written === undefined || types === undefined) return packed;
  let pages = written;
  let entries: CopyEntry[] = [];
  if (writer.tags.length > 0) {
    const tagged = applyMarks(strFromU8(written), writer.tags);
    if (tagged === null) throw new Error("exportDocx: a tag mark was not written as a content control");
    pages = strToU8(tagged);
    files["word/document.xml"] = pages;
    entries = writer.entries;
  }
  files[embeddedPartName] = strToU8(
    JSON.stringify({ fingerprint: fingerprintBytes(pages), document, entries }),
  );
  const contentTypes = strFromU8(types);
  if (!/Extension="json"/i.test(contentTypes))
    files["[Content_Types].xml"] = strToU8(
      contentTypes.replace("</Types>", '<Default Extension="json" ContentType="application/json"/></Types>'),
    );
  return zipSync(files, { level: 6, mtime: new Date("2000-01-01T00:00:00Z") });
}
