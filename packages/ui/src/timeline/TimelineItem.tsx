import { type Locale, type Status, statusLabel } from "@milepael/core/lite";
import { type KeyboardEvent, memo } from "react";
import type { TimelineItem as Item } from "../plan/layout";
import { Smiley } from "../smiley/Smiley";

export interface TimelineItemProps {
  item: Item;
  /** The visible span, day numbers, end exclusive. */
  rangeStart: number;
  rangeEnd: number;
  selected: boolean;
  tabIndex: 0 | -1;
  status?: Status | undefined;
  locale: Locale;
  /** The id of the details panel this item opens. */
  detailsId: string;
  /** Stable: the item's click. */
  onActivate: (id: string) => void;
  /** Stable: a key on the item. */
  onItemKeyDown: (event: KeyboardEvent<Element>, id: string) => void;
}

const percent = (fraction: number) => `${fraction * 100}%`;

/**
 * An activity on the axis: a bar over its interval (soft or hatched where the date is vague, one
 * segment per alternative of an either-or date) or a diamond for a single day, with its smiley.
 * Memoised: zooming redraws only the items whose place changed.
 */
export const TimelineItem = memo(function TimelineItem({
  item,
  rangeStart,
  rangeEnd,
  selected,
  tabIndex,
  status,
  locale,
  detailsId,
  onActivate,
  onItemKeyDown,
}: TimelineItemProps) {
  const span = Math.max(7, rangeEnd - rangeStart);
  const statusText = status ? statusLabel(status, "milestone", locale) : undefined;
  const start = Math.max(item.start, rangeStart);
  return (
    <button
      type="button"
      className="mp-Timeline-item"
      data-item-id={item.id}
      data-precision={item.precision ?? undefined}
      data-approximate={item.approximate ? "" : undefined}
      data-either-or={item.eitherOr ? "" : undefined}
      data-point={item.point ? "" : undefined}
      data-selected={selected ? "" : undefined}
      data-clipped-start={item.start < rangeStart ? "" : undefined}
      data-clipped-end={item.end > rangeEnd ? "" : undefined}
      style={{
        left: percent((start - rangeStart) / span),
        // A single day is a diamond of fixed size (CSS); everything else spans its interval.
        width: item.point ? undefined : percent((Math.min(item.end, rangeEnd) - start) / span),
      }}
      aria-label={statusText ? `${item.name}, ${statusText.name}: ${statusText.meaning}` : item.name}
      data-status={status}
      aria-pressed={selected}
      aria-controls={selected && detailsId ? detailsId : undefined}
      tabIndex={tabIndex}
      onClick={() => onActivate(item.id)}
      onKeyDown={(event) => onItemKeyDown(event, item.id)}
    >
      {item.eitherOr &&
        item.segments.map((segment) => (
          <span
            key={segment.start}
            className="mp-Timeline-segment"
            style={{
              left: percent((segment.start - item.start) / (item.end - item.start)),
              width: percent((segment.end - segment.start) / (item.end - item.start)),
            }}
          />
        ))}
      <span className="mp-Timeline-label" aria-hidden="true">
        {status && <Smiley status={status} size="sm" locale={locale} />} {item.title}
      </span>
      <span className="mp-Timeline-tip" aria-hidden="true">
        {item.name}
        {statusText ? ` · ${statusText.name}` : ""}
      </span>
    </button>
  );
});
