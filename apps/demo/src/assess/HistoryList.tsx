import type { BudgetFollowUp, HistoryEvent, Initiative, Locale } from "@milepael/core";
import { useId } from "react";
import { assessTexts } from "./assessTexts";

/**
 * The follow-up's history, newest first: when, who, what and the change, as a table.
 *
 * @example
 * <HistoryList document={followUp} locale="da" />
 */
export function HistoryList({ document, locale }: { document: BudgetFollowUp; locale: Locale }) {
  const text = assessTexts(locale);
  const id = useId();
  // Append-only: an entry's position never changes, so it keys the row.
  const history = (document.history ?? []).map((event, position) => ({ event, position })).reverse();
  const initiatives = new Map<string, Initiative>(
    document.sections.flatMap((section) =>
      section.initiatives.map((initiative) => [initiative.id, initiative]),
    ),
  );
  const roundLabel = (round: string) =>
    document.rounds.find((candidate) => candidate.id === round)?.label ?? round;
  const time = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "da-DK", {
    dateStyle: "short",
    timeStyle: "medium",
  });
  const what = (event: HistoryEvent) => {
    switch (event.type) {
      case "assessed": {
        const initiative = initiatives.get(event.initiativeId);
        const name = [initiative?.number, initiative?.title].filter(Boolean).join(" ") || event.initiativeId;
        return `${name}, ${event.target === "economy" ? text.economy : text.milestone(event.target + 1)}`;
      }
      case "round-started":
        return text.roundStarted(roundLabel(event.round));
      case "round-published":
        return text.roundPublished(roundLabel(event.round));
      case "round-reopened":
        return `${text.roundReopened(roundLabel(event.round))}: ${event.reason}`;
      default:
        return event satisfies never;
    }
  };
  return (
    <section className="demo-assess-history" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{text.historyHeading}</h3>
      {history.length === 0 ? (
        <p>{text.historyEmpty}</p>
      ) : (
        <div className="demo-table-scroll">
          <table className="demo-history-table">
            <thead>
              <tr>
                <th scope="col">{text.when}</th>
                <th scope="col">{text.by}</th>
                <th scope="col">{text.what}</th>
                <th scope="col">{text.change}</th>
                <th scope="col">{text.note}</th>
              </tr>
            </thead>
            <tbody>
              {history.map(({ event, position }) => (
                <tr key={position}>
                  <td>
                    <time dateTime={event.at}>{time.format(new Date(event.at))}</time>
                  </td>
                  <td>{event.by}</td>
                  <th scope="row">{what(event)}</th>
                  <td>
                    {event.type === "assessed" ? `${text.status[event.from]} → ${text.status[event.to]}` : ""}
                  </td>
                  <td>{event.type === "assessed" ? (event.note ?? "") : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
