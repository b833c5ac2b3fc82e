// The report's blocks (headings, paragraphs, lists, tables) as Word paragraphs and tables, for a
// plan's or meetings' pages and the untagged part of a follow-up's (reading guide, summary).
// Nothing here is tagged: these are the report as it reads, not values the importer reads back.

import { statusLabel } from "../../i18n/statusLabels";
import type { Report, ReportBlock, ReportCell, ReportTable } from "../../report/reportModel";
import { statusFaces } from "../../status/vocabulary";
import { textWidth } from "./pageLayout";
import { type RunStyle, richParagraphs } from "./richParagraphs";
import type { Docx, DocxParagraph, DocxRun, DocxTable } from "./tagWriter";

/**
 * One report block as Word: a heading on Word's own heading styles (for the navigation pane), a
 * list on the bullet numbering, a table sized to the page; a chart writes nothing, its numbers
 * being the summary table after it.
 *
 * @example
 * report.blocks.flatMap((block) => renderBlock(docx, block, report)); // the document's children
 */
export function renderBlock(docx: Docx, block: ReportBlock, report: Report): (DocxParagraph | DocxTable)[] {
  switch (block.kind) {
    case "heading": {
      const levels = [docx.HeadingLevel.HEADING_1, docx.HeadingLevel.HEADING_2, docx.HeadingLevel.HEADING_3];
      return [
        new docx.Paragraph({
          ...(levels[block.level - 1] === undefined ? {} : { heading: levels[block.level - 1] }),
          keepNext: true,
          children: lineRuns(docx, block.text, {}),
        }),
      ];
    }
    case "paragraph":
      return [
        new docx.Paragraph({
          // A field's label stays on the page of the text it names.
          ...(block.role === "label" ? { keepNext: true } : {}),
          children: lineRuns(docx, block.text, { bold: block.role === "summary" || block.role === "label" }),
        }),
      ];
    case "rich":
      return richParagraphs(docx, block.html, {});
    case "list":
      return block.items.map(
        (item) =>
          new docx.Paragraph({
            numbering: { reference: "mp-bullets", level: 0 },
            children: lineRuns(docx, item, {}),
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
      return [new docx.Paragraph({ children: lineRuns(docx, cell.text, { bold: header }) })];
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

/**
 * Plain text as runs, each line break a Word break: a newline inside a run's text is shown by Word
 * as a space (and read back as one), so the text's lines would be lost.
 */
function lineRuns(docx: Docx, text: string, style: RunStyle): DocxRun[] {
  // `break: 0` (the first line) writes none. The importers hold line breaks as LF.
  return text.split("\n").map((line, index) => new docx.TextRun({ text: line, ...style, break: index && 1 }));
}
