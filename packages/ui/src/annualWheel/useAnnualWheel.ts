import { isoDayNumber, type Locale, type PlanDocument } from "@milepael/core/lite";
import { type KeyboardEvent, useMemo, useRef } from "react";
import { useControllableState } from "../internal/useControllableState";
import { useRovingFocus } from "../internal/useRovingFocus";
import { useStableCallback } from "../internal/useStableCallback";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { type LaneField, layoutTimeline, rowKey } from "../plan/layout";
import { downloadBlob, wheelPng, wheelSvg } from "./exportWheel";
import {
  mostCommonStartYear,
  wheelArcs,
  wheelInner,
  wheelMondays,
  wheelMonths,
  wheelOuter,
  wheelYear,
} from "./wheelGeometry";

export interface UseAnnualWheelOptions {
  /** The year the wheel shows; default the plan's year, or the year most activities start in. */
  year?: number | undefined;
  defaultYear?: number | undefined;
  onYearChange?: ((year: number) => void) | undefined;
  /** The month at 12 o'clock, 1–12. Default 1 (January). */
  startMonth?: number | undefined;
  /** Which field makes the rings, inside out. Default `theme`. */
  laneBy?: LaneField | undefined;
  selectedId?: string | null | undefined;
  defaultSelectedId?: string | null | undefined;
  onSelectionChange?: ((id: string | null) => void) | undefined;
  /** The today hand, `YYYY-MM-DD`; default today's date, `null` for none. */
  today?: string | null | undefined;
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale | undefined;
}

/**
 * Everything an annual wheel's markup needs, without the markup: the year (controlled or not),
 * its months, Mondays, rings and arcs as angles (see `wheelGeometry`), the today angle, selection,
 * one tab stop moved through the year by arrow keys, and export of the drawing.
 *
 * @example
 * const wheel = useAnnualWheel(plan, { startMonth: 8 });
 * <ul ref={wheel.rootRef}>
 *   {wheel.arcs.map((arc) => (
 *     <li key={arc.item.id} data-item-id={arc.item.id} {...wheel.arcProps(arc.item.id)}>{arc.item.name}</li>
 *   ))}
 * </ul>;
 */
export function useAnnualWheel(document: PlanDocument, options: UseAnnualWheelOptions = {}) {
  const locale = useLocale(options.locale);
  const text = messages(locale);
  const laneBy = options.laneBy ?? "theme";
  const startMonth = options.startMonth ?? 1;
  const layout = useMemo(
    () => layoutTimeline(document, { laneBy, locale, noLane: text.noLane }),
    [document, laneBy, locale, text.noLane],
  );
  const [year, setYear] = useControllableState(
    options.year,
    options.defaultYear ??
      document.metadata.year ??
      mostCommonStartYear(layout.items) ??
      new Date().getFullYear(),
    options.onYearChange,
  );
  const span = useMemo(() => wheelYear(year, startMonth), [year, startMonth]);
  const { arcs, rings } = useMemo(() => wheelArcs(layout, span), [layout, span]);
  const ringWidth = rings.length === 0 ? 0 : (wheelOuter - wheelInner) / rings.length;
  // A map, not a search per arc: a wheel of 10,000 activities has hundreds of rings.
  const ringOf = useMemo(
    () => new Map(rings.map((ring, index) => [rowKey(ring.lane, ring.row), index])),
    [rings],
  );
  const lanes = useMemo(() => [...new Set(rings.map((ring) => ring.lane))], [rings]);

  const [selectedId, setSelectedId] = useControllableState(
    options.selectedId,
    options.defaultSelectedId ?? null,
    options.onSelectionChange,
  );
  const select = useStableCallback((id: string | null) => setSelectedId(id === selectedId ? null : id));
  const svgRef = useRef<SVGSVGElement>(null);
  /** Where the arcs are (with `data-item-id`), for moving the focus: the figure, or a host's own container. */
  const rootRef = useRef<HTMLElement>(null);
  const indexOf = useMemo(() => new Map(arcs.map((arc, index) => [arc.item.id, index])), [arcs]);
  const roving = useRovingFocus<string>({
    tabbable: arcs.map((arc) => arc.item.id),
    move: (id, key) => {
      const index = indexOf.get(id) ?? 0;
      const targets: Record<string, number> = {
        ArrowRight: index + 1,
        ArrowDown: index + 1,
        ArrowLeft: index - 1,
        ArrowUp: index - 1,
        Home: 0,
        End: arcs.length - 1,
      };
      const target = targets[key];
      if (target === undefined) return undefined;
      return arcs[Math.max(0, Math.min(arcs.length - 1, target))]?.item.id ?? null;
    },
    getElement: (id) =>
      rootRef.current?.querySelector<SVGGElement | HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`),
  });
  /** Arrow keys move through the year; Enter and Space select. Stable. */
  const onArcKeyDown = useStableCallback((event: KeyboardEvent<Element>, id: string) => {
    roving.onKeyDown(event, id);
    if (event.defaultPrevented) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      select(id);
    }
  });
  /** A click on an arc: it takes the tab stop and toggles its selection. Stable. */
  const activate = useStableCallback((id: string) => {
    roving.setActive(id);
    select(id);
  });

  const today =
    options.today === null ? null : isoDayNumber(options.today ?? new Date().toISOString().slice(0, 10));
  const exportAs = async (format: "svg" | "png", name: string) => {
    if (!svgRef.current) return;
    const file = `${name || "aarshjul"}.${format}`;
    if (format === "svg") downloadBlob(new Blob([wheelSvg(svgRef.current)], { type: "image/svg+xml" }), file);
    else downloadBlob(await wheelPng(svgRef.current), file);
  };
  return {
    locale,
    text,
    laneBy,
    layout,
    year,
    setYear,
    span,
    months: useMemo(() => wheelMonths(span, locale), [span, locale]),
    mondays: useMemo(() => wheelMondays(span), [span]),
    arcs,
    rings,
    lanes,
    ringWidth,
    /** The ring an arc is drawn in, from the inside. */
    ringIndex: (arc: (typeof arcs)[number]) => ringOf.get(rowKey(arc.item.lane, arc.row)) ?? 0,
    /** The today hand's angle, or `null` when today is not in the wheel's year. */
    todayAngle: today !== null && today >= span.start && today < span.end ? span.angleOf(today) : null,
    selectedId,
    setSelectedId,
    select,
    activate,
    selected: layout.items.find((item) => item.id === selectedId),
    svgRef,
    rootRef,
    roving,
    onArcKeyDown,
    /** The props of an arc: its tab stop, keys and click. */
    arcProps: (id: string) => ({
      tabIndex: roving.getItemProps(id).tabIndex,
      onKeyDown: (event: KeyboardEvent<Element>) => onArcKeyDown(event, id),
      onClick: () => activate(id),
    }),
    exportAs,
  };
}

export type AnnualWheelModel = ReturnType<typeof useAnnualWheel>;
