import type { MilepaelDocument } from "@milepael/core";
import { statusLabel, statusValues } from "@milepael/core/lite";
import {
  buildReport,
  chartSvg,
  type ReportBlock,
  type ReportCell,
  type ReportChart,
  type Report as ReportModel,
  type ReportOptions,
  type ReportTable,
} from "@milepael/core/report";
import { type ReactNode, useId, useMemo } from "react";
import { classNames } from "../internal/classNames";
import { useLocale } from "../locale/LocaleProvider";
import { RichText } from "../richText/RichText";
import { Smiley } from "../smiley/Smiley";

/** The printed page: A4 portrait for a follow-up's tables, A3 landscape for a timeline or wheel. */
export type ReportPage = "A4-portrait" | "A4-landscape" | "A3-portrait" | "A3-landscape";

export interface ReportProps extends Omit<ReportOptions, "locale"> {
  /** The follow-up, plan or meetings document to write as a paper. */
  document: MilepaelDocument;
  /**
   * The page it prints on. Default: the document's (A4 portrait for follow-ups and meetings,
   * A4 landscape for plans); A3 landscape for a timeline or an annual wheel given as `children`.
   */
  page?: ReportPage;
  /** Extra content after the paper, such as a `Timeline` or `AnnualWheel` to print on A3. */
  children?: ReactNode;
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: "da" | "en";
  className?: string;
}

/**
 * A document as the paper the committee gets, on screen and in print: title and header fields,
 * for a follow-up the reading guide, the round summary as a takeaway with its chart and table,
 * and one table per initiative (never split over pages; header rows repeat), statuses as faces
 * with their words. Print it with the browser (`window.print()`): the page size, the running
 * title and the page numbers come from its CSS. The same content as core's `renderReportHtml`
 * and `exportDocx`.
 */
export function Report({ document, page, children, locale, className, ...selection }: ReportProps) {
  const activeLocale = useLocale(locale);
  // The selection's arrays are compared by content: a new array with the same ids keeps the paper.
  const selectionKey = JSON.stringify(selection);
  const report = useMemo(
    () => buildReport(document, { ...(JSON.parse(selectionKey) as ReportOptions), locale: activeLocale }),
    [document, activeLocale, selectionKey],
  );
  const pageName = page ?? `${report.page.size}-${report.page.orientation}`;
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  return (
    <article
      className={classNames("mp-Report", className)}
      data-page={pageName}
      lang={activeLocale}
      aria-labelledby={`${id}-title`}
    >
      <style>{pageCss(report, pageName)}</style>
      <ReportBody report={report} id={id} />
      {children === undefined ? null : <div className="mp-Report-extra">{children}</div>}
    </article>
  );
}

/** `@page` for the paper: size, margins, the running title and "Side n af m". */
function pageCss(report: ReportModel, page: ReportPage): string {
  const [size, orientation] = page.split("-") as [string, string];
  const da = report.locale === "da";
  return `@page { size: ${size} ${orientation}; margin: 18mm 15mm;
  @top-left { content: ${cssString(report.title)}; font-size: 9pt; }
  @bottom-right { content: ${cssString(da ? "Side " : "Page ")} counter(page) ${cssString(da ? " af " : " of ")} counter(pages); font-size: 9pt; } }`;
}

