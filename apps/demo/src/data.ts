import type { BudgetFollowUp, MilepaelDocument, PlanDocument } from "@milepael/core";
import {
  budgetFollowUp2017,
  communicationPlan2017,
  implementationPlan2017,
  introductionProgramme2018,
} from "@milepael/core/fixtures";

/** A document the demo holds, with a stable id for the URL. */
export interface LoadedDocument {
  id: string;
  document: MilepaelDocument;
  /** Where it came from: the seeds, an import, or `?src=`. */
  source: "seed" | "import" | "url";
  /** For `?src=`: the origin it was fetched from, shown wherever the document is listed. */
  origin?: string;
}

/**
 * A document's title as listed: a fetched one says where it came from.
 *
 * @example
 * listedTitle({ id: "src", document, source: "url", origin: "https://a.example" }, "Hentet fra");
 * // "Kommunikationsplan 2017 (Hentet fra https://a.example)"
 */
export const listedTitle = (entry: LoadedDocument, fetchedFrom: string) =>
  entry.origin
    ? `${entry.document.metadata.title} (${fetchedFrom} ${entry.origin})`
    : entry.document.metadata.title;

/** The real documents the demo starts with: the seeds, imported and checked by hand. */
export const seedDocuments: LoadedDocument[] = [
  { id: "followup-2017-3", document: budgetFollowUp2017, source: "seed" },
  { id: "implementation-2017", document: implementationPlan2017, source: "seed" },
  { id: "communication-2017", document: communicationPlan2017, source: "seed" },
  { id: "programme-2018", document: introductionProgramme2018, source: "seed" },
];

export const isFollowUp = (document: MilepaelDocument): document is BudgetFollowUp =>
  document.type === "budget-follow-up";
export const isPlan = (document: MilepaelDocument): document is PlanDocument => document.type === "plan";
