import { isoDayNumber, toIsoDate } from "@milepael/core/lite";
import type { PointerEvent, WheelEvent } from "react";
import { useRef } from "react";
import { useControllableState } from "../internal/useControllableState";
import { type TickUnit, unitWindowDays } from "./geometry";

/** A visible span of plain dates, inclusive. */
export interface DateRange {
  start: string;
  end: string;
}

/** A timeline's visible span, controlled (`range` with `onRangeChange`) or uncontrolled (`defaultRange`). */
export interface TimelineRangeState {
  /**
   * The visible span; default the span the timeline opens on: where most of the plan's
   * activities fall, else the whole plan.
   */
  range?: DateRange | undefined;
  defaultRange?: DateRange | undefined;
  onRangeChange?: ((range: DateRange) => void) | undefined;
}

export interface TimelineRangeOptions extends TimelineRangeState {
  /** The whole plan, as day numbers (end exclusive): "Vis hele planen" and 0. */
  fit: { start: number; end: number };
  /** The span shown until a range is given or chosen; default `fit`. */
  initial?: { start: number; end: number } | undefined;
}

/**
 * The visible span of a timeline and the ways to change it: zoom, pan, a unit's window, drag and
 * wheel. Day numbers inside, ISO dates (inclusive) in the controlled `range`.
 *
 * @example
 * const view = useTimelineRange({ fit: { start: 17167, end: 17288 } });
 * view.zoom(1 / 1.5); // zoom in around the centre
 */
export function useTimelineRange({
  range: value,
  defaultRange,
  onRangeChange,
  fit,
  initial = fit,
}: TimelineRangeOptions) {
  const [rangeIso, setRangeIso] = useControllableState<DateRange | undefined>(
    value,
    defaultRange,
    onRangeChange as ((range: DateRange | undefined) => void) | undefined,
  );
  const range = rangeIso
    ? { start: isoDayNumber(rangeIso.start), end: isoDayNumber(rangeIso.end) + 1 }
    : initial;
  const span = Math.max(7, range.end - range.start);
  const setRange = (start: number, end: number) =>
    setRangeIso({ start: toIsoDate(Math.round(start)), end: toIsoDate(Math.round(end) - 1) });
  // "Show the whole plan" reports the plan's range, never `undefined`, so a controlled host keeps control.
  const fitAll = () => setRange(fit.start, fit.end);
  /** Scales the span by `factor` around `anchor` (0 the start, 1 the end). */
  const zoom = (factor: number, anchor = 0.5) => {
    const next = Math.min(3660, Math.max(14, span * factor));
    const pivot = range.start + span * anchor;
    setRange(pivot - next * anchor, pivot + next * (1 - anchor));
  };
  /** Moves by a fraction of the span, later when positive. */
  const pan = (fraction: number) => setRange(range.start + span * fraction, range.end + span * fraction);
  const showUnit = (unit: TickUnit) => {
    const center = range.start + span / 2;
    const window = unitWindowDays[unit];
    setRange(center - window / 2, center + window / 2);
  };
  /** Brings an interval into view, keeping the zoom unless it does not fit. */
  const reveal = (start: number, end: number) => {
    if (start >= range.start && end <= range.end) return;
    const center = (start + end) / 2;
    const width = Math.max(span, end - start + 4);
    setRange(center - width / 2, center + width / 2);
  };

  // Pan by dragging the background; zoom with Ctrl/⌘ + wheel around the pointer.
  const drag = useRef<{ x: number; start: number; end: number; width: number } | null>(null);
  const endDrag = () => {
    drag.current = null;
  };
  const viewportProps = {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if ((event.target as HTMLElement).closest("button")) return;
      drag.current = { x: event.clientX, ...range, width: event.currentTarget.clientWidth };
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const from = drag.current;
      if (!from) return;
      const days = ((from.x - event.clientX) / from.width) * (from.end - from.start);
      setRange(from.start + days, from.end + days);
    },
    onPointerUp: endDrag,
    onPointerCancel: endDrag,
    onWheel: (event: WheelEvent<HTMLElement>) => {
      const box = event.currentTarget.getBoundingClientRect();
      if (event.ctrlKey || event.metaKey) {
        zoom(event.deltaY > 0 ? 1.2 : 1 / 1.2, (event.clientX - box.left) / box.width);
      } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        pan(event.deltaX / box.width);
      }
    },
  };
  /** A day's position across the visible span, as a CSS percentage. */
  const x = (day: number) => `${((day - range.start) / span) * 100}%`;
  return { range, span, setRange, fitAll, zoom, pan, showUnit, reveal, viewportProps, x };
}
