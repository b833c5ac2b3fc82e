import type { ReactNode } from "react";
import { classNames } from "../internal/classNames";
import { ReportBody } from "./ReportBody";
import { type ReportPage, type UseReportOptions, useReport } from "./useReport";

export type { ReportPage };

export interface ReportProps extends UseReportOptions {
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
 * and `exportDocx`. `useReport` gives the same paper for a view of your own.
 */
export function Report({ children, className, ...options }: ReportProps) {
  const model = useReport(options);
  return (
    <article
      className={classNames("mp-Report", className)}
      data-page={model.page}
      lang={model.locale}
      aria-labelledby={model.titleId}
    >
      <style>{model.pageCss}</style>
      <ReportBody model={model} />
      {children === undefined ? null : <div className="mp-Report-extra">{children}</div>}
    </article>
  );
}
