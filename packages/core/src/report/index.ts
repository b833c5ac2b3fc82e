// `@milepael/core/report`: committee papers as data and as one self-contained, accessible HTML
// file (inline CSS and SVG, no script), for print, PDF and intranets that publish HTML.

export type { ReportOptions } from "./buildReport";
export { buildReport, initiativeTitle, reportingRoundOf, selectForReportDocument } from "./buildReport";
export { formatReportDate } from "./paper";
export type {
  Report,
  ReportBlock,
  ReportCell,
  ReportChart,
  ReportField,
  ReportStatusCell,
  ReportTable,
  ReportTableRole,
} from "./reportModel";
export type { ReportSelection } from "./selectForReport";
export { selectForReport } from "./selectForReport";
export { chartSvg } from "./chartSvg";
export { renderReportHtml, reportPageCss, reportToHtml } from "./renderReportHtml";
// The faces the reports draw, one per status; the word always stands beside it.
export { statusFaces } from "../status/vocabulary";
