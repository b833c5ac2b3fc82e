import type { BudgetFollowUp } from "@milepael/core";

/**
 * The round the demo suggests starting: the follow-up after the last one, its cut-off two months
 * after that one's (at the end of the month, at most the year's end).
 *
 * @example
 * nextRound(budgetFollowUp2017); // { id: "2017-4", label: "4. budgetopfølgning 2017", cutOff: "2017-11-30" }
 */
export function nextRound(document: BudgetFollowUp) {
  const followUps = document.rounds.filter((round) => round.kind === "follow-up");
  const last = followUps.at(-1);
  const year = Number((last?.cutOff ?? document.rounds.at(-1)?.cutOff ?? "2017-01-01").slice(0, 4));
  const month = Number((last?.cutOff ?? `${year}-01-31`).slice(5, 7)) + 2;
  const number = followUps.length + 1;
  const cutMonth = Math.min(month, 12);
  const lastDay = new Date(Date.UTC(year, cutMonth, 0)).getUTCDate();
  return {
    id: `${year}-${number}`,
    label: `${number}. budgetopfølgning ${year}`,
    cutOff: `${year}-${String(cutMonth).padStart(2, "0")}-${String(lastDay).padStart(2, "0")}`,
  };
}
