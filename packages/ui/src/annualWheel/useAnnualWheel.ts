import { isoDayNumber, type Locale, type PlanDocument } from "@milepael/core/lite";
import { useMemo, useRef } from "react";
import { useControllableState } from "../internal/useControllableState";
import { useLocale } from "../locale/LocaleProvider";
import { planMessages } from "../locale/messages/plan";
import { type LaneField, layoutTimeline } from "../plan/layout";
import type { SelectionState } from "../plan/selection";
import { downloadBlob, wheelPng, wheelSvg } from "./exportWheel";
import { useNarrowWheel } from "./useNarrowWheel";
import { useWheelLanes } from "./useWheelLanes";
import { useWheelSelection } from "./useWheelSelection";
import {
  mostCommonStartYear,
  wheelMondays,
  wheelMonths,
  wheelPoint,
  wheelYear,
  wheelYearLabel,
} from "./wheelGeometry";
import { arcLabels, laneNamePlaces, type WheelArcLabel } from "./wheelLabels";
import { wheelArcs } from "./wheelRings";

// The hook composes the wheel's parts: the year here, the lanes and their zoom (`useWheelLanes`),
// selection and keys (`useWheelSelection`), labels (`wheelLabels`), the width (`useNarrowWheel`).

export interface UseAnnualWheelOptions extends SelectionState {
  /** The year the wheel shows; default the plan's year, or the year most activities start in. */
  year?: number | undefined;
  defaultYear?: number | undefined;
  onYearChange?: ((year: number) => void) | undefined;
  /** The month at 12 o'clock, 1–12. Default 1 (January). */
  startMonth?: number | undefined;
  /** Which field makes the rings, inside out. Default `theme`. */
  laneBy?: LaneField | undefined;
  /** The today hand, `YYYY-MM-DD`; default today's date, `null` for none. */
  today?: string | null | undefined;
  /** Overrides the locale from the nearest `LocaleProvider`. */
  locale?: Locale | undefined;
}

/**
 * Everything an annual wheel's markup needs, without the markup: the year (controlled or not),
 * its months, Mondays, rings and arcs as angles (see `wheelGeometry`,
 * `wheelRings`), where names go (`wheelLabels`), the today angle, selection,
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
  const text = planMessages(locale);
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
  const lanes = useWheelLanes(arcs, rings, months);
  const { laneLayout, laneOf, ringWidth, detailArcs } = lanes;

  const svgRef = useRef<SVGSVGElement>(null);
  /** Where the arcs are (with `data-item-id`), for moving the focus: the figure, or a host's own container. */
  const rootRef = useRef<HTMLElement>(null);
  const selection = useWheelSelection(lanes.shownArcs, rootRef, options);
  const { selectedId, roving } = selection;

  // Arcs of detailed lanes are drawn one by one; of a band only the one with the tab stop or the
  // selection, so that the keyboard still reaches every activity and shows where it is.
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
  const narrow = useNarrowWheel(rootRef);

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
    lanes: lanes.lanes,
    /** The lanes as drawn: their rings and whether in detail or as a density band. */
    laneLayout,
    /** The lane shown alone, zoomed to every ring, or `null` for all lanes. */
    shownLane: lanes.shownLane,
    /** Shows one lane alone (`null`: all again). */
    setShownLane: lanes.setShownLane,
    /** How many rings are drawn, and their width. */
    ringCount: lanes.ringCount,
    ringWidth,
    ringIndex: lanes.ringIndex,
    /** The arcs drawn one by one: every arc of a detailed lane, and a band's focused or selected one. */
    drawnArcs,
    /** The months of the band lanes with how many activities touch them. */
    bands: lanes.bands,
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
    /** The selection, the tab stop and the props of an arc (`useWheelSelection`). */
    ...selection,
    selected: layout.items.find((item) => item.id === selectedId),
    svgRef,
    rootRef,
    exportAs,
  };
}

export type AnnualWheelModel = ReturnType<typeof useAnnualWheel>;
