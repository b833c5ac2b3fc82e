import { isoDayNumber, type Locale, type PlanDocument } from "@milepael/core/lite";
import { type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useControllableState } from "../internal/useControllableState";
import { useRovingFocus } from "../internal/useRovingFocus";
import { useStableCallback } from "../internal/useStableCallback";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { type LaneField, layoutTimeline } from "../plan/layout";
import { downloadBlob, wheelPng, wheelSvg } from "./exportWheel";
import {
  arcSpans,
  largestGap,
  mostCommonStartYear,
  textFitsArc,
  textWidth,
  type WheelArc,
  type WheelLane,
  type WheelYear,
  wheelArcs,
  wheelBand,
  wheelInner,
  wheelLanes as wheelLanesOf,
  wheelMinWidth,
  wheelMondays,
  wheelMonths,
  wheelOuter,
  wheelPoint,
  wheelTextPath,
  wheelYear,
  wheelYearLabel,
} from "./wheelGeometry";

// useLayoutEffect warns on the server (React 18); there is nothing to measure there anyway.
const useIsomorphicLayoutEffect = typeof window === "undefined" ? () => {} : useLayoutEffect;

/** The most numbered callouts a wheel shows; beyond that the focus name, details and table tell. */
const maxCallouts = 99;
/** A callout's radius: room for two digits at the wheel's smallest text size. */
export const calloutRadius = 9;

