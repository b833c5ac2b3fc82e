"use client";
// Styles are not imported here: hosts import `@milepael/ui/styles.css` once.

// Locale
export { LocaleProvider, type LocaleProviderProps, useLocale } from "./locale";

// Status marks
export { Smiley, type SmileyProps, type SmileySize } from "./smiley";

// Rich text from documents, sanitised
export { RichText, type RichTextProps } from "./richText";

// Milestone table
export {
  InitiativeDetail,
  type InitiativeDetailProps,
  MilestoneTable,
  type MilestoneTableProps,
  type MilestoneTableState,
  milestoneViewCsv,
  toMilestoneRows,
  useMilestoneTable,
} from "./milestoneTable";
