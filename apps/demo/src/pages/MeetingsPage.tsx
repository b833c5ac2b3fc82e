import { extractPlan, type Locale } from "@milepael/core";
import { meetingsLejre2017 } from "@milepael/core/fixtures";
import { Timeline } from "@milepael/ui";
import { DecisionLog, type DecisionLogProps, MeetingCalendar } from "@milepael/ui/meetings";
import { PageCrash, Widget } from "../errors/ErrorBoundary";
import { PaperButtons, paperFileName } from "../report";
import { texts } from "../texts";
import type { UrlState } from "../urlState";

interface MeetingsPageProps {
  state: UrlState;
  update: (changes: Record<string, string | null>) => void;
  locale: Locale;
}

/** The page's own words: only this page uses them. */
const words = {
  da: {
    title: "Møder og beslutninger",
    lead: "Referatet af 17,4-udvalgets møde 3. januar 2017 i Lejre Kommune og møderne omkring det, læst af milepaels import af referater og dagsordener.",
    calendar: "Mødekalender",
    wheel: "Møderne på årshjulet",
    timeline: "Møderne på tidslinjen",
    decisions: "Beslutninger",
    processPlan: "Procesplanen i referatet",
    processLead:
      "Datoerne i punkternes indstillinger, beslutninger og sagsfremstillinger (bootcamps, faser før og efter sommerferien), hvert spor et mødepunkt.",
    related: "Andre dokumenter på siden",
  },
  en: {
    title: "Meetings and decisions",
    lead: "The minutes of Lejre's 17,4 committee on 3 January 2017 and the meetings around it, read by milepael's import of minutes and agendas.",
    calendar: "Meeting calendar",
    wheel: "The meetings on the annual wheel",
    timeline: "The meetings on the timeline",
    decisions: "Decisions",
    processPlan: "The process plan in the minutes",
    processLead:
      "The dates in the items' recommendations, decisions and case texts (bootcamps, phases before and after the summer holidays), a track per agenda item.",
    related: "Other documents on the page",
  },
} as const;

const filterKeys = ["committee", "outcome", "year"] as const;

/** The process plan inside the seed's minutes: computed once, the seed never changes. */
const processPlan = extractPlan(meetingsLejre2017);

/**
 * Lejre's minutes of 2017: the committee paper's buttons (Word, PDF, print of the meetings and their
 * items), the meeting calendar as wheel and timeline, the decision log, the process plan.
 */
export function MeetingsPage({ state, update, locale }: MeetingsPageProps) {
  const text = words[locale];
  const document = meetingsLejre2017;
  const columnFilters: NonNullable<DecisionLogProps["columnFilters"]> = filterKeys.flatMap((id) => {
    const value = state[id];
    return value ? [{ id, value }] : [];
  });
  const select = (id: string | null) => update({ meeting: id });
  return (
    <>
      <PageCrash when={state.crash === "page"} />
      <h2>{text.title}</h2>
      <p>{text.lead}</p>
      <div className="demo-controls">
        <PaperButtons document={document} fileName={paperFileName(document)} labels={texts[locale].paper} />
      </div>
      <section aria-labelledby="meetings-calendar">
        <h3 id="meetings-calendar">{text.calendar}</h3>
        <Widget crashable>
          <MeetingCalendar
            document={document}
            caption={text.wheel}
            view="wheel"
            hideViewSwitch
            selectedId={state.meeting}
            onSelectionChange={select}
          />
        </Widget>
        <Widget>
          <MeetingCalendar
            document={document}
            caption={text.timeline}
            view="timeline"
            hideViewSwitch
            selectedId={state.meeting}
            onSelectionChange={select}
          />
        </Widget>
      </section>
      <section aria-labelledby="meetings-decisions">
        <h3 id="meetings-decisions">{text.decisions}</h3>
        <Widget>
          <DecisionLog
            document={document}
            globalFilter={state.dq}
            onGlobalFilterChange={(value) => update({ dq: value })}
            columnFilters={columnFilters}
            onColumnFiltersChange={(filters) =>
              update(
                Object.fromEntries(
                  filterKeys.map((key) => {
                    const value = filters.find((filter) => filter.id === key)?.value;
                    return [key, value === undefined || value === "" ? null : String(value)];
                  }),
                ),
              )
            }
          />
        </Widget>
      </section>
      <section aria-labelledby="meetings-process">
        <h3 id="meetings-process">{text.processPlan}</h3>
        <p>{text.processLead}</p>
        <Widget>
          <Timeline document={processPlan} defaultLaneBy="track" today={null} />
        </Widget>
      </section>
      {document.relatedDocuments.length > 0 && (
        <section aria-labelledby="meetings-related">
          <h3 id="meetings-related">{text.related}</h3>
          <ul>
            {document.relatedDocuments.map((related) => (
              <li key={`${related.title}-${related.date ?? ""}`}>
                {related.title} ({related.kind}
                {related.date ? `, ${related.date}` : ""})
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
