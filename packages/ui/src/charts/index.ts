"use client";
export { ChartFigure, type ChartFigureProps, type ChartLayout } from "./ChartFigure";
export { formatCount, formatShare } from "./format";
export { InitiativeTrendChart, type InitiativeTrendChartProps } from "./InitiativeTrendChart";
export { StatusByRoundChart, type StatusByRoundChartProps } from "./StatusByRoundChart";
export { StatusCountsTable, type StatusCountsTableProps } from "./StatusCountsTable";
export { StatusDistributionChart, type StatusDistributionChartProps } from "./StatusDistributionChart";
