import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import { reportingRound } from "../rules/assessment";
import type { Status } from "../status/status";
import { initiativeName } from "./diffRounds";
import type { AssessmentTarget } from "./history.schema";
import { resolveReadingGuide } from "./readingGuide";

/** One status to set in a round: a milestone due then, or an initiative's economy line. */
export interface WorklistItem {
  initiativeId: string;
  /** "5.03 Udvikling af …": number and title. */
  name: string;
  section: string;
  responsibleCenter?: string;
  responsibleCommittee?: string;
  target: AssessmentTarget;
  /** The milestone's text, or the economy line's. */
  text: string;
  status: Status;
  note?: string;
  /** Assessed for this round: a milestone with a colour, an economy line set in this round. */
  assessed: boolean;
  /** The status needs a note by the reading guide and has none (imported documents often lack it). */
  needsNote: boolean;
}

/**
 * What there is to assess in a round (by default the open or reporting one), in document order:
 * the rows of an assessment table, with what its filters need ("not yet assessed", "needs a note",
 * a centre's or committee's own).
 *
 * @example
 * roundWorklist(followUp, "2017-3").filter((item) => item.responsibleCenter === "Ejendomme" && !item.assessed);
 */
export function roundWorklist(document: BudgetFollowUp, roundId?: string): WorklistItem[] {
  const round =
    roundId ??
    document.rounds.find((candidate) => candidate.state === "open")?.id ??
    reportingRound(document);
  if (round === null) return [];
  const guide = resolveReadingGuide(document);
  const needsNote = (status: Status, note: string | undefined) =>
    status !== "not-assessed" && guide.noteRequiredFor.includes(status) && (note ?? "").trim() === "";
  return document.sections.flatMap((section) =>
    section.initiatives.flatMap((initiative) => {
      const common = {
        initiativeId: initiative.id,
        name: initiativeName(initiative),
        section: section.number === undefined ? section.title : `${section.number}. ${section.title}`,
        ...(initiative.responsibleCenter === undefined
          ? {}
          : { responsibleCenter: initiative.responsibleCenter }),
        ...(initiative.responsibleCommittee === undefined
          ? {}
          : { responsibleCommittee: initiative.responsibleCommittee }),
      };
      const items: WorklistItem[] = initiative.milestones.flatMap((milestone, index) =>
        milestone.round === round
          ? [
              {
                ...common,
                target: index,
                text: milestone.text,
                status: milestone.status,
                ...(milestone.statusNote === undefined ? {} : { note: milestone.statusNote }),
                assessed: milestone.status !== "not-assessed",
                needsNote: needsNote(milestone.status, milestone.statusNote),
              },
            ]
          : [],
      );
      const economy = initiative.economy;
      if (economy !== undefined) {
        const thisRound = (economy.round ?? reportingRound(document)) === round;
        items.push({
          ...common,
          target: "economy",
          text: economy.text,
          status: economy.status,
          ...(economy.statusNote === undefined ? {} : { note: economy.statusNote }),
          assessed: thisRound && economy.status !== "not-assessed",
          needsNote: thisRound && needsNote(economy.status, economy.statusNote),
        });
      }
      return items;
    }),
  );
}
