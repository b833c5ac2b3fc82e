import {
  type BudgetFollowUp,
  diffRounds,
  type Locale,
  milestoneStatusAt,
  type RoundChange,
  reportingRound,
  type Status,
  summariseRound,
} from "@milepael/core/lite";
import { useId, useRef, useState } from "react";
import { classNames } from "../internal/classNames";
import { useRovingFocus } from "../internal/useRovingFocus";
import { useLocale } from "../locale/LocaleProvider";
import { Smiley } from "../smiley/Smiley";
import { assessmentTexts } from "./texts";

export interface RoundDiffProps {
  /** The budget follow-up to compare rounds of. */
  document: BudgetFollowUp;
  /** The round to compare; default the round the document reports on. */
  to?: string;
  /** The round to compare with; default the one before `to`. */
  from?: string;
  /** ISO date for "newly overdue"; without it nothing is called overdue. */
  today?: string;
  /** `heatmap` (default) draws smileys; `table` shows the same as a table of words. */
  defaultView?: "heatmap" | "table";
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale;
  className?: string;
}

/**
 * What changed since the previous round: core's `summariseRound` as the takeaway, the moves
 * (`diffRounds`) as lists of worsened, improved, newly assessed and newly overdue, and every
 * initiative × round as a heat map of shape-coded smileys (one tab stop; arrow keys, Home and End
 * move between cells), with the same as a table of words.
 */
export function RoundDiff({
  document,
  to,
  from,
  today,
  defaultView = "heatmap",
  locale,
  className,
}: RoundDiffProps) {
  const activeLocale = useLocale(locale);
  const text = assessmentTexts(activeLocale);
  const ids = useId();
  const [view, setView] = useState(defaultView);
  const target = to ?? reportingRound(document) ?? document.rounds.at(-1)?.id ?? "";
  const index = document.rounds.findIndex((round) => round.id === target);
  const previous = from ?? document.rounds[index - 1]?.id;
  const label = (id: string | undefined) =>
    document.rounds.find((round) => round.id === id)?.label ?? id ?? "";
  const summary = summariseRound(document, target, activeLocale, today === undefined ? {} : { today });
  const diff =
    previous === undefined
      ? null
      : diffRounds(document, previous, target, today === undefined ? {} : { today });
  const initiatives = document.sections.flatMap((section) => section.initiatives);
  const changed = new Set(diff?.changes.map((change) => change.initiativeId) ?? []);
  // The heat map is one tab stop; arrow keys, Home and End move between its cells.
  const columns = document.rounds.length;
  const cells = initiatives.length * columns;
  const mapRef = useRef<HTMLTableElement>(null);
  const roving = useRovingFocus<number>({
    tabbable: Array.from({ length: cells }, (_, cell) => cell),
    move: (from, key) => {
      const row = Math.floor(from / columns);
      const column = from % columns;
      const at = (r: number, c: number) =>
        r >= 0 && r < initiatives.length && c >= 0 && c < columns ? r * columns + c : null;
      switch (key) {
        case "ArrowRight":
          return at(row, column + 1);
        case "ArrowLeft":
          return at(row, column - 1);
        case "ArrowDown":
          return at(row + 1, column);
        case "ArrowUp":
          return at(row - 1, column);
        case "Home":
          return at(row, 0);
        case "End":
          return at(row, columns - 1);
        default:
          return undefined;
      }
    },
    getElement: (cell) => mapRef.current?.querySelector<HTMLElement>(`[data-cell="${cell}"]`),
  });
  const status = (s: Status) => text.statusNames[s].toLowerCase();
  const change = (item: RoundChange) =>
    `${item.name}${item.target === "economy" ? ` (${text.economy.toLowerCase()})` : ""}: ${status(item.from)} → ${status(item.to)}`;
  const group = (title: string, items: string[], kind: string) =>
    items.length > 0 && (
      <section className="mp-RoundDiff-group" data-kind={kind} aria-labelledby={`${ids}-${kind}`}>
        <h4 id={`${ids}-${kind}`}>
          {title} ({items.length})
        </h4>
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    );

  return (
    <div className={classNames("mp-RoundDiff", className)}>
      <p className="mp-RoundDiff-summary">{summary}</p>
      {diff === null ? (
        <p>{text.diffFirstRound(label(target))}</p>
      ) : (
        <>
          <h3 className="mp-RoundDiff-heading">{text.diffHeading(label(previous), label(target))}</h3>
          {diff.changes.length === 0 && diff.newlyOverdue.length === 0 && <p>{text.diffNone}</p>}
          <div className="mp-RoundDiff-groups">
            {group(text.worsened, diff.worsened.map(change), "worsened")}
            {group(text.improved, diff.improved.map(change), "improved")}
            {group(text.newlyAssessed, diff.newlyAssessed.map(change), "newly-assessed")}
            {group(
              text.newlyOverdue,
              diff.newlyOverdue.map((item) => `${item.name}, ${text.milestoneNumber(item.milestone + 1)}`),
              "newly-overdue",
            )}
          </div>
        </>
      )}
      <div className="mp-RoundDiff-views">
        <button
          type="button"
          className="mp-Button"
          aria-pressed={view === "table"}
          onClick={() => setView(view === "table" ? "heatmap" : "table")}
        >
          {text.showAsTable}
        </button>
      </div>
      <section className="mp-RoundDiff-scroller" aria-labelledby={`${ids}-map`}>
        <table className="mp-RoundDiff-map" data-view={view} ref={mapRef}>
          <caption id={`${ids}-map`}>{text.heatmapCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.initiative}</th>
              {document.rounds.map((round) => (
                <th key={round.id} scope="col" data-current={round.id === target ? "" : undefined}>
                  {round.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {initiatives.map((initiative, row) => (
              <tr key={initiative.id} data-changed={changed.has(initiative.id) ? "" : undefined}>
                <th scope="row">{[initiative.number, initiative.title].filter(Boolean).join(" ")}</th>
                {document.rounds.map((round, column) => {
                  const value = milestoneStatusAt(initiative, round.id);
                  const cell = row * columns + column;
                  return (
                    <td
                      key={round.id}
                      data-cell={cell}
                      {...roving.getItemProps(cell)}
                      onFocus={() => roving.setActive(cell)}
                      data-status={value}
                      data-current={round.id === target ? "" : undefined}
                    >
                      {view === "table" ? (
                        text.statusNames[value]
                      ) : (
                        <Smiley status={value} variant="dot" size="sm" locale={activeLocale} />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
