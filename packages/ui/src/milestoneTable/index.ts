"use client";
export { type MilestoneTableRow, milestoneColumnLabel, roundColumnId } from "./columns";
export { InitiativeDetail, type InitiativeDetailProps } from "./InitiativeDetail";
export { MilestoneTable, type MilestoneTableProps } from "./MilestoneTable";
export { compareStatus, type MilestoneRow, toMilestoneRows, warmSearchText } from "./rows";
export {
  type MilestoneTableItem,
  type MilestoneTableModel,
  type MilestoneTableState,
  type UseMilestoneTableOptions,
  useMilestoneTable,
} from "./useMilestoneTable";
export { milestoneViewCsv } from "./viewCsv";
// Types the table's props and model are built from, public so hosts can name them.
export type { DataTableViewProps } from "../internal/DataTableParts";
