import { type Locale, type PlanDocument, type Status, statusLabel } from "@milepael/core/lite";
import { useVirtualizer } from "@tanstack/react-virtual";
import {
  type KeyboardEvent,
  type PointerEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type WheelEvent,
} from "react";
import { classNames } from "../internal/classNames";
import { useControllableState } from "../internal/useControllableState";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { Smiley } from "../smiley/Smiley";
import { ActivityDetails } from "./ActivityDetails";
import { ActivityTable } from "./ActivityTable";
import { AgendaList } from "./AgendaList";
import {
  axisTicks,
  dayNumber,
  isoDate,
  type LaneField,
  laneFields,
  layoutTimeline,
  planExtent,
  type TickUnit,
  type TimelineItem,
  tickUnitFor,
  tickUnits,
  unitWindowDays,
} from "./geometry";

/** A visible span of plain dates, inclusive. */
export interface DateRange {
  start: string;
  end: string;
}

export interface TimelineProps {
  document: PlanDocument;
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
  view?: "timeline" | "agenda";
  defaultView?: "timeline" | "agenda";
  onViewChange?: (view: "timeline" | "agenda") => void;
  /** Where to draw the today marker, `YYYY-MM-DD`; default today's date, `null` for none. */
  today?: string | null;
  /** A status per activity id: its diamond carries the smiley (see `followUpMilestones`). */
  statuses?: Readonly<Record<string, Status>>;
  /** Rows are virtualised above this many. Default 60. */
  virtualizeAbove?: number;
  caption?: string;
  locale?: Locale;
  className?: string;
}

const rowHeight = 36;

function fitRange(
  extent: { start: number; end: number } | null,
  today: number,
): { start: number; end: number } {
  if (extent === null) return { start: today - 30, end: today + 30 };
  const margin = Math.max(3, Math.round((extent.end - extent.start) * 0.03));
  return { start: extent.start - margin, end: extent.end + margin };
}

/**
 * A plan's activities on a time axis, drawn as precisely as they were written: exact days
 * solid, parts of months and seasons with soft or hatched ends, either-or dates as their
 * alternatives, ongoing work apart. Lanes by theme, participants, responsible or track; zoom and
 * pan by buttons, keys, wheel and drag; a details panel; an agenda list as the narrow-screen
 * view and accessible alternative.
 */
