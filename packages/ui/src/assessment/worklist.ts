import { type BudgetFollowUp, roundWorklist, type WorklistItem } from "@milepael/core/lite";

/** Which assessments the table lists: all, those without a status yet, those missing a note. */
export type AssessmentShow = "all" | "not-assessed" | "needs-note";

/**
 * What there is to assess in a round, with the milestones of `alsoRounds` (assessed early): in
 * document order by initiative, milestones before the economy line.
 *
 * @example
 * assessmentWorklist(followUp, "2017-4", ["2017-year-end"]).length; // the round's items and the year-end's milestones
 */
export function assessmentWorklist(
  document: BudgetFollowUp,
  roundId: string,
  alsoRounds: readonly string[] = [],
): WorklistItem[] {
  const own = roundWorklist(document, roundId);
  const extra = alsoRounds.flatMap((id) =>
    roundWorklist(document, id).filter((item) => item.target !== "economy"),
  );
  const all = [...own, ...extra];
  const order = new Map(own.concat(extra).map((item, index) => [item.initiativeId, index]));
  return all
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (order.get(a.item.initiativeId) ?? 0) - (order.get(b.item.initiativeId) ?? 0) ||
        Number(a.item.target === "economy") - Number(b.item.target === "economy") ||
        a.index - b.index,
    )
    .map(({ item }) => item);
}

/**
 * Whether the table lists an item under a `show` choice.
 *
 * @example
 * worklist.filter((item) => isShown(item, "needs-note"));
 */
export function isShown(item: WorklistItem, show: AssessmentShow): boolean {
  return (
    show === "all" || (show === "not-assessed" && !item.assessed) || (show === "needs-note" && item.needsNote)
  );
}
