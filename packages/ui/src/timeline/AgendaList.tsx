import { type Locale, monthName, type PlanDocument, toIsoDate } from "@milepael/core/lite";
import { useId, useMemo } from "react";
import { classNames } from "../internal/classNames";
import { dataLang } from "../internal/dataLang";
import { useLocaleWords } from "../locale/LocaleProvider";
import { planMessages } from "../locale/messages/plan";
import type { LaneField } from "../plan/layout";
import { prepareTimeline } from "../plan/prepareTimeline";

export interface AgendaListProps {
  document: PlanDocument;
  /** Shown beside each activity. Default `theme`. */
  laneBy?: LaneField;
  /** Called with an activity's id when a reader picks it. */
  onSelect?: (id: string) => void;
  selectedId?: string | null;
  locale?: Locale;
  className?: string;
}

/**
 * A plan as a list grouped by month, in date order, with ongoing and undated activities last:
 * the timeline for narrow screens, and its accessible alternative.
 */
export function AgendaList({
  document,
  laneBy = "theme",
  onSelect,
  selectedId,
  locale,
  className,
}: AgendaListProps) {
  const [activeLocale, text] = useLocaleWords(planMessages, locale);
  const lang = dataLang(activeLocale);
  // A list needs no rows: the zoom-independent half of the layout is all it uses.
  const layout = useMemo(
    () => prepareTimeline(document, { laneBy, locale: activeLocale, noLane: "" }),
    [document, laneBy, activeLocale],
  );
  const months = useMemo(() => {
    const groups = new Map<string, typeof layout.items>();
    for (const item of [...layout.items].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const key = toIsoDate(item.start).slice(0, 7);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return [...groups];
  }, [layout]);
  const monthTitle = (key: string) =>
    `${monthName(Number(key.slice(5, 7)), activeLocale)} ${key.slice(0, 4)}`;
  const prefix = useId();
  const entry = ({ id, title, when, lane }: { id: string; title: string; when: string; lane: string }) => (
    <li key={id} data-selected={selectedId === id ? "" : undefined}>
      <span className="mp-AgendaList-when">{when}</span>
      {onSelect ? (
        <button
          type="button"
          className="mp-AgendaList-title"
          aria-pressed={selectedId === id}
          onClick={() => onSelect(id)}
          lang={lang}
        >
          {title}
        </button>
      ) : (
        <span className="mp-AgendaList-title" lang={lang}>
          {title}
        </span>
      )}
      {lane && (
        <span className="mp-AgendaList-lane" lang={lang}>
          {lane}
        </span>
      )}
    </li>
  );
  const ongoing = layout.unplaced.filter((item) => item.ongoing);
  const undated = layout.unplaced.filter((item) => !item.ongoing);
  return (
    <div className={classNames("mp-AgendaList", className)}>
      {months.map(([key, items]) => (
        <section key={key} aria-labelledby={`${prefix}-${key}`}>
          <h4 id={`${prefix}-${key}`}>{monthTitle(key)}</h4>
          <ul>{items.map((item) => entry(item))}</ul>
        </section>
      ))}
      {ongoing.length > 0 && (
        <section>
          <h4>{text.ongoing}</h4>
          <ul>{ongoing.map((item) => entry(item))}</ul>
        </section>
      )}
      {undated.length > 0 && (
        <section>
          <h4>{text.undated}</h4>
          <ul>{undated.map((item) => entry(item))}</ul>
        </section>
      )}
    </div>
  );
}
