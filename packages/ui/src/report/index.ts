"use client";
export { Report, type ReportPage, type ReportProps } from "./Report";
export {
  type ReportGroup,
  type ReportModelState,
  type UseReportOptions,
  useReport,
} from "./useReport";
