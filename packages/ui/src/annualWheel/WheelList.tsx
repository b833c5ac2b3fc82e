import type { TimelineItem } from "../plan/layout";
import { wheelColour } from "./wheelColour";

export interface WheelListProps {
  /** The year's activities in the year's order. */
  items: readonly TimelineItem[];
  lanes: readonly string[];
  label: string;
  noLane: string;
  lang: "da" | undefined;
  selectedId: string | null;
  /** Stable: a click on an activity selects it (or clears the selection). */
  onSelect: (id: string) => void;
}

/**
 * The wheel as a list, where it is too narrow for text of 11 px: each lane (ring) with its
 * activities in the year's order, date first, each a button that selects it as its arc does.
 */
export function WheelList({ items, lanes, label, noLane, lang, selectedId, onSelect }: WheelListProps) {
  const byLane = new Map<string, TimelineItem[]>(lanes.map((lane) => [lane, []]));
  for (const item of items) byLane.get(item.lane)?.push(item);
  return (
    <ul className="mp-AnnualWheel-list" aria-label={label}>
      {lanes.map((lane, index) => (
        <li key={lane} {...wheelColour(index)}>
          <span className="mp-AnnualWheel-listLane" lang={lang}>
            <svg className="mp-AnnualWheel-swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect width={16} height={16} />
            </svg>
            {lane || noLane}
          </span>
          <ol>
            {(byLane.get(lane) ?? []).map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="mp-AnnualWheel-listItem"
                  data-item-id={item.id}
                  aria-pressed={selectedId === item.id}
                  onClick={() => onSelect(item.id)}
                >
                  <span lang={lang}>{item.title}</span>
                  {item.when && <span className="mp-AnnualWheel-listWhen">, {item.when}</span>}
                </button>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