/** How an activity's name shows on the wheel: along its arc, as a numbered callout, or not at all. */
export type WheelArcLabel =
  | { kind: "arc"; path: string }
  | {
      kind: "callout";
      number: number;
      x: number;
      y: number;
      /** Where on its arc the callout points, when it had to move away from it. */
      anchor: [number, number] | null;
    }
  | { kind: "none" };

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
  const months = useMemo(() => wheelMonths(span, locale), [span, locale]);
  // Level of detail: crowded lanes become one band ring each, so rings stay wide enough to see.
  const lanes = useMemo(() => [...new Set(rings.map((ring) => ring.lane))], [rings]);
  // Zoom: one lane alone gets every ring, so a lane that is a band among many can show in detail.
  const [chosenLane, setShownLane] = useState<string | null>(null);
  const shownLane = chosenLane !== null && lanes.includes(chosenLane) ? chosenLane : null;
  const shownArcs = useMemo(
    () => (shownLane === null ? arcs : arcs.filter((arc) => arc.item.lane === shownLane)),
    [arcs, shownLane],
  );
  const laneLayout = useMemo(() => {
    const shown = shownLane === null ? rings : rings.filter((ring) => ring.lane === shownLane);
    // A lane keeps its number and colour (its place among all lanes) when it is shown alone.
    return wheelLanesOf(shown).map((lane) => ({ ...lane, index: lanes.indexOf(lane.key) }));
  }, [rings, lanes, shownLane]);
  const laneOf = useMemo(() => new Map(laneLayout.map((lane) => [lane.key, lane])), [laneLayout]);
  const ringCount = laneLayout.reduce((sum, lane) => sum + lane.rings, 0);
  const ringWidth = ringCount === 0 ? 0 : (wheelOuter - wheelInner) / ringCount;
  /** The ring an arc is drawn in, from the inside: its row in a detailed lane, the band's ring otherwise. */
  const ringIndex = (arc: WheelArc) => {
    const lane = laneOf.get(arc.item.lane);
    if (!lane) return 0;
    return lane.firstRing + (lane.mode === "detail" ? arc.row : 0);
  };
  const bands = useMemo(
    () =>
      laneLayout.flatMap((lane) =>
        lane.mode === "band"
          ? wheelBand(arcs, lane.key, months).map((cell) => ({ ...cell, ring: lane.firstRing }))
          : [],
      ),
    [laneLayout, arcs, months],
  );

  const [selectedId, setSelectedId] = useControllableState(
    options.selectedId,
    options.defaultSelectedId ?? null,
    options.onSelectionChange,
  );
  const select = useStableCallback((id: string | null) => setSelectedId(id === selectedId ? null : id));
  const svgRef = useRef<SVGSVGElement>(null);
  /** Where the arcs are (with `data-item-id`), for moving the focus: the figure, or a host's own container. */
  const rootRef = useRef<HTMLElement>(null);
  const indexOf = useMemo(() => new Map(shownArcs.map((arc, index) => [arc.item.id, index])), [shownArcs]);
  const roving = useRovingFocus<string>({
    tabbable: shownArcs.map((arc) => arc.item.id),
    move: (id, key) => {
      const index = indexOf.get(id) ?? 0;
      const targets: Record<string, number> = {
        ArrowRight: index + 1,
        ArrowDown: index + 1,
        ArrowLeft: index - 1,
        ArrowUp: index - 1,
        Home: 0,
        End: shownArcs.length - 1,
      };
      const target = targets[key];
      if (target === undefined) return undefined;
      return shownArcs[Math.max(0, Math.min(shownArcs.length - 1, target))]?.item.id ?? null;
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

  // Arcs of detailed lanes are drawn one by one; of a band only the one with the tab stop or the
  // selection, so that the keyboard still reaches every activity and shows where it is.
  const detailArcs = useMemo(
    () => arcs.filter((arc) => laneOf.get(arc.item.lane)?.mode === "detail"),
    [arcs, laneOf],
  );
  const drawnArcs = useMemo(() => {
    const extra = arcs.filter(
      (arc) =>
        laneOf.get(arc.item.lane)?.mode === "band" &&
        (arc.item.id === roving.tabStop || arc.item.id === selectedId),
    );
    return extra.length === 0 ? detailArcs : [...detailArcs, ...extra];
  }, [arcs, detailArcs, laneOf, roving.tabStop, selectedId]);
  const laneNames = useMemo(
    () => laneNamePlaces(laneLayout, detailArcs, ringWidth, text.noLane),
    [laneLayout, detailArcs, ringWidth, text.noLane],
  );
  const labels = useMemo(
    () =>
      arcLabels(
        detailArcs,
        (arc) => laneOf.get(arc.item.lane)?.firstRing ?? 0,
        ringWidth,
        span,
        // The lanes' number tags at 12 o'clock are taken before any callout.
        laneNames.flatMap((lane) => (lane.path ? [] : [wheelPoint(0, lane.radius)])),
      ),
    [detailArcs, laneOf, ringWidth, span, laneNames],
  );

  // Below `wheelMinWidth` its smallest text would be under 11 px: the wheel shows its list instead.
  // Measured before the first paint, so a narrow page never flashes a wheel of tiny text; a width
  // of 0 (not laid out yet, or hidden) decides nothing.
  const [narrow, setNarrow] = useState(false);
  useIsomorphicLayoutEffect(() => {
    const element = rootRef.current;
    if (!element) return;
    const decide = (width: number) => {
      if (width > 0) setNarrow(width < wheelMinWidth);
    };
    decide(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => decide(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

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
    /** The year as people write it: "2017", or "2017/18" for a wheel that starts after January. */
    yearLabel: wheelYearLabel(year, startMonth),
    setYear,
    span,
    months,
    mondays: useMemo(() => wheelMondays(span), [span]),
    arcs,
    /** Every row the lanes need, before the level of detail caps them (see `laneLayout`). */
    rings,
    lanes,
    /** The lanes as drawn: their rings and whether in detail or as a density band. */
    laneLayout,
    /** The lane shown alone, zoomed to every ring, or `null` for all lanes. */
    shownLane,
    /** Shows one lane alone (`null`: all again). */
    setShownLane,
    /** How many rings are drawn, and their width. */
    ringCount,
    ringWidth,
    ringIndex,
    /** The arcs drawn one by one: every arc of a detailed lane, and a band's focused or selected one. */
    drawnArcs,
    /** The months of the band lanes with how many activities touch them. */
    bands,
    /** How each detailed arc's name shows: along the arc, as a numbered callout, or not at all. */
    labelOf: (id: string): WheelArcLabel => labels.get(id) ?? { kind: "none" },
    /** The activities with numbered callouts, in number order. */
    callouts: useMemo(
      () => detailArcs.filter((arc) => labels.get(arc.item.id)?.kind === "callout").map((arc) => arc.item),
      [detailArcs, labels],
    ),
    /** Where each lane's name is written on the wheel: along a free stretch of its ring, else a number at 12 o'clock. */
    laneNames,
    /** The wheel is too narrow for 11 px text: show its list instead. */
    narrow,
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

/**
 * The radii of ring `ring` (from the inside) with a small gap to its neighbours.
 *
 * @example
 * ringRadii(0, 18); // [71.5, 86.5]
 */
export function ringRadii(ring: number, ringWidth: number): [number, number] {
  return [wheelInner + ringWidth * ring + 1.5, wheelInner + ringWidth * (ring + 1) - 1.5];
}

/**
 * The label of each arc of the detailed lanes: its title along the arc where it fits, else a
 * numbered callout on the arc, moved along its ring until it collides with no other callout.
 */
function arcLabels(
  arcs: readonly WheelArc[],
  firstRingOf: (arc: WheelArc) => number,
  ringWidth: number,
  year: WheelYear,
  taken: readonly [number, number][],
): Map<string, WheelArcLabel> {
  const labels = new Map<string, WheelArcLabel>();
  const unlabelled: WheelArc[] = [];
  for (const arc of arcs) {
    const [r0, r1] = ringRadii(firstRingOf(arc) + arc.row, ringWidth);
    if (!arc.item.eitherOr && textFitsArc(arc.item.title, arc.start, arc.end, r0, r1))
      labels.set(arc.item.id, { kind: "arc", path: wheelTextPath(arc.start, arc.end, (r0 + r1) / 2) });
    else unlabelled.push(arc);
  }
  if (unlabelled.length > maxCallouts) return labels;
  const placed: [number, number][] = [...taken];
  const gap = 2 * calloutRadius + 1;
  unlabelled.forEach((arc, index) => {
    const [r0, r1] = ringRadii(firstRingOf(arc) + arc.row, ringWidth);
    const radius = (r0 + r1) / 2;
    const step = ((gap / radius) * 180) / Math.PI;
    // An either-or date's callout sits on its first alternative, not in the gap between them.
    const first = arcSpans(arc.item, year)[0] ?? arc;
    const middle = (first.start + first.end) / 2;
    const anchor = wheelPoint(middle, radius);
    let point = anchor;
    // Up to all the way round the ring, nearest first.
    const attempts = Math.ceil(360 / step) + 1;
    for (let attempt = 1; attempt < attempts; attempt += 1) {
      const [x, y] = point;
      if (placed.every(([px, py]) => Math.hypot(px - x, py - y) >= gap)) break;
      // Try either side of the arc in turn, further each time.
      const offset = Math.ceil(attempt / 2) * step * (attempt % 2 === 1 ? 1 : -1);
      point = wheelPoint(middle + offset, radius);
    }
    placed.push(point);
    const moved = Math.hypot(point[0] - anchor[0], point[1] - anchor[1]) > calloutRadius;
    labels.set(arc.item.id, {
      kind: "callout",
      number: index + 1,
      x: point[0],
      y: point[1],
      anchor: moved ? anchor : null,
    });
  });
  return labels;
}

/** Where a lane's name goes: a text path along the widest free stretch of one of its rings, or none. */
export interface WheelLaneName {
  lane: string;
  index: number;
  name: string;
  /** A path along the ring to set the name on, or `null` where it does not fit (a number at 12 o'clock instead). */
  path: string | null;
  /** The ring's middle radius, for the number. */
  radius: number;
}

/** How far an angle is from 12 or 6 o'clock, in degrees. */
const levelness = (angle: number) => {
  const turned = ((angle % 180) + 180) % 180;
  return Math.min(turned, 180 - turned);
};

function laneNamePlaces(
  lanes: readonly WheelLane[],
  detailArcs: readonly WheelArc[],
  ringWidth: number,
  noLane: string,
): WheelLaneName[] {
  const spansByRing = new Map<number, { start: number; end: number }[]>();
  const laneOf = new Map(lanes.map((lane) => [lane.key, lane]));
  for (const arc of detailArcs) {
    const ring = (laneOf.get(arc.item.lane)?.firstRing ?? 0) + arc.row;
    const spans = spansByRing.get(ring) ?? [];
    spans.push({ start: arc.start, end: arc.end });
    spansByRing.set(ring, spans);
  }
  return lanes.map((lane) => {
    const name = lane.key || noLane;
    const [r0, r1] = ringRadii(lane.firstRing, ringWidth);
    const fallback = { lane: lane.key, index: lane.index, name, path: null, radius: (r0 + r1) / 2 };
    if (lane.mode === "band") return fallback;
    let best: { ring: number; start: number; end: number } | undefined;
    for (let ring = lane.firstRing; ring < lane.firstRing + lane.rings; ring += 1) {
      const gap = largestGap(spansByRing.get(ring) ?? []);
      if (!best || gap.end - gap.start > best.end - best.start) best = { ring, ...gap };
    }
    if (!best) return fallback;
    const [g0, g1] = ringRadii(best.ring, ringWidth);
    const radius = (g0 + g1) / 2;
    // Some room from the neighbouring arcs.
    const start = best.start + 1.5;
    const end = best.end - 1.5;
    if (!textFitsArc(name, start, end, g0, g1)) return fallback;
    // The name's own angle, placed as near 12 or 6 o'clock as the gap allows: text there reads
    // level rather than up or down the side of the wheel.
    const half = (((textWidth(name.length) + 8) / radius) * 180) / Math.PI / 2;
    const centre = [0, 180, 360, 540]
      .map((target) => Math.min(end - half, Math.max(start + half, target)))
      .reduce((nearest, candidate) => (levelness(candidate) < levelness(nearest) ? candidate : nearest));
    return { ...fallback, path: wheelTextPath(centre - half, centre + half, radius) };
  });
}
