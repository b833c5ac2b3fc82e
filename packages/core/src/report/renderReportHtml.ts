import { statusLabel } from "../i18n/statusLabels";
import type { MilepaelDocument } from "../model/document.schema";
import { escapeAttribute as escapeHtml, sanitizeRichText } from "../richText/richText";
import { statusValues } from "../status/status";
import { statusFaces } from "../status/vocabulary";
import { buildReport, type ReportOptions } from "./buildReport";
import { chartSvg } from "./chartSvg";
import { paperSummaryText } from "./paperSummaryText";
import type { Report, ReportBlock, ReportCell, ReportChart, ReportTable } from "./reportModel";

/**
 * The paper's `@page` rule: its size and margins, the running title top left and "Side n af m"
 * bottom right. `page` overrides the report's own page (a timeline printed on A3).
 *
 * @example
 * reportPageCss(buildReport(followUp)); // "@page { size: A4 portrait; margin: 18mm 15mm 18mm 15mm; …"
 */
export function reportPageCss(report: Report, page: Report["page"] = report.page): string {
  const da = report.locale === "da";
  return `@page { size: ${page.size} ${page.orientation}; margin: 18mm 15mm 18mm 15mm;
  @top-left { content: ${cssString(report.title)}; font: 9pt var(--mp-font); color: #333; }
  @bottom-right { content: ${cssString(da ? "Side " : "Page ")} counter(page) ${cssString(da ? " af " : " of ")} counter(pages); font: 9pt var(--mp-font); color: #333; }
}`;
}

/**
 * CSS string content inside `<style>`: quotes and backslashes escaped, line breaks as spaces, and
 * `<`, `>` and `&` as CSS escapes, so no title can close the style element ("</style><script>").
 */
