"use client";
export { AssessmentTable, type AssessmentTableProps } from "./AssessmentTable";
export { RoundDiff, type RoundDiffProps } from "./RoundDiff";
export { type AssessmentTexts, assessmentTexts } from "./texts";
export {
  type AssessmentAnnouncement,
  type AssessmentChange,
  type AssessmentDraft,
  type AssessmentShow,
  type AssessmentTableModel,
  assessmentKey,
  type UseAssessmentTableOptions,
  useAssessmentTable,
} from "./useAssessmentTable";
