"use client";
export { InitiativeDetail, type InitiativeDetailProps } from "./InitiativeDetail";
export { MilestoneTable, type MilestoneTableProps } from "./MilestoneTable";
export { compareStatus, type MilestoneRow, toMilestoneRows } from "./rows";
export { type MilestoneTableState, roundColumnId, useMilestoneTable } from "./useMilestoneTable";
export { milestoneViewCsv } from "./viewCsv";
