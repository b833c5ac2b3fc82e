import type { Activity, Locale } from "@milepael/core/lite";
import { FactList } from "../internal/FactList";
import { messages } from "../locale/messages";
import { RichText } from "../richText/RichText";

export interface ActivityDetailsProps {
  activity: Activity;
  /** The date in words. */
  when: string;
  lane?: string;
  locale: Locale;
  onClose?: () => void;
  id?: string;
}

/** An activity's details: what the timeline and the wheel show for the selected item. */
export function ActivityDetails({ activity, when, locale, onClose, id }: ActivityDetailsProps) {
  const text = messages(locale);
  const facts: [string, string | undefined][] = [
    [
      text.date,
      [when, activity.date.text && activity.date.text !== when ? `(${activity.date.text})` : ""]
        .filter(Boolean)
        .join(" "),
    ],
    ...(["theme", "participants", "responsible"] as const).map((field): [string, string | undefined] => [
      text.laneNames[field],
      activity[field],
    ]),
  ];
  return (
    <section className="mp-ActivityDetails" id={id} aria-label={activity.title || activity.id}>
      <div className="mp-ActivityDetails-head">
        <h4>{activity.title || activity.theme || activity.id}</h4>
        {onClose && (
          <button type="button" className="mp-Button" onClick={onClose}>
            {text.closeDetails}
          </button>
        )}
      </div>
      <FactList facts={facts.map(([term, value]) => [term, value || undefined])} />
      {activity.description && <RichText html={activity.description} />}
    </section>
  );
}
