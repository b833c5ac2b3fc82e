import { isoDayNumber, type Locale, type PlanDocument, type Status } from "@milepael/core/lite";
import { useMemo, useRef } from "react";
import { useControllableState } from "../internal/useControllableState";
import { useStableCallback } from "../internal/useStableCallback";
import { useVirtualRows } from "../internal/useVirtualRows";
import type { ViewState } from "../internal/viewState";
import { useLocale } from "../locale/LocaleProvider";
import { planMessages } from "../locale/messages/plan";
import type { LaneField, TimelineItem, TimelineLayout } from "../plan/layout";
import { packTimeline } from "../plan/packRows";
import { prepareTimeline } from "../plan/prepareTimeline";
import type { SelectionState } from "../plan/selection";
import { fitRange, focusWindow } from "./fitRange";
import { fitTicks, tickUnitFor } from "./geometry";
import { labelPlacement, type TimelineLabel } from "./labels";
import { timelineRows } from "./timelineRows";
import { useChartWidth } from "./useChartWidth";
import { useLabelWidths } from "./useLabelWidths";
import { useTimelineKeyboard } from "./useTimelineKeyboard";
import { type TimelineRangeState, useTimelineRange } from "./useTimelineRange";

// The hook composes the timeline's parts: the plan prepared once and packed per zoom here, the
// width (`useChartWidth`), label widths (`useLabelWidths`), the first span (`fitRange`), zoom,
// pan and pointer gestures (`useTimelineRange`), keys and focus (`useTimelineKeyboard`).

/**
 * `timeline` or `agenda` (the list). Until a view is given or chosen, a timeline shows the list
 * under 600 px and the timeline above.
 */
export type TimelineView = "timeline" | "agenda";

/** The state of a timeline, each slice controlled (`value`) or uncontrolled (`defaultValue`). */
export interface TimelineState extends TimelineRangeState, SelectionState, ViewState<TimelineView> {
  /** Which field makes the lanes. Default `theme`. */
  laneBy?: LaneField;
  defaultLaneBy?: LaneField;
  onLaneByChange?: (laneBy: LaneField) => void;
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
  const text = planMessages(locale);
  const [laneBy, setLaneBy] = useControllableState(
    options.laneBy,
    options.defaultLaneBy ?? "theme",
    options.onLaneByChange,
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const { measured, width, unmeasured } = useChartWidth(rootRef);
  const today =
    options.today === null ? null : isoDayNumber(options.today ?? new Date().toISOString().slice(0, 10));
  // Dates, names, lanes and the keyboard order do not depend on the zoom: once per plan.
  const prepared = useMemo(
    () => prepareTimeline(document, { laneBy, locale, noLane: text.noLane }),
    [document, laneBy, locale, text.noLane],
  );
  const widths = useLabelWidths(prepared, rootRef, unmeasured, options.statuses);
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
  const itemOf = (id: string) => {
    const index = indexById.get(id);
    return index === undefined ? undefined : layout.items[index];
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
  const { roving, onKeyDown } = useTimelineKeyboard({
    rootRef,
    rows,
    virtual,
    view: zoomPan,
    visible,
    itemOf,
    positionOf,
  });
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
        : (itemOf(selectedId) ?? prepared.unplaced.find((item) => item.id === selectedId)),
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
