import type { Locale, MeetingsDocument } from "@milepael/core/lite";
import { useMemo } from "react";
import { AnnualWheel } from "../annualWheel/AnnualWheel";
import { classNames } from "../internal/classNames";
import { tablePart } from "../internal/DataTableParts";
import { SelectField } from "../internal/SelectField";
import { useControllableState } from "../internal/useControllableState";
import type { ViewState } from "../internal/viewState";
import { useLocaleWords } from "../locale/LocaleProvider";
import type { SelectionState } from "../plan/selection";
import { Timeline } from "../timeline/Timeline";
import { committees } from "./committees";
import { meetingCalendarPlan } from "./meetingCalendarPlan";
import { meetingMessages } from "./messages";

/** How the calendar draws the meetings: `wheel` (the annual wheel, the default) or `timeline`. */
export type MeetingCalendarView = "wheel" | "timeline";
export const meetingCalendarViews: readonly MeetingCalendarView[] = ["wheel", "timeline"];

export interface MeetingCalendarProps extends SelectionState, ViewState<MeetingCalendarView> {
  /** The minutes and agendas whose meetings to show. */
  document: MeetingsDocument;
  /** The wheel's year; default the year most meetings are in. */
  year?: number;
  defaultYear?: number;
  onYearChange?: (year: number) => void;
  /** The month at the top of the wheel, 1–12 (8 for a school year). */
  startMonth?: number;
  /** The today hand and marker, `YYYY-MM-DD`; default today's date, `null` for none. */
  today?: string | null;
  /** Hides the choice between wheel and timeline (a host that shows one of them). */
  hideViewSwitch?: boolean;
  caption?: string;
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale;
  className?: string;
}

/**
 * The political meeting calendar: every meeting of a minutes or agenda document as a dot on the
 * annual wheel or the timeline, a ring or lane per committee (spellings of one committee share
 * it, and the calendar says so), the meeting's items and decisions in its details. An adapter:
 * the drawing, keyboard and tables are the AnnualWheel's and the Timeline's.
 */
export function MeetingCalendar({
  document,
  view: viewProp,
  defaultView = "wheel",
  onViewChange,
  selectedId,
  defaultSelectedId = null,
  onSelectionChange,
  year,
  defaultYear,
  onYearChange,
  startMonth,
  today,
  hideViewSwitch = false,
  caption,
  locale,
  className,
}: MeetingCalendarProps) {
  const [activeLocale, text] = useLocaleWords(meetingMessages, locale);
  const [view, setView] = useControllableState(viewProp, defaultView, onViewChange);
  const [selected, setSelected] = useControllableState(selectedId, defaultSelectedId, onSelectionChange);
  const plan = useMemo(() => meetingCalendarPlan(document), [document]);
  const merged = useMemo(
    () => committees(document).list.filter((committee) => committee.spellings.length > 1),
    [document],
  );
  const title = caption ?? document.metadata.title;
  const selection = { selectedId: selected, onSelectionChange: setSelected };
  return (
    // Not a landmark of its own: the wheel or timeline inside carries the name.
    <div className={classNames("mp-DataTable-frame mp-MeetingCalendar", className)} data-view={view}>
      <div className={tablePart("MeetingCalendar", "toolbar")}>
        {!hideViewSwitch && (
          <SelectField
            label={text.view}
            value={view}
            onChange={(value) => setView(value === "timeline" ? "timeline" : "wheel")}
            options={meetingCalendarViews.map((value) => ({ value, label: text.views[value] }))}
          />
        )}
        <p className={tablePart("MeetingCalendar", "note")} role="status">
          {document.meetings.length === 0 ? text.noMeetings : text.meetingsCount(document.meetings.length)}
        </p>
      </div>
      {merged.map((committee) => (
        <p key={committee.key} className={tablePart("MeetingCalendar", "note")}>
          {text.sameCommittee(
            committee.label,
            committee.spellings
              .slice(1)
              .map((spelling) => `«${spelling}»`)
              .join(` ${text.or} `),
          )}
        </p>
      ))}
      {document.meetings.length === 0 ? null : view === "timeline" ? (
        <Timeline
          document={plan}
          caption={title}
          laneBy="theme"
          locale={activeLocale}
          {...(today !== undefined ? { today } : {})}
          {...selection}
        />
      ) : (
        <AnnualWheel
          document={plan}
          caption={title}
          laneBy="theme"
          locale={activeLocale}
          year={year}
          defaultYear={defaultYear}
          onYearChange={onYearChange}
          startMonth={startMonth}
          today={today}
          {...selection}
        />
      )}
    </div>
  );
}