export function Timeline({
  document,
  caption,
  virtualizeAbove = 60,
  locale,
  className,
  today: todayProp,
  statuses,
  ...state
}: TimelineProps) {
  const activeLocale = useLocale(locale);
  const text = messages(activeLocale);
  const ids = useId();
  const [laneBy, setLaneBy] = useControllableState(
    state.laneBy,
    state.defaultLaneBy ?? "theme",
    state.onLaneByChange,
  );
  const [width, setWidth] = useState(1000);
  const today = todayProp === null ? null : dayNumber(todayProp ?? new Date().toISOString().slice(0, 10));
  const extent = useMemo(() => planExtent(document), [document]);
  const fit = fitRange(extent, today ?? dayNumber("2000-01-01"));
  const [rangeIso, setRangeIso] = useControllableState<DateRange | undefined>(
    state.range,
    state.defaultRange,
    state.onRangeChange as ((range: DateRange | undefined) => void) | undefined,
  );
  const range = rangeIso ? { start: dayNumber(rangeIso.start), end: dayNumber(rangeIso.end) + 1 } : fit;
  const span = Math.max(7, range.end - range.start);
  // Labels of single days take room in days, which depends on the zoom: rows are re-packed when
  // the visible span or the width changes.
  const layout = useMemo(
    () =>
      layoutTimeline(document, {
        laneBy,
        locale: activeLocale,
        noLane: text.noLane,
        labelDays: (title) => ((Math.min(title.length, 40) * 6.6 + 28) / width) * span,
      }),
    [document, laneBy, activeLocale, text.noLane, width, span],
  );
  const setRange = (start: number, end: number) =>
    setRangeIso({ start: isoDate(Math.round(start)), end: isoDate(Math.round(end) - 1) });
  // "Show the whole plan" reports the plan's range, never `undefined`, so a controlled host keeps control.
  const fitAll = () => setRange(fit.start, fit.end);
  const zoom = (factor: number, anchor = 0.5) => {
    const next = Math.min(3660, Math.max(14, span * factor));
    const pivot = range.start + span * anchor;
    setRange(pivot - next * anchor, pivot + next * (1 - anchor));
  };
  const pan = (fraction: number) => setRange(range.start + span * fraction, range.end + span * fraction);
  const showUnit = (unit: TickUnit) => {
    const center = range.start + span / 2;
    const window = unitWindowDays[unit];
    setRange(center - window / 2, center + window / 2);
  };

  const [selectedId, setSelectedId] = useControllableState(
    state.selectedId,
    state.defaultSelectedId ?? null,
    state.onSelectionChange,
  );
  const root = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry?.contentRect.width ?? 1000;
      setNarrow(measured < 600);
      setWidth(Math.max(200, measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Until a view is given or chosen, it follows the measured width: the list under 600 px.
  const [chosenView, setView] = useControllableState<"timeline" | "agenda" | undefined>(
    state.view,
    state.defaultView,
    state.onViewChange as ((view: "timeline" | "agenda" | undefined) => void) | undefined,
  );
  const view = chosenView ?? (narrow ? "agenda" : "timeline");

  // Rows: a heading per lane (unless there is a single unnamed lane), then the lane's item rows.
  const rows = useMemo(() => {
    const list: (
      | { kind: "lane"; key: string; count: number }
      | { kind: "items"; lane: string; row: number }
    )[] = [];
    for (const lane of layout.lanes) {
      if (!(layout.lanes.length === 1 && lane.key === "")) {
        list.push({
          kind: "lane",
          key: lane.key,
          count: layout.items.filter((item) => item.lane === lane.key).length,
        });
      }
      for (let row = 0; row < lane.rows; row += 1) list.push({ kind: "items", lane: lane.key, row });
    }
    return list;
  }, [layout]);
  const itemsByRow = useMemo(() => {
    const map = new Map<string, TimelineItem[]>();
    for (const item of layout.items) {
      const key = `${item.lane}\u0000${item.row}`;
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
    return map;
  }, [layout]);
  const rowIndexOf = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((row, index) => {
      if (row.kind === "items") map.set(`${row.lane}\u0000${row.row}`, index);
    });
    return map;
  }, [rows]);
  // Keyboard order: time first, then lane and row.
  const order = useMemo(
    () =>
      [...layout.items].sort(
        (a, b) =>
          a.start - b.start ||
          (rowIndexOf.get(`${a.lane}\u0000${a.row}`) ?? 0) - (rowIndexOf.get(`${b.lane}\u0000${b.row}`) ?? 0),
      ),
    [layout, rowIndexOf],
  );

  const scroller = useRef<HTMLDivElement>(null);
  const virtualize = rows.length > virtualizeAbove;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    enabled: virtualize,
  });
  const renderedRows = virtualize
    ? virtualizer.getVirtualItems().map((row) => row.index)
    : rows.map((_, index) => index);

  const [activeId, setActiveId] = useState<string | null>(null);
  const focusPending = useRef(false);
  const visible = (item: TimelineItem) => item.end > range.start && item.start < range.end;
  const rendered = (item: TimelineItem) =>
    visible(item) && renderedRows.includes(rowIndexOf.get(`${item.lane}\u0000${item.row}`) ?? -1);
  const tabStop =
    (activeId && order.find((item) => item.id === activeId && rendered(item))?.id) ??
    order.find(rendered)?.id;
  useEffect(() => {
    if (!focusPending.current || activeId === null) return;
    const element = root.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(activeId)}"]`);
    if (element) {
      focusPending.current = false;
      element.focus();
    }
  });
  const focusItem = (item: TimelineItem | undefined) => {
    if (!item) return;
    focusPending.current = true;
    setActiveId(item.id);
    if (!visible(item) || item.start < range.start || item.end > range.end) {
      const center = (item.start + item.end) / 2;
      const width = Math.max(span, item.end - item.start + 4);
      setRange(center - width / 2, center + width / 2);
    }
    const rowIndex = rowIndexOf.get(`${item.lane}\u0000${item.row}`);
    if (virtualize && rowIndex !== undefined) virtualizer.scrollToIndex(rowIndex, { align: "auto" });
  };
  const onItemKeyDown = (event: KeyboardEvent<HTMLElement>, item: TimelineItem) => {
    const index = order.indexOf(item);
    const rowIndex = rowIndexOf.get(`${item.lane}\u0000${item.row}`) ?? 0;
    const nearestInRow = (direction: 1 | -1) => {
      for (let next = rowIndex + direction; next >= 0 && next < rows.length; next += direction) {
        const row = rows[next];
        if (row?.kind !== "items") continue;
        const candidates = itemsByRow.get(`${row.lane}\u0000${row.row}`) ?? [];
        if (candidates.length === 0) continue;
        return candidates.reduce((best, candidate) =>
          Math.abs(candidate.start - item.start) < Math.abs(best.start - item.start) ? candidate : best,
        );
      }
      return undefined;
    };
    const target = (() => {
      switch (event.key) {
        case "ArrowRight":
          return order[index + 1];
        case "ArrowLeft":
          return order[index - 1];
        case "ArrowDown":
          return nearestInRow(1);
        case "ArrowUp":
          return nearestInRow(-1);
        case "Home":
          return order[0];
        case "End":
          return order.at(-1);
        default:
          return null;
      }
    })();
    if (target !== null) {
      event.preventDefault();
      focusItem(target);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    // Zoom around the focused activity, so that it stays in view and keeps the focus.
    const focused = layout.items.find((item) => item.id === (event.target as HTMLElement).dataset?.itemId);
    const anchor = focused
      ? Math.min(1, Math.max(0, ((focused.start + focused.end) / 2 - range.start) / span))
      : 0.5;
    if (event.key === "+" || event.key === "=") zoom(1 / 1.5, anchor);
    else if (event.key === "-" || event.key === "−") zoom(1.5, anchor);
    else if (event.key === "0") fitAll();
    else return;
    event.preventDefault();
  };

  // Pan by dragging the background; zoom with Ctrl/⌘ + wheel around the pointer.
  const drag = useRef<{ x: number; start: number; end: number; width: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest("button")) return;
    drag.current = {
      x: event.clientX,
      start: range.start,
      end: range.end,
      width: event.currentTarget.clientWidth,
    };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const from = drag.current;
    if (!from) return;
    const days = ((from.x - event.clientX) / from.width) * (from.end - from.start);
    setRange(from.start + days, from.end + days);
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onWheel = (event: WheelEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (event.ctrlKey || event.metaKey) {
      zoom(event.deltaY > 0 ? 1.2 : 1 / 1.2, (event.clientX - box.left) / box.width);
    } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      pan(event.deltaX / box.width);
    }
  };

  const unit = tickUnitFor(span);
  const ticks = axisTicks(range.start, range.end, unit, activeLocale);
  const x = (day: number) => `${((day - range.start) / span) * 100}%`;
  const selected =
    layout.items.find((item) => item.id === selectedId) ??
    layout.unplaced.find((item) => item.id === selectedId);
  const detailsId = `${ids}-details`;
  const ongoing = layout.unplaced.filter((item) => item.ongoing);
  const undated = layout.unplaced.filter((item) => !item.ongoing);
  const select = (id: string) => setSelectedId(selectedId === id ? null : id);

  const renderItem = (item: TimelineItem) => {
    const status = statuses?.[item.id];
    const statusText = status ? statusLabel(status, "milestone", activeLocale) : undefined;
    return (
      <button
        key={item.id}
        type="button"
        className="mp-Timeline-item"
        data-item-id={item.id}
        data-precision={item.precision ?? undefined}
        data-approximate={item.approximate ? "" : undefined}
        data-either-or={item.eitherOr ? "" : undefined}
        data-point={item.point ? "" : undefined}
        data-selected={selectedId === item.id ? "" : undefined}
        data-clipped-start={item.start < range.start ? "" : undefined}
        data-clipped-end={item.end > range.end ? "" : undefined}
        style={{
          left: x(Math.max(item.start, range.start)),
          // A single day is a diamond of fixed size (CSS); everything else spans its interval.
          width: item.point
            ? undefined
            : x(range.start + Math.min(item.end, range.end) - Math.max(item.start, range.start)),
        }}
        aria-label={statusText ? `${item.name}, ${statusText.name}: ${statusText.meaning}` : item.name}
        data-status={status}
        aria-pressed={selectedId === item.id}
        aria-controls={selectedId === item.id ? detailsId : undefined}
        tabIndex={item.id === tabStop ? 0 : -1}
        onClick={() => {
          setActiveId(item.id);
          select(item.id);
        }}
        onKeyDown={(event) => onItemKeyDown(event, item)}
      >
        {item.eitherOr &&
          item.segments.map((segment) => (
            <span
              key={segment.start}
              className="mp-Timeline-segment"
              style={{
                left: `${((segment.start - item.start) / (item.end - item.start)) * 100}%`,
                width: `${((segment.end - segment.start) / (item.end - item.start)) * 100}%`,
              }}
            />
          ))}
        <span className="mp-Timeline-label" aria-hidden="true">
          {status && <Smiley status={status} size="sm" locale={activeLocale} />} {item.title}
        </span>
        <span className="mp-Timeline-tip" aria-hidden="true">
          {item.name}
          {statusText ? ` · ${statusText.name}` : ""}
        </span>
      </button>
    );
  };

  const paddingTop = virtualize ? (virtualizer.getVirtualItems()[0]?.start ?? 0) : 0;
  const paddingBottom = virtualize
    ? virtualizer.getTotalSize() - (virtualizer.getVirtualItems().at(-1)?.end ?? 0)
    : 0;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: + − 0 bubble up from the focusable items and buttons inside; the div itself takes no focus.
    <div
      ref={root}
      className={classNames("mp-Timeline", className)}
      data-view={view}
      data-unit={unit}
      onKeyDown={onKeyDown}
    >
      <div className="mp-Timeline-toolbar">
        {view === "timeline" && (
          <>
            <div className="mp-Timeline-buttons">
              <button type="button" className="mp-Button" onClick={() => pan(-0.5)}>
                <span aria-hidden="true">◀ </span>
                {text.panEarlier}
              </button>
              <button type="button" className="mp-Button" onClick={() => zoom(1 / 1.5)}>
                <span aria-hidden="true">+ </span>
                {text.zoomIn}
              </button>
              <button type="button" className="mp-Button" onClick={() => zoom(1.5)}>
                <span aria-hidden="true">− </span>
                {text.zoomOut}
              </button>
              <button type="button" className="mp-Button" onClick={() => pan(0.5)}>
                {text.panLater}
                <span aria-hidden="true"> ▶</span>
              </button>
              <button type="button" className="mp-Button" onClick={fitAll}>
                {text.fitAll}
              </button>
            </div>
            <label className="mp-Field">
              <span>{text.scale}</span>
              <select value={unit} onChange={(event) => showUnit(event.target.value as TickUnit)}>
                {tickUnits.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {text.scaleNames[candidate]}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <label className="mp-Field">
          <span>{text.laneBy}</span>
          <select value={laneBy} onChange={(event) => setLaneBy(event.target.value as LaneField)}>
            {laneFields.map((field) => (
              <option key={field} value={field}>
                {text.laneNames[field]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="mp-Button"
          onClick={() => setView(view === "timeline" ? "agenda" : "timeline")}
        >
          {view === "timeline" ? text.showList : text.showTimeline}
        </button>
      </div>

      {view === "agenda" ? (
        <AgendaList
          document={document}
          laneBy={laneBy === "none" ? "theme" : laneBy}
          locale={activeLocale}
          selectedId={selectedId}
          onSelect={select}
        />
      ) : (
        <section className="mp-Timeline-chart" aria-label={caption ?? document.metadata.title}>
          <p className="mp-visually-hidden">{text.timelineKeys}</p>
          <div
            className="mp-Timeline-viewport"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            onWheel={onWheel}
          >
            <div className="mp-Timeline-rows" ref={scroller}>
              <div className="mp-Timeline-content">
                <div className="mp-Timeline-axis" aria-hidden="true">
                  {ticks.map((tick) => (
                    <span
                      key={tick.day}
                      className="mp-Timeline-tick"
                      style={{ left: x(tick.day) }}
                      title={tick.title}
                    >
                      {tick.label}
                    </span>
                  ))}
                </div>
                <div className="mp-Timeline-grid" aria-hidden="true">
                  {ticks.map((tick) => (
                    <span key={tick.day} className="mp-Timeline-gridline" style={{ left: x(tick.day) }} />
                  ))}
                  {today !== null && today >= range.start && today < range.end && (
                    <span className="mp-Timeline-today" style={{ left: x(today) }}>
                      <span>{text.today}</span>
                    </span>
                  )}
                </div>
                {ongoing.length > 0 && (
                  <div className="mp-Timeline-ongoing">
                    {ongoing.map((item) => (
                      <button
                        key={item.id}
                        type="button"
                        className="mp-Timeline-band"
                        data-ongoing=""
                        data-selected={selectedId === item.id ? "" : undefined}
                        aria-pressed={selectedId === item.id}
                        onClick={() => select(item.id)}
                      >
                        {text.ongoing}: {item.title}
                        {item.lane && <span className="mp-Timeline-count"> · {item.lane}</span>}
                      </button>
                    ))}
                  </div>
                )}
                {paddingTop > 0 && <div style={{ height: paddingTop }} />}
                {renderedRows.map((index) => {
                  const row = rows[index];
                  if (!row) return null;
                  if (row.kind === "lane") {
                    return (
                      <h4
                        key={`lane:${row.key}`}
                        className="mp-Timeline-lane"
                        data-index={index}
                        ref={virtualize ? virtualizer.measureElement : undefined}
                      >
                        {row.key} <span className="mp-Timeline-count">({text.activities(row.count)})</span>
                      </h4>
                    );
                  }
                  const items = (itemsByRow.get(`${row.lane}\u0000${row.row}`) ?? []).filter(visible);
                  return (
                    <div
                      key={`row:${row.lane}:${row.row}`}
                      className="mp-Timeline-row"
                      data-index={index}
                      ref={virtualize ? virtualizer.measureElement : undefined}
                    >
                      {items.map(renderItem)}
                    </div>
                  );
                })}
                {paddingBottom > 0 && <div style={{ height: paddingBottom }} />}
              </div>
            </div>
          </div>
          <ActivityTable
            caption={caption ?? document.metadata.title}
            items={[...order, ...layout.unplaced]}
            laneBy={laneBy}
            locale={activeLocale}
          />
          {undated.length > 0 && (
            <div className="mp-Timeline-unplaced">
              <h4>{text.undated}</h4>
              <ul>
                {undated.map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      className="mp-Timeline-chip"
                      aria-pressed={selectedId === item.id}
                      onClick={() => select(item.id)}
                    >
                      {item.title}
                      {item.lane && <span className="mp-Timeline-count"> · {item.lane}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
      {selected && (
        <ActivityDetails
          id={detailsId}
          activity={selected.activity}
          when={selected.when}
          locale={activeLocale}
          onClose={() => setSelectedId(null)}
        />
      )}
    </div>
  );
}
