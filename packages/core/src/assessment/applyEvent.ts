import type { BudgetFollowUp, Initiative } from "../model/budgetFollowUp.schema";
import { reportingRound } from "../rules/assessment";
import type { HistoryEvent } from "./history.schema";

// How a history entry changes a document: the one place every operation's change is made.

function mapInitiative(
  document: BudgetFollowUp,
  initiativeId: string,
  change: (initiative: Initiative) => Initiative,
): BudgetFollowUp {
  return {
    ...document,
    sections: document.sections.map((section) =>
      section.initiatives.some((initiative) => initiative.id === initiativeId)
        ? {
            ...section,
            initiatives: section.initiatives.map((initiative) =>
              initiative.id === initiativeId ? change(initiative) : initiative,
            ),
          }
        : section,
    ),
  };
}

function withNote<T extends { statusNote?: string | undefined }>(value: T, note: string | undefined): T {
  const { statusNote: _, ...rest } = value;
  return (note === undefined ? rest : { ...rest, statusNote: note }) as T;
}

/**
 * Applies one history entry to a document, without checks, and appends it to `history`: how
 * every operation changes a document, and how `replayHistory` rebuilds one.
 *
 * @example
 * applyEvent(document, { type: "round-published", round: "2017-4", notAssessed: 0, by: "Økonomi", at: "2017-12-15T12:00:00Z" });
 */
export function applyEvent(document: BudgetFollowUp, event: HistoryEvent): BudgetFollowUp {
  const history = [...(document.history ?? []), event];
  switch (event.type) {
    case "round-started": {
      const rounds = [...document.rounds];
      if (event.added !== undefined) {
        const added = event.added;
        const at = rounds.findIndex((round) => round.cutOff > added.cutOff);
        rounds.splice(at === -1 ? rounds.length : at, 0, { ...added });
      }
      // An economy status set before milepael kept rounds belongs to the round the document reported on.
      const previous = reportingRound(document);
      const pinned =
        previous === null
          ? document
          : {
              ...document,
              sections: document.sections.map((section) => ({
                ...section,
                initiatives: section.initiatives.map((initiative) =>
                  initiative.economy === undefined || initiative.economy.round !== undefined
                    ? initiative
                    : { ...initiative, economy: { ...initiative.economy, round: previous } },
                ),
              })),
            };
      return {
        ...pinned,
        rounds: rounds.map((round) =>
          round.id === event.round
            ? { ...round, state: "open" as const }
            : event.closed.includes(round.id)
              ? { ...round, state: "published" as const }
              : round,
        ),
        currentRound: event.round,
        history,
      };
    }
    case "assessed": {
      const changed = mapInitiative(document, event.initiativeId, (initiative) => {
        if (event.target === "economy") {
          const economy = initiative.economy ?? { text: "", status: "not-assessed" as const };
          return {
            ...initiative,
            economy: { ...withNote(economy, event.note), status: event.to, round: event.round },
          };
        }
        const index = event.target;
        return {
          ...initiative,
          milestones: initiative.milestones.map((milestone, position) => {
            if (position !== index) return milestone;
            const { statusGuessed: _, ...rest } = withNote(milestone, event.note);
            return { ...rest, status: event.to };
          }),
        };
      });
      return { ...changed, history };
    }
    case "round-published":
      return {
        ...document,
        rounds: document.rounds.map((round) =>
          round.id === event.round ? { ...round, state: "published" as const } : round,
        ),
        history,
      };
    case "round-reopened":
      return {
        ...document,
        rounds: document.rounds.map((round) =>
          round.id === event.round ? { ...round, state: "open" as const } : round,
        ),
        currentRound: event.round,
        history,
      };
    default:
      return event satisfies never;
  }
}

/**
 * Rebuilds a document from an earlier copy and the history entries recorded since: the history
 * is the whole truth of what changed.
 *
 * @example
 * replayHistory(imported, saved.history ?? []); // deep-equals `saved` when `imported` had no history
 */
export function replayHistory(base: BudgetFollowUp, events: readonly HistoryEvent[]): BudgetFollowUp {
  return events.reduce(applyEvent, base);
}
