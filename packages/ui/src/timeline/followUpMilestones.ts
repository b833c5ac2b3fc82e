import { type BudgetFollowUp, type PlanDocument, roundCutOffDate, type Status } from "@milepael/core/lite";

/**
 * A follow-up's milestones as a plan the timeline and the wheel can draw: each milestone is a day
 * at its round's cut-off, in a lane per section, with its status by activity id so that every
 * diamond carries its smiley.
 *
 * @example
 * const { plan, statuses } = followUpMilestones(followUp);
 * <Timeline document={plan} statuses={statuses} />;
 */
export function followUpMilestones(document: BudgetFollowUp): {
  plan: PlanDocument;
  statuses: Record<string, Status>;
} {
  const statuses: Record<string, Status> = {};
  const activities: PlanDocument["activities"] = [];
  for (const section of document.sections) {
    const sectionLabel = [section.number, section.title].filter(Boolean).join(". ");
    for (const initiative of section.initiatives) {
      initiative.milestones.forEach((milestone, index) => {
        const round = document.rounds.find((candidate) => candidate.id === milestone.round);
        const id = `${initiative.id}@${milestone.round}#${index}`;
        statuses[id] = milestone.status;
        activities.push({
          id,
          // The cut-off day itself (kind "day"), so the timeline writes the date, not the round's name.
          date: round
            ? roundCutOffDate(round, round.label, "day")
            : {
                text: milestone.round,
                kind: null,
                start: null,
                end: null,
                precision: null,
                approximate: false,
                eitherOr: false,
                ongoing: false,
                yearInferred: false,
              },
          theme: sectionLabel,
          title: [initiative.number, initiative.title].filter(Boolean).join(" "),
          description: milestone.text,
          ...(initiative.responsibleCommittee ? { participants: initiative.responsibleCommittee } : {}),
          ...(initiative.responsibleCenter ? { responsible: initiative.responsibleCenter } : {}),
          tags: [],
        });
      });
    }
  }
  return {
    plan: {
      schemaVersion: 2,
      type: "plan",
      planKind: "other",
      metadata: document.metadata,
      tracks: [],
      activities,
    },
    statuses,
  };
}
