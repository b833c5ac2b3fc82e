import { isoDayNumber, type Locale, type PlanDocument, type Status } from "@milepael/core/lite";
import { type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useControllableState } from "../internal/useControllableState";
import { useElementWidth } from "../internal/useElementWidth";
import { useRovingFocus } from "../internal/useRovingFocus";
import { useStableCallback } from "../internal/useStableCallback";
import { useVirtualRows } from "../internal/useVirtualRows";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { type LaneField, rowKey, type TimelineItem, type TimelineLayout } from "../plan/layout";
import { packTimeline } from "../plan/packRows";
import { type PreparedTimeline, prepareTimeline } from "../plan/prepareTimeline";
import { fitTicks, tickUnitFor } from "./geometry";
import { labelFont, labelPlacement, labelWidths, type TimelineLabel } from "./labels";
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
  /** Activities that carry a smiley: their labels are that much wider. */
  statuses?: Readonly<Record<string, Status>> | undefined;
}

const rowHeight = 36;

/**
 * The span most of a plan's activities fall in: the shortest window holding 85 % of them, when it
 * is much shorter than the whole plan (a few activities far out would otherwise squeeze the rest
 * into a corner of the first view); else the whole plan. "Vis hele planen" shows all.
 */
function focusWindow(prepared: PreparedTimeline): { start: number; end: number } | null {
  const { items, order, extent } = prepared;
  const count = Math.ceil(items.length * 0.85);
  if (extent === null || items.length < 8) return extent;
  let best = extent;
  // Windows of `count` items by start; the latest end in each from a sliding-maximum queue.
  const queue: number[] = [];
  let head = 0;
  for (let last = 0; last < order.length; last += 1) {
    const end = items[order[last] ?? 0]?.end ?? 0;
    while (queue.length > head && (items[order[queue.at(-1) ?? 0] ?? 0]?.end ?? 0) <= end) queue.pop();
    queue.push(last);
    const first = last - count + 1;
    if (first < 0) continue;
    while ((queue[head] ?? 0) < first) head += 1;
    const start = items[order[first] ?? 0]?.start ?? 0;
    const windowEnd = items[order[queue[head] ?? 0] ?? 0]?.end ?? 0;
    if (windowEnd - start < best.end - best.start) best = { start, end: windowEnd };
  }
  return best.end - best.start < 0.6 * (extent.end - extent.start) ? best : extent;
}

/**
 * A span with a small margin, widened so that the labels drawn beside its last activities end
 * inside the view too (a label's width in days grows with the span).
 */
function fitRange(
  prepared: PreparedTimeline,
  window: { start: number; end: number } | null,
  today: number,
  width: number,
  labelPx: (index: number) => number,
) {
  if (window === null) return { start: today - 30, end: today + 30 };
  const margin = Math.max(3, Math.round((window.end - window.start) * 0.03));
  const start = window.start - margin;
  let span = window.end + margin - start;
  // Three rounds suffice: a wider span only turns more labels from inside their bars to beside them.
  for (let round = 0; round < 3; round += 1) {
    let needed = span;
    prepared.items.forEach((item, index) => {
      if (item.start < start || item.start >= start + span) return;
      const placement = labelPlacement(item, labelPx(index), width, span);
      if (placement.side === "inside" || placement.anchor > window.end) return;
      // The label ends inside the view: anchor + extraPx / width * S <= start + S.
      const share = placement.extraPx / width;
      if (share < 0.6) needed = Math.max(needed, (placement.anchor - start) / (1 - share));
    });
    if (needed <= span) break;
    span = needed;
  }
  return { start, end: Math.ceil(start + span) };
}

/** The chart's border and a vertical scroll bar, which its content does not get. */
const chartInset = 20;

const subscribeToNothing = () => () => {};

/**
 * Whether the page's web fonts have loaded: `true` at once where they have (or nothing says),
 * `false` while one is loading and until it is done.
 */
