import type { BudgetFollowUp } from "@milepael/core";
import { type Locale, reportingRound, type Status, statusLabel, statusValues } from "@milepael/core";
import { MilestoneTable, StatusSummary, useLocale } from "@milepael/ui";
import { InitiativeTrendChart, StatusByRoundChart, StatusDistributionChart } from "@milepael/ui/charts";
import { useEffect, useRef, useState } from "react";
import type { LoadedDocument } from "../data";
import { PageCrash, Widget } from "../errors/ErrorBoundary";
import { PaperButtons, paperFileName } from "../report";
import type { Texts } from "../texts";
import type { UrlState } from "../urlState";
import { PageControls } from "./PageControls";
import { SourceNote } from "./SourceNote";

interface FollowUpPageProps {
  entry: LoadedDocument;
  document: BudgetFollowUp;
  state: UrlState;
  update: (changes: Record<string, string | null>) => void;
  text: Texts;
}

/** The follow-up with round picker, summary, charts, table and one initiative's history. */
export function FollowUpPage({ entry, document, state, update, text }: FollowUpPageProps) {
  const locale = useLocale();
  const rounds = document.rounds.map((candidate) => candidate.id);
  const round =
    (state.round && rounds.includes(state.round) ? state.round : null) ??
    reportingRound(document) ??
    rounds.at(-1) ??
    "";
  const initiatives = document.sections.flatMap((section) => section.initiatives);
  const selected = initiatives.find((initiative) => initiative.id === state.initiative);
  const roundLabel = document.rounds.find((candidate) => candidate.id === round)?.label ?? round;
  const setRound = (next: string) => update({ round: next });
  // Picking an initiative in the summary draws its history further down: take the reader there.
  const historyHeading = useRef<HTMLHeadingElement>(null);
  const [historyRequest, setHistoryRequest] = useState(0);
  useEffect(() => {
    if (historyRequest === 0) return;
    historyHeading.current?.scrollIntoView({ block: "start" });
    historyHeading.current?.focus({ preventScroll: true });
  }, [historyRequest]);
  return (
    <>
      <PageCrash when={state.crash === "page"} />
      <h2>
        <span lang="da">{document.metadata.title}</span>
        <span className="demo-heading-round">
          {text.showing} {roundLabel}
        </span>
      </h2>
      <SourceNote entry={entry} text={text} />
      <PageControls
        label={text.round}
        value={round}
        options={document.rounds.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
        onChange={setRound}
        printLabel={text.print}
        actions={<PaperButtons document={document} fileName={paperFileName(document)} labels={text.paper} />}
      />
      <Widget resetKeys={[round]} crashable>
        <StatusSummary
          document={document}
          round={round}
          onSelectInitiative={(id) => {
            update({ initiative: id });
            setHistoryRequest((count) => count + 1);
          }}
        />
      </Widget>
      <div className="demo-charts">
        <Widget>
          <StatusByRoundChart document={document} />
        </Widget>
        <Widget resetKeys={[round]}>
          <StatusDistributionChart document={document} by="committee" round={round} />
        </Widget>
      </div>
      <section className="demo-history" aria-labelledby="history-heading">
        <h3 id="history-heading" ref={historyHeading} tabIndex={-1}>
          {text.history}
        </h3>
        <label className="mp-Field">
          <span>{text.chooseInitiative}</span>
          <select
            value={selected?.id ?? ""}
            onChange={(event) => update({ initiative: event.target.value || null })}
          >
            <option value="">–</option>
            {initiatives.map((initiative) => (
              <option key={initiative.id} value={initiative.id}>
                {[initiative.number, initiative.title].filter(Boolean).join(" ")}
              </option>
            ))}
          </select>
        </label>
        {selected && (
          <Widget resetKeys={[selected.id]}>
            <InitiativeTrendChart initiative={selected} rounds={document.rounds} locale={locale} />
          </Widget>
        )}
      </section>
      <p className="demo-print-only demo-view-note">{viewNote(state, roundLabel, text, locale)}</p>
      <Widget resetKeys={[state.q, state.filters]}>
        <MilestoneTable
          document={document}
          round={round}
          onRoundChange={setRound}
          caption={`${document.metadata.title} · ${roundLabel}`}
          globalFilter={state.q}
          onGlobalFilterChange={(value) => update({ q: value })}
          columnFilters={state.filters}
          onColumnFiltersChange={(filters) =>
            update({ filters: filters.length > 0 ? JSON.stringify(filters) : null })
          }
        />
      </Widget>
    </>
  );
}

/**
 * What the printed table shows, in words ("Filtreret: status rød ved 3. budgetopfølgning 2017"):
 * a printout has no filter controls to look at. A status filter applies to the page's round.
 */
export function viewNote(
  state: Pick<UrlState, "filters" | "q">,
  roundLabel: string,
  text: Texts,
  locale: Locale,
): string {
  const words = text.viewNote;
  const parts = state.filters.map((filter) => {
    if (filter.id.startsWith("round:")) {
      const status = statusValues.find((value) => value === filter.value) as Status | undefined;
      const name = status ? statusLabel(status, "milestone", locale).name.toLowerCase() : filter.value;
      return words.statusAt(name, roundLabel);
    }
    const attribute = words.attribute[filter.id as keyof typeof words.attribute] ?? filter.id;
    return `${attribute} ${filter.value}`;
  });
  if (state.q) parts.push(words.search(state.q));
  return parts.length === 0 ? words.all : `${words.filtered}: ${parts.join(", ")}`;
}
