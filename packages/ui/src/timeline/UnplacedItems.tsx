import type { UnplacedItem } from "../plan/layout";
import type { TimelineModel } from "./useTimeline";

export interface UnplacedItemsProps {
  /** `ongoing`: bands across the chart; `undated`: a list of chips below it. */
  kind: "ongoing" | "undated";
  timeline: Pick<TimelineModel, "ongoing" | "undated" | "text" | "selectedId" | "select">;
}

/** Activities without a place on the axis, never dropped: ongoing work as bands, undated as chips. */
export function UnplacedItems({ kind, timeline }: UnplacedItemsProps) {
  const { selectedId, select: onSelect } = timeline;
  const items = timeline[kind];
  const label = timeline.text[kind];
  if (items.length === 0) return null;
  const lane = (item: UnplacedItem) => item.lane && <span className="mp-Timeline-count"> · {item.lane}</span>;
  if (kind === "ongoing") {
    return (
      <div className="mp-Timeline-ongoing">
        {items.map((item) => (
          <button
            key={item.id}
            type="button"
            className="mp-Timeline-band"
            data-ongoing=""
            data-selected={selectedId === item.id ? "" : undefined}
            aria-pressed={selectedId === item.id}
            onClick={() => onSelect(item.id)}
          >
            {label}: {item.title}
            {lane(item)}
          </button>
        ))}
      </div>
    );
  }
  return (
    <div className="mp-Timeline-unplaced">
      <h4>{label}</h4>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="mp-Timeline-chip"
              aria-pressed={selectedId === item.id}
              onClick={() => onSelect(item.id)}
            >
              {item.title}
              {lane(item)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
