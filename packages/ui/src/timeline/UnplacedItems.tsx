import type { UnplacedItem } from "../plan/layout";

export interface UnplacedItemsProps {
  /** `ongoing`: bands across the chart; `undated`: a list of chips below it. */
  kind: "ongoing" | "undated";
  items: readonly UnplacedItem[];
  /** The heading of the undated list, or the word before each ongoing band. */
  label: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Activities without a place on the axis, never dropped: ongoing work as bands, undated as chips. */
export function UnplacedItems({ kind, items, label, selectedId, onSelect }: UnplacedItemsProps) {
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