function cssString(value: string): string {
  const escaped = value
    .replace(/[\\"]/g, "\\$&")
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/[<>&]/g, (character) => `\\${(character.codePointAt(0) ?? 0).toString(16).padStart(6, "0")}`);
  return `"${escaped}"`;
}

// Printed to PDF, the paper must read back (importPdf): cells padded wider than a word space, so an
// empty column's header does not run into the next one; bullets as text ("•"), not drawn discs;
// numbers as "1)", which the reader knows from a sentence starting "1." ("2. budgetopfølgning");
// paragraphs further apart than a paragraph's wrapped lines, in a cell too, and kept on one page.
const styles = (report: Report) => `
:root { color-scheme: light; --mp-font: "IBM Plex Sans", "Segoe UI", Arial, sans-serif; }
* { box-sizing: border-box; }
body { font-family: var(--mp-font); color: #1a1a1a; background: #fff; line-height: 1.45; margin: 0 auto; max-width: 60rem; padding: 1.5rem; font-size: 11pt; }
h1 { font-size: 1.7rem; margin: 0.6em 0 0.4em; }
h2 { font-size: 1.3rem; margin: 1.4em 0 0.4em; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1.2em 0 0.3em; break-after: avoid; }
.mp-Report-fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0 0 1rem; }
.mp-Report-fields dt { font-weight: 600; }
.mp-Report-fields dd { margin: 0; }
.mp-Report-summary { font-weight: 600; border-left: 4px solid #1b5e87; padding-left: 0.75rem; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
th, td { border: 1px solid #6b6b6b; padding: 0.3rem 0.7em; vertical-align: top; text-align: left; }
thead th { background: #e8eef3; }
tbody th { font-weight: 600; }
p { break-inside: avoid; }
td p, th p { margin: 0 0 0.5em; }
td ul, td ol { margin: 0; padding-left: 1.2rem; }
ul { list-style-type: "•  "; }
td ol li::marker { content: counter(list-item) ")  "; }
.mp-Report-status { white-space: nowrap; font-weight: 600; }
.mp-Report-status[data-status="green"] { border-left: 6px solid #358000; }
.mp-Report-status[data-status="yellow"] { border-left: 6px double #8a6100; }
.mp-Report-status[data-status="red"] { border-left: 6px dashed #cc0000; }
.mp-Report-status[data-status="not-assessed"] { border-left: 6px dotted #6b6b6b; font-weight: 400; }
.mp-Report-face { font-family: "Segoe UI Symbol", "Noto Sans Symbols 2", "DejaVu Sans", sans-serif; margin-right: 0.3em; }
.mp-Report-initiative { break-inside: avoid; page-break-inside: avoid; }
.mp-Report-chart { margin: 0.5rem 0 1rem; break-inside: avoid; }
.mp-Report-chart figcaption { font-weight: 600; margin-bottom: 0.3rem; }
.mp-chart { max-width: 100%; height: auto; font: 12px var(--mp-font); fill: #1a1a1a; }
.mp-chart .mp-chart-count { fill: #fff; font-weight: 700; paint-order: stroke; stroke: #1a1a1a; stroke-width: 2.5px; }
/* An initiative's, a plan's, the rounds', a meeting's or the related documents' table is named by the heading above it; the caption is for screen readers. */
.mp-Report-table:is([data-role="initiative"], [data-role="plan"], [data-role="rounds"], [data-role="meeting"], [data-role="related"]) caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
${reportPageCss(report)}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
`;

/**
 * A document as one self-contained, accessible HTML page: the same committee paper as the Word
 * export (title page fields, reading guide, summary with chart and table, one table per
 * initiative), inline CSS and SVG, no script, `lang` set, real headings, table headers with
 * scope, every status a face and a word and a border pattern. Prints on A4 (A3 landscape for
 * wide documents) with the title and page numbers on every page, never splitting an initiative.
 *
 * @example
 * const html = renderReportHtml(followUp, { onlyAttention: true });
 * await writeFile("opfoelgning.html", html);
 */
export function renderReportHtml(document: MilepaelDocument, options: ReportOptions = {}): string {
  return reportToHtml(buildReport(document, options));
}

/**
 * A report model as the HTML page `renderReportHtml` writes.
 *
 * @example
 * reportToHtml(buildReport(plan)).startsWith("<!doctype html>"); // true
 */
export function reportToHtml(report: Report): string {
  let charts = 0;
  const parts: string[] = [];
  const [first, ...rest] = report.blocks;
  // The title first, then the fields under it: the reading order of the paper's first page.
  const leading = first?.kind === "heading" && first.level === 1 ? [first] : [];
  const blocks = leading.length === 1 ? rest : report.blocks;
  for (const block of leading) parts.push(renderBlock(block));
  if (report.fields.length > 0)
    parts.push(
      `<dl class="mp-Report-fields">${report.fields
        .map((field) => `<dt>${escapeHtml(field.label)}</dt><dd>${escapeHtml(field.value)}</dd>`)
        .join("")}</dl>`,
    );
  let openInitiative = false;
  for (const block of blocks) {
    if (block.kind === "heading" && block.level === 3) {
      // An initiative's heading and table stay together on the page.
      if (openInitiative) parts.push("</section>");
      parts.push('<section class="mp-Report-initiative">');
      openInitiative = true;
    } else if (block.kind === "heading" && openInitiative) {
      parts.push("</section>");
      openInitiative = false;
    }
    if (block.kind === "chart") {
      charts += 1;
      parts.push(renderChart(block, report, `mp-chart-${charts}`));
    } else parts.push(renderBlock(block, report));
  }
  if (openInitiative) parts.push("</section>");
  return `<!doctype html>
<html lang="${report.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="milepael">
<title>${escapeHtml(report.title)}</title>
<style>${styles(report)}</style>
</head>
<body class="mp-Report" data-page="${report.page.size}-${report.page.orientation}">
<main>
${parts.join("\n")}
</main>
</body>
</html>
`;
}

function renderBlock(block: ReportBlock, report?: Report): string {
  switch (block.kind) {
    case "heading":
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case "paragraph": {
      if (block.role === "label") return `<p><strong>${escapeHtml(block.text)}</strong></p>`;
      const open = block.role === "summary" ? '<p class="mp-Report-summary">' : "<p>";
      // A line break is a space in HTML: each line a paragraph of its own, as the Word export breaks it.
      return block.text
        .split("\n")
        .map((line) => `${open}${escapeHtml(line)}</p>`)
        .join("");
    }
    case "rich":
      return sanitizeRichText(block.html).html;
    case "list":
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
    case "table":
      return renderTable(block, report);
    case "chart":
      return "";
    default:
      return block satisfies never;
  }
}

function renderTable(table: ReportTable, report: Report | undefined): string {
  const locale = report?.locale ?? "da";
  const head = `<thead><tr>${table.header.map((cell) => cellHtml(cell, "th", locale, "col", true)).join("")}</tr></thead>`;
  const body = table.rows
    .map(
      (row) =>
        `<tr>${row
          .map((cell, index) =>
            // The description row's first cell is text, not the row's name.
            index === 0 && table.rowHeaders === true && cell.kind === "text"
              ? cellHtml(cell, "th", locale, "row")
              : cellHtml(cell, "td", locale),
          )
          .join("")}</tr>`,
    )
    .join("");
  return `<table class="mp-Report-table" data-role="${table.role}"><caption>${escapeHtml(table.caption)}</caption>${head}<tbody>${body}</tbody></table>`;
}

function cellHtml(
  cell: ReportCell,
  tag: "th" | "td",
  locale: "da" | "en",
  scope?: "col" | "row",
  header = false,
): string {
  const span = cell.span !== undefined && cell.span > 1 ? ` colspan="${cell.span}"` : "";
  const scoped = scope === undefined ? "" : ` scope="${scope}"`;
  switch (cell.kind) {
    case "text":
      return `<${tag}${scoped}${span}>${escapeHtml(cell.text)}</${tag}>`;
    case "rich":
      return `<${tag}${scoped}${span}>${sanitizeRichText(cell.html).html}</${tag}>`;
    case "status": {
      const face = statusFaces[cell.status];
      const label = statusLabel(cell.status, cell.scale, locale);
      // A column header names the status; only assessments carry the border pattern.
      const marked = header ? "" : ` class="mp-Report-status" data-status="${cell.status}"`;
      return `<${tag}${scoped}${span}${marked} title="${escapeHtml(label.meaning)}">${
        face === "" ? "" : `<span class="mp-Report-face" aria-hidden="true">${face}</span>`
      }${escapeHtml(label.name)}</${tag}>`;
    }
    default:
      return cell satisfies never;
  }
}

function renderChart(chart: ReportChart, report: Report, id: string): string {
  const locale = report.locale;
  const round = paperSummaryText.round[locale];
  const header = statusValues
    .map((status) => `<th scope="col">${escapeHtml(statusLabel(status, chart.scale, locale).name)}</th>`)
    .join("");
  const rows = chart.series
    .map(
      (series) =>
        `<tr><th scope="row">${escapeHtml(series.label)}</th>${statusValues
          .map((status) => `<td>${series.counts[status]}</td>`)
          .join("")}</tr>`,
    )
    .join("");
  const caption = paperSummaryText.chartFigures[locale];
  return `<figure class="mp-Report-chart"><figcaption id="${id}-caption">${escapeHtml(chart.title)}</figcaption>${chartSvg(chart, locale, id)}<table data-role="chart-data"><caption>${caption}</caption><thead><tr><th scope="col">${round}</th>${header}</tr></thead><tbody>${rows}</tbody></table></figure>`;
}
