import type { DecisionOutcome } from "../model/meetings.schema";
import type { Locale } from "./locale";

/**
 * The outcome of a decision in words, per locale: what a decision log's badge and a CSV say.
 * A badge adds a shape and a colour; the words alone carry the meaning.
 */
export const decisionOutcomeLabels: Record<Locale, Record<DecisionOutcome, string>> = {
  da: {
    approved: "Godkendt",
    noted: "Taget til efterretning",
    rejected: "Ikke godkendt",
    postponed: "Udsat",
    amended: "Godkendt med ændringer",
    unknown: "Ikke angivet",
  },
  en: {
    approved: "Approved",
    noted: "Noted",
    rejected: "Rejected",
    postponed: "Postponed",
    amended: "Approved as amended",
    unknown: "Not stated",
  },
};
