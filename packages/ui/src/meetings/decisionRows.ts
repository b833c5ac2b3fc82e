import {
  type DecisionOutcome,
  type DecisionRow,
  decisionOutcomeLabels,
  decisionRows,
  type MeetingsDocument,
} from "@milepael/core/lite";
import { committees } from "./committees";

/** A row of the decision log: core's decision row, its committee's label and its search text. */
export interface DecisionLogRow extends DecisionRow {
  /** The committee as the log names it: one label per `committeeKey`. */
  committee: string;
  /** Lower-case text the search looks in. */
  searchText: string;
}

/** Outcomes in the order the log sorts and lists them. */
export const outcomeOrder: readonly DecisionOutcome[] = [
  "approved",
  "amended",
  "noted",
  "postponed",
  "rejected",
  "unknown",
];

/**
 * Core's decision rows with each committee under one label (see `committees`) and the text the
 * search looks in: title, number, case number, committee, decision, recommendation, outcome in
 * both languages.
 *
 * @example
 * toDecisionLogRows(meetings).find((row) => row.caseNumber === "15/1234")?.committee;
 */
export function toDecisionLogRows(document: MeetingsDocument): DecisionLogRow[] {
  const { labelOf } = committees(document);
  return decisionRows(document).map((row) => ({
    ...row,
    committee: labelOf(row.body),
    searchText: [
      row.number,
      row.title,
      row.caseNumber,
      row.body,
      row.decision,
      row.decisionAuthority,
      ...row.recommendation,
      decisionOutcomeLabels.da[row.outcome],
      decisionOutcomeLabels.en[row.outcome],
    ]
      .filter(Boolean)
      .join(" ")
      .toLocaleLowerCase("da"),
  }));
}

/**
 * The values each filter of the log offers, from its rows: committees in the order the document
 * meets them, outcomes in the log's order, years ascending; only values some row has.
 *
 * @example
 * decisionFilterOptions(toDecisionLogRows(meetings)).year; // ["2017"]
 */
export function decisionFilterOptions(rows: readonly DecisionLogRow[]): {
  committee: string[];
  outcome: DecisionOutcome[];
  year: string[];
} {
  return {
    committee: [...new Set(rows.map((row) => row.committee))],
    outcome: outcomeOrder.filter((outcome) => rows.some((row) => row.outcome === outcome)),
    year: [...new Set(rows.map((row) => String(row.year)))].sort(),
  };
}
