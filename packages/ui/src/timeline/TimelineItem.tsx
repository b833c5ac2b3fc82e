import { type Locale, type Status, statusLabel } from "@milepael/core/lite";
import { type KeyboardEvent, memo } from "react";
import { dataLang } from "../internal/dataLang";
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
  /** Where the name is drawn: in the bar, or beside the bar or diamond (room kept by the packing). */
  labelSide: "inside" | "beside";
  /** The label's widest box in pixels; longer names end in "…", the tooltip has them whole. */
  labelMaxWidth: number;
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
  labelSide,
  labelMaxWidth,
  detailsId,
  onActivate,
  onItemKeyDown,
}: TimelineItemProps) {
  // The plan's own words are Danish; an English page says so to screen readers and hyphenation.
  const lang = dataLang(locale);
  const span = Math.max(7, rangeEnd - rangeStart);
  const statusText = status ? statusLabel(status, "milestone", locale) : undefined;
  const start = Math.max(item.start, rangeStart);
  // An either-or date's name goes inside its widest alternative, when it goes inside.
  const widest = item.segments.reduce(
    (best, segment, index, all) =>
      segment.end - segment.start > (all[best]?.end ?? 0) - (all[best]?.start ?? 0) ? index : best,
    0,
  );
  const label = (
    <span
      className="mp-Timeline-label"
      aria-hidden="true"
      lang={lang}
      style={labelSide === "beside" ? { maxWidth: labelMaxWidth } : undefined}
    >
      {status && (
        <>
          <Smiley status={status} size="sm" locale={locale} />{" "}
        </>
      )}
      {item.title}
    </span>
  );
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
      data-label={labelSide}
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
        item.segments.map((segment, index) => (
          <span
            key={segment.start}
            className="mp-Timeline-segment"
            style={{
              left: percent((segment.start - item.start) / (item.end - item.start)),
              width: percent((segment.end - segment.start) / (item.end - item.start)),
            }}
          >
            {labelSide === "inside" && index === widest && label}
          </span>
        ))}
      {!(item.eitherOr && labelSide === "inside") && label}
      <span className="mp-Timeline-tip" aria-hidden="true">
        <span lang={lang}>{item.title}</span>
        {item.when ? `, ${item.when}` : ""}
        {statusText ? ` · ${statusText.name}` : ""}
      </span>
    </button>
  );
});