/** A CSS string that no title can break out of (`</style>` included). */
function cssString(value: string): string {
  const escaped = value
    .replace(/[\\"]/g, "\\$&")
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/[<>&]/g, (character) => `\\${(character.codePointAt(0) ?? 0).toString(16).padStart(6, "0")}`);
  return `"${escaped}"`;
}

function ReportBody({ report, id }: { report: ReportModel; id: string }) {
  const [first, ...rest] = report.blocks;
  const title = first?.kind === "heading" && first.level === 1 ? first : null;
  const blocks = title === null ? report.blocks : rest;
  // Each initiative's heading and table in one section, kept on one page.
  const groups: { initiative: boolean; blocks: ReportBlock[] }[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    const opensGroup =
      last === undefined || (block.kind === "heading" && (block.level === 3 || last.initiative));
    if (opensGroup)
      groups.push({ initiative: block.kind === "heading" && block.level === 3, blocks: [block] });
    else last.blocks.push(block);
  }
  let charts = 0;
  const render = (block: ReportBlock, key: number) => {
    if (block.kind === "chart") {
      charts += 1;
      return <Chart key={key} chart={block} locale={report.locale} id={`${id}-chart-${charts}`} />;
    }
    return <Block key={key} block={block} locale={report.locale} />;
  };
  return (
    <>
      <h1 id={`${id}-title`}>{title?.text ?? report.title}</h1>
      {report.fields.length > 0 ? (
        <dl className="mp-Report-fields">
          {report.fields.map((field) => (
            <div key={field.label}>
              <dt>{field.label}</dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {groups.map((group, index) =>
        group.initiative ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the paper is rebuilt whole; position is identity
          <section key={index} className="mp-Report-initiative">
            {group.blocks.map(render)}
          </section>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <div key={index} className="mp-Report-part">
            {group.blocks.map(render)}
          </div>
        ),
      )}
    </>
  );
}

function Block({ block, locale }: { block: ReportBlock; locale: "da" | "en" }) {
  switch (block.kind) {
    case "heading":
      return block.level === 1 ? (
        <h1>{block.text}</h1>
      ) : block.level === 2 ? (
        <h2>{block.text}</h2>
      ) : (
        <h3>{block.text}</h3>
      );
    case "paragraph":
      return <p className={block.role === "summary" ? "mp-Report-summary" : undefined}>{block.text}</p>;
    case "rich":
      return <RichText html={block.html} />;
    case "list":
      return (
        <ul>
          {block.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat; position is identity
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case "table":
      return <Table table={block} locale={locale} />;
    case "chart":
      return null;
    default:
      return block satisfies never;
  }
}

function Table({ table, locale }: { table: ReportTable; locale: "da" | "en" }) {
  return (
    <table className="mp-Report-table" data-role={table.role}>
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.header.map((cell, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
            <Cell key={index} cell={cell} tag="th" scope="col" locale={locale} header />
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions
          <tr key={rowIndex}>
            {row.map((cell, index) =>
              index === 0 && table.rowHeaders === true && cell.kind === "text" ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <Cell key={index} cell={cell} tag="th" scope="row" locale={locale} />
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                <Cell key={index} cell={cell} tag="td" locale={locale} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell({
  cell,
  tag: Tag,
  scope,
  locale,
  header = false,
}: {
  cell: ReportCell;
  tag: "th" | "td";
  scope?: "col" | "row";
  locale: "da" | "en";
  /** A column header names a status; only assessments carry the border pattern. */
  header?: boolean;
}) {
  const span = cell.span !== undefined && cell.span > 1 ? cell.span : undefined;
  switch (cell.kind) {
    case "text":
      return (
        <Tag scope={scope} colSpan={span}>
          {cell.text}
        </Tag>
      );
    case "rich":
      return (
        <Tag scope={scope} colSpan={span}>
          <RichText html={cell.html} />
        </Tag>
      );
    case "status":
      return (
        <Tag
          scope={scope}
          colSpan={span}
          className={header ? undefined : "mp-Report-status"}
          data-status={header ? undefined : cell.status}
        >
          <Smiley status={cell.status} scale={cell.scale} label="name" size="sm" locale={locale} />
        </Tag>
      );
    default:
      return cell satisfies never;
  }
}

function Chart({ chart, locale, id }: { chart: ReportChart; locale: "da" | "en"; id: string }) {
  const da = locale === "da";
  return (
    <figure className="mp-Report-chart">
      <figcaption>{chart.title}</figcaption>
      <div
        className="mp-Report-chartImage"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: core's chartSvg escapes every text; no document markup
        dangerouslySetInnerHTML={{ __html: chartSvg(chart, locale, id) }}
      />
      <table className="mp-Report-table" data-role="chart-data">
        <caption>{da ? "Tallene bag figuren" : "The figures behind the chart"}</caption>
        <thead>
          <tr>
            <th scope="col">{da ? "Opfølgning" : "Round"}</th>
            {statusValues.map((status) => (
              <th key={status} scope="col">
                {statusLabel(status, chart.scale, locale).name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.series.map((series, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat
            <tr key={index}>
              <th scope="row">{series.label}</th>
              {statusValues.map((status) => (
                <td key={status}>{series.counts[status]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
