import { isoDayNumber, type Locale, type PlanDocument } from "@milepael/core/lite";
import { type KeyboardEvent, useLayoutEffect, useMemo, useRef } from "react";
import { useControllableState } from "../internal/useControllableState";
import { useElementWidth } from "../internal/useElementWidth";
import { useRovingFocus } from "../internal/useRovingFocus";
import { useStableCallback } from "../internal/useStableCallback";
import { useVirtualRows } from "../internal/useVirtualRows";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { type LaneField, layoutTimeline, planExtent, rowKey, type TimelineItem } from "../plan/layout";
import { axisTicks, tickUnitFor } from "./geometry";
import { nearestInRow, timelineRows } from "./timelineRows";
import { type DateRange, useTimelineRange } from "./useTimelineRange";

// useLayoutEffect warns on the server; there nothing has focus anyway.
const useIsomorphicLayoutEffect = typeof window === "undefined" ? () => {} : useLayoutEffect;

export type TimelineView = "timeline" | "agenda";

/** The state of a timeline, each slice controlled (`value`) or uncontrolled (`defaultValue`). */
export interface TimelineState {
  /** Which field makes the lanes. Default `theme`. */
  laneBy?: LaneField;
  defaultLaneBy?: LaneField;
  onLaneByChange?: (laneBy: LaneField) => void;
  /** The visible span; default the whole plan. */
  range?: DateRange;
  defaultRange?: DateRange;
  onRangeChange?: (range: DateRange) => void;
  /** The selected activity's id. */
  selectedId?: string | null;
  defaultSelectedId?: string | null;
  onSelectionChange?: (id: string | null) => void;
  /** `timeline` or `agenda` (the list); default the timeline, or the list under 600 px. */
  view?: TimelineView;
  defaultView?: TimelineView;
  onViewChange?: (view: TimelineView) => void;
}

export interface UseTimelineOptions extends TimelineState {
  /** Where the today marker stands, `YYYY-MM-DD`; default today's date, `null` for none. */
  today?: string | null | undefined;
  /** Rows are virtualised above this many. Default 60. */
  virtualizeAbove?: number | undefined;
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale | undefined;
}

const rowHeight = 36;

function fitRange(extent: { start: number; end: number } | null, today: number) {
  if (extent === null) return { start: today - 30, end: today + 30 };
  const margin = Math.max(3, Math.round((extent.end - extent.start) * 0.03));
  return { start: extent.start - margin, end: extent.end + margin };
}

/**
 * Everything a timeline's markup needs, without the markup: the plan laid out in lanes and rows,
 * the visible span with zoom, pan, drag and wheel, the axis ticks, selection, the list-or-chart
 * view, virtual rows and one tab stop moved by arrow keys. `Timeline` is one view on it; bring
 * your own with the prop bundles (`rootProps`, `viewportProps`, `itemProps`).
 *
 * @example
 * const timeline = useTimeline(plan, { today: "2017-05-01" });
 * <div ref={timeline.rootRef} onKeyDown={timeline.onKeyDown}>
 *   {timeline.layout.items.filter(timeline.visible).map((item) => (
 *     <button key={item.id} data-item-id={item.id} {...timeline.itemProps(item.id)}>{item.name}</button>
 *   ))}
 * </div>
 */
