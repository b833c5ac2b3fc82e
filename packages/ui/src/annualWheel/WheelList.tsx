import type { TimelineItem } from "../plan/layout";

export interface WheelListProps {
  /** The year's activities in the year's order. */
  items: readonly TimelineItem[];
  lanes: readonly string[];
  label: string;
  noLane: string;
  lang: "da" | undefined;
}

/**
 * The wheel as a list, where it is too narrow for text of 11 px: each lane (ring) with its
 * activities in the year's order, date first.
 */
export function WheelList({ items, lanes, label, noLane, lang }: WheelListProps) {
  const byLane = new Map<string, TimelineItem[]>(lanes.map((lane) => [lane, []]));
  for (const item of items) byLane.get(item.lane)?.push(item);
  return (
    <ul className="mp-AnnualWheel-list" aria-label={label}>
      {lanes.map((lane, index) => (
        <li key={lane} data-colour={index % 8}>
          <span className="mp-AnnualWheel-listLane" lang={lang}>
            <svg className="mp-AnnualWheel-swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect width={16} height={16} />
            </svg>
            {lane || noLane}
          </span>
          <ol>
            {(byLane.get(lane) ?? []).map((item) => (
              <li key={item.id}>
                <span className="mp-AnnualWheel-listWhen">{item.when}</span>{" "}
                <span lang={lang}>{item.title}</span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
