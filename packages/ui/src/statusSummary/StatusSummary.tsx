import {
  attentionReasonLabel,
  type BudgetFollowUp,
  type Locale,
  needsAttention,
  reportingRound,
  rollUp,
  type Status,
} from "@milepael/core/lite";
import { useId, useMemo, useRef, useState } from "react";
import { classNames } from "../internal/classNames";
import { dataLang } from "../internal/dataLang";
import { formatCount } from "../locale/format";
import { useLocaleWords } from "../locale/LocaleProvider";
import { summaryMessages } from "../locale/messages/summary";
import { Smiley } from "../smiley/Smiley";

export interface StatusSummaryProps {
  document: BudgetFollowUp;
  /** The round to sum up; default the round the document reports on. */
  round?: string;
  /** Today, `YYYY-MM-DD`, to flag rounds past their cut-off without an assessment. */
  today?: string;
  /**
   * At most this many initiatives in the needs-attention list at first; a "+N flere" button below
   * shows the rest. Default 10.
   */
  attentionLimit?: number;
  /** Called when a reader picks an initiative in the list, e.g. to open it in a table. */
  onSelectInitiative?: (initiativeId: string) => void;
  locale?: Locale;
  className?: string;
}

const levels: readonly Status[] = ["green", "yellow", "red", "not-assessed"];

/**
 * A round at a glance: how many milestones are green, yellow, red or not assessed, the change
 * since the previous round, and the initiatives that need attention first.
 */
export function StatusSummary({
  document,
  round,
  today,
  attentionLimit = 10,
  onSelectInitiative,
  locale,
  className,
}: StatusSummaryProps) {
  const [activeLocale, text] = useLocaleWords(summaryMessages, locale);
  const roundId = round ?? reportingRound(document) ?? document.rounds.at(-1)?.id ?? "";
  const roundIndex = document.rounds.findIndex((candidate) => candidate.id === roundId);
  const current = document.rounds[roundIndex];
  const previous = roundIndex > 0 ? document.rounds[roundIndex - 1] : undefined;
  const { counts, before, attention } = useMemo(() => {
    const [all] = rollUp(document);
    const at = (id: string | undefined) => all?.rounds.find((entry) => entry.round === id)?.counts;
    return {
      counts: at(roundId),
      before: at(previous?.id),
      attention: needsAttention(document, { round: roundId, ...(today === undefined ? {} : { today }) }),
    };
  }, [document, roundId, previous?.id, today]);
  const roundName = current?.label ?? roundId;
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const hidden = Math.max(0, attention.length - attentionLimit);
  const listed = showAll ? attention : attention.slice(0, attentionLimit);
  const toggleAll = () => {
    const opening = !showAll;
    setShowAll(opening);
    // The first newly shown initiative takes focus, so a keyboard reader lands on what appeared.
    if (opening)
      queueMicrotask(() =>
        listRef.current
          ?.querySelectorAll<HTMLElement>("li")
          [attentionLimit]?.querySelector<HTMLElement>("button")
          ?.focus(),
      );
  };

  return (
    <section className={classNames("mp-StatusSummary", className)} aria-labelledby={headingId}>
      <h3 className="mp-StatusSummary-title" id={headingId}>
        {text.summaryTitle(roundName)}
      </h3>
      <ul className="mp-StatusSummary-cards" aria-label={text.milestonesAt}>
        {levels.map((status) => {
          const count = counts?.[status] ?? 0;
          const change = before === undefined ? undefined : count - before[status];
          return (
            <li key={status} className="mp-StatusSummary-card" data-status={status}>
              <Smiley status={status} size="lg" label="name" locale={activeLocale} />
              <span className="mp-StatusSummary-count">{formatCount(count, activeLocale)}</span>
              <span className="mp-StatusSummary-unit">{text.milestonesAt.toLowerCase()}</span>
              {change !== undefined && previous && (
                <span
                  className="mp-StatusSummary-change"
                  data-direction={change > 0 ? "up" : change < 0 ? "down" : "same"}
                >
                  <span aria-hidden="true">{change > 0 ? "▲ " : change < 0 ? "▼ " : "= "}</span>
                  {change > 0 ? text.more(change) : change < 0 ? text.fewer(-change) : text.unchanged}{" "}
                  {text.changeSince(previous.label)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <h4 className="mp-StatusSummary-subtitle" id={`${headingId}-attention`}>
        {text.needsAttention}
      </h4>
      {attention.length === 0 ? (
        <p>{text.nothingNeedsAttention}</p>
      ) : (
        <ol ref={listRef} className="mp-StatusSummary-attention" aria-labelledby={`${headingId}-attention`}>
          {listed.map(({ initiative, reasons }) => {
            const name = [initiative.number, initiative.title].filter(Boolean).join(" ");
            return (
              <li key={initiative.id}>
                {onSelectInitiative ? (
                  <button
                    type="button"
                    className="mp-StatusSummary-link"
                    lang={dataLang(activeLocale)}
                    onClick={() => onSelectInitiative(initiative.id)}
                  >
                    {name}
                  </button>
                ) : (
                  <span className="mp-StatusSummary-name" lang={dataLang(activeLocale)}>
                    {name}
                  </span>
                )}
                <span className="mp-StatusSummary-reasons">
                  {reasons.map((reason) => attentionReasonLabel(reason, activeLocale)).join(" · ")}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {hidden > 0 && (
        <button
          type="button"
          className="mp-Button mp-StatusSummary-more"
          aria-expanded={showAll}
          onClick={toggleAll}
        >
          {showAll ? text.showFewerAttention : text.showMoreAttention(formatCount(hidden, activeLocale))}
        </button>
      )}
    </section>
  );
}
