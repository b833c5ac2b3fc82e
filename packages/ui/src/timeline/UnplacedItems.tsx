import { type KeyboardEvent, useRef, useState } from "react";
import { dataLang } from "../internal/dataLang";
import { useRovingFocus } from "../internal/useRovingFocus";
import { useVirtualRows } from "../internal/useVirtualRows";
import type { UnplacedItem } from "../plan/layout";
import type { TimelineModel } from "./useTimeline";

export interface UnplacedItemsProps {
  /** `ongoing`: bands across the chart; `undated`: a list of chips below it. */
  kind: "ongoing" | "undated";
  timeline: Pick<
    TimelineModel,
    "ongoing" | "undated" | "text" | "selectedId" | "select" | "locale" | "rootRef"
  >;
}

/** Up to this many ongoing activities are drawn as bands; more are summed up in one band. */
const ongoingBandsUpTo = 3;
/** Bands drawn at most at once in an opened summary: the rest are drawn as they scroll in. */
const ongoingVirtualAbove = 30;
const bandHeight = 30;

/** Activities without a place on the axis, never dropped: ongoing work as bands, undated as chips. */
export function UnplacedItems({ kind, timeline }: UnplacedItemsProps) {
  const { selectedId, select: onSelect } = timeline;
  const items = timeline[kind];
  const label = timeline.text[kind];
  const lang = dataLang(timeline.locale);
  if (items.length === 0) return null;
  const lane = (item: UnplacedItem) =>
    item.lane && (
      <span className="mp-Timeline-count" lang={lang}>
        {" "}
        · {item.lane}
      </span>
    );
  if (kind === "ongoing") {
    if (items.length > ongoingBandsUpTo) return <OngoingSummary timeline={timeline} />;
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
            {label}: <span lang={lang}>{item.title}</span>
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
              className="mp-Button mp-Timeline-chip"
              aria-pressed={selectedId === item.id}
              onClick={() => onSelect(item.id)}
            >
              <span lang={lang}>{item.title}</span>
              {lane(item)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Many ongoing activities as one band ("87 løbende aktiviteter") that opens into a list of
 * bands, drawn only as they scroll into view; one tab stop, the arrow keys go through all.
 */
function OngoingSummary({ timeline }: Pick<UnplacedItemsProps, "timeline">) {
  const { selectedId, select: onSelect, text } = timeline;
  const items = timeline.ongoing;
  const lang = dataLang(timeline.locale);
  const [open, setOpen] = useState(false);
  const listId = `mp-ongoing-${items[0]?.id ?? ""}`;
  const virtual = useVirtualRows<HTMLDivElement>({
    count: open ? items.length : 0,
    threshold: ongoingVirtualAbove,
    estimateSize: bandHeight,
  });
  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  const roving = useRovingFocus<string>({
    tabbable: virtual.indices.flatMap((index) => items[index]?.id ?? []),
    move: (id, key) => {
      const index = indexOf.get(id) ?? 0;
      const target = (() => {
        switch (key) {
          case "ArrowDown":
          case "ArrowRight":
            return items[index + 1];
          case "ArrowUp":
          case "ArrowLeft":
            return items[index - 1];
          case "Home":
            return items[0];
          case "End":
            return items.at(-1);
          default:
            return undefined;
        }
      })();
      if (key === "ArrowDown" || key === "ArrowUp" || key === "ArrowRight" || key === "ArrowLeft") {
        return target?.id ?? null;
      }
      return target?.id;
    },
    getElement: (id) =>
      virtual.scrollRef.current?.querySelector<HTMLElement>(`[data-ongoing-id="${CSS.escape(id)}"]`),
    onMove: (id) => virtual.scrollToIndex(indexOf.get(id) ?? 0),
  });
  const selectedInside = selectedId !== null && indexOf.has(selectedId);
  const summaryRef = useRef<HTMLButtonElement>(null);
  // Escape closes the list and hands the focus back to its band; details opened from the list
  // close first (the timeline's own Escape).
  const closeOnEscape = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || timeline.rootRef.current?.querySelector(".mp-ActivityDetails")) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    summaryRef.current?.focus();
  };
  return (
    <div className="mp-Timeline-ongoing">
      <button
        ref={summaryRef}
        type="button"
        className="mp-Timeline-band"
        data-ongoing=""
        data-summary=""
        data-selected={selectedInside && !open ? "" : undefined}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen(!open)}
      >
        {text.ongoingSummary(items.length)}
      </button>
      {open && (
        // biome-ignore lint/a11y/useSemanticElements: a named group of toggle buttons; a fieldset would bring a form's semantics and styling.
        <div
          id={listId}
          className="mp-Timeline-ongoingList"
          ref={virtual.scrollRef}
          role="group"
          aria-label={text.ongoingSummary(items.length)}
          onKeyDown={closeOnEscape}
        >
          {virtual.paddingTop > 0 && <div style={{ height: virtual.paddingTop }} />}
          {virtual.indices.map((index) => {
            const item = items[index];
            if (!item) return null;
            return (
              <button
                key={item.id}
                type="button"
                className="mp-Timeline-band"
                data-ongoing=""
                data-ongoing-id={item.id}
                data-index={index}
                ref={virtual.measureElement}
                data-selected={selectedId === item.id ? "" : undefined}
                aria-pressed={selectedId === item.id}
                {...roving.getItemProps(item.id)}
                onClick={() => {
                  roving.setActive(item.id);
                  onSelect(item.id);
                }}
              >
                {text.ongoing}: <span lang={lang}>{item.title}</span>
                {item.lane && (
                  <span className="mp-Timeline-count" lang={lang}>
                    {" "}
                    · {item.lane}
                  </span>
                )}
              </button>
            );
          })}
          {virtual.paddingBottom > 0 && <div style={{ height: virtual.paddingBottom }} />}
        </div>
      )}
    </div>
  );
}