function useFontsLoaded(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const fonts = typeof document === "undefined" ? undefined : document.fonts;
      fonts?.addEventListener?.("loadingdone", onChange);
      return () => fonts?.removeEventListener?.("loadingdone", onChange);
    },
    () => typeof document === "undefined" || document.fonts?.status !== "loading",
    () => true,
  );
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
  const observed = useElementWidth(rootRef);
  // In a browser the width is read before the first paint, so that rows are packed once, for
  // the real width (not for a guess and then again). While hydrating, and where nothing can be
  // measured (the server, jsdom), the first render packs for 1000 px like the server did.
  const canMeasure = useSyncExternalStore(
    subscribeToNothing,
    () => typeof ResizeObserver !== "undefined",
    () => false,
  );
  const [initialWidth, setInitialWidth] = useState<number | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    if (!canMeasure || rootRef.current === null) return;
    setInitialWidth((width) => width ?? rootRef.current?.getBoundingClientRect().width);
  }, [canMeasure]);
  const measured = observed ?? initialWidth;
  // The chart draws inside a border and beside a scroll bar: labels and ticks are fitted to that.
  const width = measured === undefined ? 1000 : Math.max(200, measured - chartInset);
  // Only a fresh client render waits for the width; a hydrated one keeps the server's rows meanwhile.
  const [waitForWidth] = useState(canMeasure);
  const unmeasured = waitForWidth && measured === undefined;
  const today =
    options.today === null ? null : isoDayNumber(options.today ?? new Date().toISOString().slice(0, 10));
  // Dates, names, lanes and the keyboard order do not depend on the zoom: once per plan.
  const prepared = useMemo(
    () => prepareTimeline(document, { laneBy, locale, noLane: text.noLane }),
    [document, laneBy, locale, text.noLane],
  );
  const statuses = options.statuses;
  // Label widths in pixels do not depend on the zoom either: measured once per plan and font,
  // and again once a web font that was still loading has arrived.
  const fontsLoaded = useFontsLoaded();
  // biome-ignore lint/correctness/useExhaustiveDependencies: fontsLoaded measures again once a loading web font has arrived.
  const widths = useMemo(
    () =>
      unmeasured
        ? null
        : labelWidths(prepared.items, rootRef.current ? labelFont(rootRef.current) : null, statuses),
    [prepared, unmeasured, statuses, fontsLoaded],
  );
  const labelPx = (index: number) => widths?.[index] ?? 0;
  const fallbackDay = today ?? isoDayNumber("2000-01-01");
  const fit = useMemo(
    () => fitRange(prepared, prepared.extent, fallbackDay, width, (index) => widths?.[index] ?? 0),
    [prepared, fallbackDay, width, widths],
  );
  const initial = useMemo(
    () => fitRange(prepared, focusWindow(prepared), fallbackDay, width, (index) => widths?.[index] ?? 0),
    [prepared, fallbackDay, width, widths],
  );
  const zoomPan = useTimelineRange({
    range: options.range,
    defaultRange: options.defaultRange,
    onRangeChange: options.onRangeChange,
    fit,
    initial,
  });
  const { range, span } = zoomPan;
  // Labels take room in days, which depends on the zoom: only the packing is done again when
  // the visible span or the width changes.
  const layout = useMemo((): TimelineLayout => {
    if (unmeasured || widths === null) {
      return { items: [], unplaced: prepared.unplaced, lanes: [], extent: prepared.extent };
    }
    return packTimeline(prepared, (item, index) => {
      const placement = labelPlacement(item, widths[index] ?? 0, width, span);
      return placement.side === "inside"
        ? 0
        : placement.anchor - item.start + (placement.extraPx / width) * span;
    });
  }, [prepared, unmeasured, widths, width, span]);
  const ongoing = useMemo(() => prepared.unplaced.filter((item) => item.ongoing), [prepared]);
  const undated = useMemo(() => prepared.unplaced.filter((item) => !item.ongoing), [prepared]);
  const rows = useMemo(
    () => timelineRows(layout, layout.items.length === 0 ? undefined : prepared.order),
    [layout, prepared],
  );
  const indexById = useMemo(() => new Map(prepared.items.map((item, index) => [item.id, index])), [prepared]);
  // The packed items keep the prepared ones' order.
  const byId = {
    get: (id: string) => {
      const index = indexById.get(id);
      return index === undefined ? undefined : layout.items[index];
    },
  };
  /** Where an item's label goes at this zoom, and how wide it may be. */
  const labelOf = (item: TimelineItem): TimelineLabel =>
    labelPlacement(item, labelPx(indexById.get(item.id) ?? -1), width, span);

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
  const orderPosition = useMemo(() => {
    const position = new Int32Array(prepared.order.length);
    prepared.order.forEach((index, at) => {
      position[index] = at;
    });
    return position;
  }, [prepared]);
  const positionOf = (id: string) => orderPosition[indexById.get(id) ?? -1] ?? -1;
  // The drawn items (rows in view, items in the span), in keyboard order: never all 10,000.
  const tabbable: string[] = [];
  for (const index of virtual.indices) {
    const row = rows.rows[index];
    if (row?.kind !== "items") continue;
    for (const item of rows.itemsByRow.get(rowKey(row.lane, row.row)) ?? []) {
      if (visible(item)) tabbable.push(item.id);
    }
  }
  tabbable.sort((a, b) => positionOf(a) - positionOf(b));
  const roving = useRovingFocus<string>({
    tabbable,
    move: (id, key) => {
      const item = byId.get(id);
      if (!item) return undefined;
      const index = positionOf(id);
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
    ticks: fitTicks(range.start, range.end, unit, locale, width),
    today,
    visible,
    selectedId,
    setSelectedId,
    select,
    activate,
    selected:
      selectedId === null
        ? undefined
        : (byId.get(selectedId) ?? prepared.unplaced.find((item) => item.id === selectedId)),
    ongoing,
    undated,
    labelOf,
    virtual,
    roving,
    /** The props of a drawn activity: its tab stop and arrow keys. */
    itemProps: roving.getItemProps,
  };
}

export type TimelineModel = ReturnType<typeof useTimeline>;
