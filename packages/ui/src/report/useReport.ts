import type { MilepaelDocument } from "@milepael/core";
import {
  buildReport,
  type ReportBlock,
  type Report as ReportModel,
  type ReportOptions,
  reportPageCss,
} from "@milepael/core/report";
import { useId, useMemo } from "react";
import { useLocale } from "../locale/LocaleProvider";

/** The printed page: A4 portrait for a follow-up's tables, A3 landscape for a timeline or wheel. */
export type ReportPage = "A4-portrait" | "A4-landscape" | "A3-portrait" | "A3-landscape";

export interface UseReportOptions extends Omit<ReportOptions, "locale"> {
  /** The follow-up, plan or meetings document to write as a paper. */
  document: MilepaelDocument;
  /** The page it prints on. Default: the document's own. */
  page?: ReportPage | undefined;
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: "da" | "en" | undefined;
}

/** A run of blocks shown together: an initiative's heading and table form one, kept on one page. */
export interface ReportGroup {
  initiative: boolean;
  blocks: ReportBlock[];
}

export interface ReportModelState {
  /** The paper as core builds it. */
  report: ReportModel;
  locale: "da" | "en";
  page: ReportPage;
  /** The `@page` rule for a `<style>` element: size, margins, running title, page numbers. */
  pageCss: string;
  /** The paper's title (the first level-1 heading, else the document's title) and its element id. */
  title: string;
  titleId: string;
  /** A prefix for ids inside the paper (charts), unique on the page. */
  idPrefix: string;
  /** The blocks after the title, grouped: each initiative's heading and table in one group. */
  groups: ReportGroup[];
}

/**
 * What a report view needs: core's paper for the document and selection, built again only when
 * they change (arrays compared by content), its page and `@page` rule, and its blocks grouped so
 * that an initiative never splits over pages. For a paper in the host's own markup.
 *
 * @example
 * const { report, pageCss, groups } = useReport({ document: followUp, onlyAttention: true });
 */
export function useReport({ document, page, locale, ...selection }: UseReportOptions): ReportModelState {
  const activeLocale = useLocale(locale);
  // The selection's arrays are compared by content: a new array with the same ids keeps the paper.
  const selectionKey = JSON.stringify(selection);
  const report = useMemo(
    () => buildReport(document, { ...(JSON.parse(selectionKey) as ReportOptions), locale: activeLocale }),
    [document, activeLocale, selectionKey],
  );
  const pageName = page ?? (`${report.page.size}-${report.page.orientation}` as ReportPage);
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const [size, orientation] = pageName.split("-") as [
    ReportModel["page"]["size"],
    ReportModel["page"]["orientation"],
  ];
  const [first, ...rest] = report.blocks;
  const title: Extract<ReportBlock, { kind: "heading" }> | null =
    first?.kind === "heading" && first.level === 1 ? first : null;
  return {
    report,
    locale: activeLocale,
    page: pageName,
    pageCss: reportPageCss(report, { size, orientation }),
    title: title?.text ?? report.title,
    titleId: `${idPrefix}-title`,
    idPrefix,
    groups: groupBlocks(title === null ? report.blocks : rest),
  };
}

function groupBlocks(blocks: readonly ReportBlock[]): ReportGroup[] {
  const groups: ReportGroup[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    const opensGroup =
      last === undefined || (block.kind === "heading" && (block.level === 3 || last.initiative));
    if (opensGroup)
      groups.push({ initiative: block.kind === "heading" && block.level === 3, blocks: [block] });
    else last.blocks.push(block);
  }
  return groups;
}
