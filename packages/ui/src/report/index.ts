"use client";
export { Report, type ReportPage, type ReportProps } from "./Report";
