import type { Activity, Locale } from "@milepael/core/lite";
import { useEffect, useRef } from "react";
import { dataLang } from "../internal/dataLang";
import { FactList } from "../internal/FactList";
import { planMessages } from "../locale/messages/plan";
import { RichText } from "../richText/RichText";

export interface ActivityDetailsProps {
  activity: Activity;
  /** The date in words. */
  when: string;
  lane?: string;
  locale: Locale;
  /** Closes the panel: its button, and Escape anywhere inside it. */
  onClose?: () => void;
  id?: string;
  /** Move the focus into the panel when it opens or shows another activity (opened by keyboard). */
  focusOnOpen?: boolean;
}

/** An activity's details: what the timeline and the wheel show for the selected item. */
export function ActivityDetails({ activity, when, locale, onClose, id, focusOnOpen }: ActivityDetailsProps) {
  const text = planMessages(locale);
  const root = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when another activity is shown.
  useEffect(() => {
    if (focusOnOpen) root.current?.focus();
  }, [focusOnOpen, activity.id]);
  // The document's own words are Danish: marked so on an English page (WCAG 3.1.2). The date in
  // words follows the locale; its source expression beside it is Danish.
  const lang = dataLang(locale);
  const source = activity.date.text && activity.date.text !== when ? activity.date.text : "";
  const date = (
    <>
      {when}
      {when && source ? " " : ""}
      {source && <span lang={lang}>({source})</span>}
    </>
  );
  const facts = [
    [text.date, when || source ? date : undefined] as const,
    ...(["theme", "participants", "responsible"] as const).map(
      (field) => [text.laneNames[field], activity[field] || undefined, lang] as const,
    ),
  ];
  return (
    <section
      ref={root}
      className="mp-ActivityDetails"
      id={id}
      aria-label={activity.title || activity.id}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !onClose) return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <div className="mp-ActivityDetails-head">
        <h4 lang={lang}>{activity.title || activity.theme || activity.id}</h4>
        {onClose && (
          <button type="button" className="mp-Button" onClick={onClose}>
            {text.closeDetails}
          </button>
        )}
      </div>
      <FactList facts={facts} />
      {activity.description && (
        <div lang={lang}>
          <RichText html={activity.description} />
        </div>
      )}
    </section>
  );
}