export function useTimeline(document: PlanDocument, options: UseTimelineOptions = {}) {
  const locale = useLocale(options.locale);
  const text = messages(locale);
  const [laneBy, setLaneBy] = useControllableState(
    options.laneBy,
    options.defaultLaneBy ?? "theme",
    options.onLaneByChange,
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(rootRef);
  const width = measured === undefined ? 1000 : Math.max(200, measured);
  const today =
    options.today === null ? null : isoDayNumber(options.today ?? new Date().toISOString().slice(0, 10));
  const extent = useMemo(() => planExtent(document), [document]);
  const zoomPan = useTimelineRange({
    range: options.range,
    defaultRange: options.defaultRange,
    onRangeChange: options.onRangeChange,
    fit: fitRange(extent, today ?? isoDayNumber("2000-01-01")),
  });
  const { range, span } = zoomPan;
  // Labels of single days take room in days, which depends on the zoom: rows are re-packed when
  // the visible span or the width changes.
  const layout = useMemo(
    () =>
      layoutTimeline(document, {
        laneBy,
        locale,
        noLane: text.noLane,
        labelDays: (title) => ((Math.min(title.length, 40) * 6.6 + 28) / width) * span,
      }),
    [document, laneBy, locale, text.noLane, width, span],
  );
  const rows = useMemo(() => timelineRows(layout), [layout]);
  const byId = useMemo(() => new Map(layout.items.map((item) => [item.id, item])), [layout]);

  const [selectedId, setSelectedId] = useControllableState(
    options.selectedId,
    options.defaultSelectedId ?? null,
    options.onSelectionChange,
  );
  // Until a view is given or chosen, it follows the measured width: the list under 600 px.
  const [chosenView, setView] = useControllableState<TimelineView | undefined>(
    options.view,
    options.defaultView,
    options.onViewChange as ((view: TimelineView | undefined) => void) | undefined,
  );
  const currentView = chosenView ?? (measured !== undefined && measured < 600 ? "agenda" : "timeline");

  const virtual = useVirtualRows<HTMLDivElement>({
    count: rows.rows.length,
    threshold: options.virtualizeAbove ?? 60,
    estimateSize: rowHeight,
  });
  const visible = (item: TimelineItem) => item.end > range.start && item.start < range.end;
  const drawnRows = new Set(virtual.indices);
  const drawn = (item: TimelineItem) =>
    visible(item) && drawnRows.has(rows.rowIndexOf.get(rowKey(item.lane, item.row)) ?? -1);
  const roving = useRovingFocus<string>({
    tabbable: rows.order.filter(drawn).map((item) => item.id),
    move: (id, key) => {
      const item = byId.get(id);
      if (!item) return undefined;
      const index = rows.order.indexOf(item);
      const target = (() => {
        switch (key) {
          case "ArrowRight":
            return rows.order[index + 1];
          case "ArrowLeft":
            return rows.order[index - 1];
          case "ArrowDown":
            return nearestInRow(rows, item, 1);
          case "ArrowUp":
            return nearestInRow(rows, item, -1);
          case "Home":
            return rows.order[0];
          case "End":
            return rows.order.at(-1);
          default:
            return null;
        }
      })();
      return target === null ? undefined : (target?.id ?? null);
    },
    getElement: (id) => rootRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`),
    onMove: (id) => {
      const item = byId.get(id);
      if (!item) return;
      zoomPan.reveal(item.start, item.end);
      const rowIndex = rows.rowIndexOf.get(rowKey(item.lane, item.row));
      if (rowIndex !== undefined) virtual.scrollToIndex(rowIndex);
    },
  });

  // A zoom re-packs the rows; an activity that moves to another row is drawn anew, so the focus
  // is put back on it once the new layout is in the page.
  const keepFocusOn = useRef<string | null>(null);
  useIsomorphicLayoutEffect(() => {
    const id = keepFocusOn.current;
    if (id === null) return;
    keepFocusOn.current = null;
    const element = rootRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
    if (element && element !== element.ownerDocument.activeElement) element.focus({ preventScroll: true });
  });

  /** Zoom keys on the whole widget: + and − around the focused activity, 0 for the whole plan. */
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    // Zoom around the focused activity, so that it stays in view and keeps the focus.
    const focused = byId.get((event.target as HTMLElement).dataset?.itemId ?? "");
    keepFocusOn.current = focused?.id ?? null;
    const anchor = focused
      ? Math.min(1, Math.max(0, ((focused.start + focused.end) / 2 - range.start) / span))
      : 0.5;
    if (event.key === "+" || event.key === "=") zoomPan.zoom(1 / 1.5, anchor);
    else if (event.key === "-" || event.key === "−") zoomPan.zoom(1.5, anchor);
    else if (event.key === "0") zoomPan.fitAll();
    else return;
    event.preventDefault();
  };
  /** Selects an activity, or clears the selection when it is selected already. Stable. */
  const select = useStableCallback((id: string) => setSelectedId(selectedId === id ? null : id));
  /** A click on a drawn activity: it takes the tab stop and toggles its selection. Stable. */
  const activate = useStableCallback((id: string) => {
    roving.setActive(id);
    select(id);
  });
  const unit = tickUnitFor(span);
  return {
    locale,
    text,
    rootRef,
    onKeyDown,
    layout,
    ...rows,
    laneBy,
    setLaneBy,
    view: currentView,
    setView,
    ...zoomPan,
    unit,
    ticks: axisTicks(range.start, range.end, unit, locale),
    today,
    visible,
    selectedId,
    setSelectedId,
    select,
    activate,
    selected:
      layout.items.find((item) => item.id === selectedId) ??
      layout.unplaced.find((item) => item.id === selectedId),
    ongoing: layout.unplaced.filter((item) => item.ongoing),
    undated: layout.unplaced.filter((item) => !item.ongoing),
    virtual,
    roving,
    /** The props of a drawn activity: its tab stop and arrow keys. */
    itemProps: roving.getItemProps,
  };
}

export type TimelineModel = ReturnType<typeof useTimeline>;
