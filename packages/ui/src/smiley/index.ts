"use client";
export { Smiley, type SmileyProps, type SmileySize } from "./Smiley";
export { SmileyLegend, type SmileyLegendProps } from "./SmileyLegend";
export { StatusBadge, type StatusBadgeProps } from "./StatusBadge";
