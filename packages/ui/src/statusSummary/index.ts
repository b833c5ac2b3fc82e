"use client";
export { StatusSummary, type StatusSummaryProps } from "./StatusSummary";
