import type { Locale, PlanDocument } from "@milepael/core/lite";
import { type CSSProperties, useCallback, useId, useMemo, useState } from "react";
import { classNames } from "../internal/classNames";
import { dataLang } from "../internal/dataLang";
import { ActivityDetails } from "../plan/ActivityDetails";
import { ActivityTable } from "../plan/ActivityTable";
import { type UseAnnualWheelOptions, useAnnualWheel } from "./useAnnualWheel";
import { WheelArcItem } from "./WheelArcItem";
import { WheelBackdrop } from "./WheelBackdrop";
import { WheelLegend } from "./WheelLegend";
import { WheelList } from "./WheelList";
import { patternMarks, WheelBands, WheelMarks, WheelPatterns, WheelTodayHand } from "./WheelOverlay";
import { wheelCenter, wheelSize } from "./wheelGeometry";
import { wheelPaletteSize } from "./wheelRings";

export interface AnnualWheelProps extends Omit<UseAnnualWheelOptions, "locale"> {
  document: PlanDocument;
  caption?: string;
  /**
   * Show the selected activity's details panel. Default `true`; `false` where another widget on
   * the page (a timeline sharing the selection) shows the same details.
   */
  showDetails?: boolean;
  /**
   * Fill the rings with patterns as well as colours, for readers who do not tell the colours
   * apart. Print always uses the patterns. Default `false`.
   */
  patterns?: boolean;
  locale?: Locale;
  className?: string;
}

/**
 * The political year as a circle: months as segments from a chosen start month, one ring per
 * lane in its own colour and pattern with its name written on the ring, activities as arcs over
 * their intervals with their names where they fit and numbered callouts where not, a today hand
 * and week ticks. Lanes too crowded to see become density bands with counts. Keyboard moves
 * through the activities in the year's order; a table holds the same; SVG and PNG export. Too
 * narrow for 11 px text, it shows its list instead. Built on `useAnnualWheel` and
 * `wheelGeometry`, which serve other markup as well.
 */
export function AnnualWheel({
  document,
  caption,
  showDetails = true,
  patterns = false,
  className,
  ...options
}: AnnualWheelProps) {
  const wheel = useAnnualWheel(document, options);
  const { text, yearLabel, selectedId, selected, todayAngle } = wheel;
  const ids = useId().replace(/[^\w-]/g, "");
  const lang = dataLang(wheel.locale);
  // The focused arc's name, shown above the wheel: a thin arc has no room for it.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedName = wheel.arcs.find((arc) => arc.item.id === focusedId)?.item.name;
  const title = caption ?? document.metadata.title;
  // Escape or the close button close the details and hand the focus back to the selected arc.
  const closeDetails = () => {
    const id = selectedId;
    wheel.setSelectedId(null);
    if (id)
      wheel.rootRef.current
        ?.querySelector<HTMLElement | SVGElement>(`[data-item-id="${CSS.escape(id)}"]`)
        ?.focus();
  };
  const { arcs, months, mondays, lanes, ringCount, ringWidth, drawnArcs, labelOf, laneNames } = wheel;
  const colourOf = useMemo(() => {
    const laneIndex = new Map(lanes.map((lane, index) => [lane, index % wheelPaletteSize]));
    return (lane: string) => laneIndex.get(lane) ?? 0;
  }, [lanes]);
  const focusArc = wheel.roving.focus;
  const focusBand = useCallback(
    (lane: string, month: number) => {
      const sector = months[month];
      const first = arcs.find(
        (arc) => arc.item.lane === lane && sector && arc.start < sector.end && arc.end > sector.start,
      );
      if (first) focusArc(first.item.id);
    },
    [arcs, focusArc, months],
  );
  const bandTitle = useCallback(
    (cell: { lane: string; count: number; month: number }) =>
      text.wheelBand(cell.count, cell.lane || text.noLane, months[cell.month]?.name ?? ""),
    [text, months],
  );
  // Each instance's pattern ids, for the stylesheet's print and pattern rules.
  const patternStyle = Object.fromEntries(
    patternMarks.map((_, index) => [`--mp-wheel-pattern-${index}`, `url("#${ids}-pattern-${index}")`]),
  ) as CSSProperties;
  return (
    <figure
      ref={wheel.rootRef}
      className={classNames("mp-AnnualWheel", className)}
      style={patternStyle}
      data-patterns={patterns ? "" : undefined}
      data-view={wheel.narrow ? "list" : "wheel"}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !selected || !showDetails) return;
        event.preventDefault();
        closeDetails();
      }}
    >
      <figcaption className="mp-AnnualWheel-title">
        {title} · {yearLabel}
      </figcaption>
      <p className="mp-visually-hidden" id={`${ids}-keys`}>
        {text.wheelKeys}
      </p>
      <p className="mp-visually-hidden" id={`${ids}-laneHint`}>
        {text.wheelLaneAlone}
      </p>
      {!wheel.narrow && (
        <p className="mp-AnnualWheel-focusName" aria-hidden="true" lang={lang}>
          {focusedName}
        </p>
      )}
      <div className="mp-AnnualWheel-layout">
        {wheel.narrow ? (
          <WheelList
            items={wheel.arcs.map((arc) => arc.item)}
            lanes={wheel.lanes}
            label={`${text.wheelList} · ${yearLabel}`}
            noLane={text.noLane}
            lang={lang}
            selectedId={selectedId}
            onSelect={wheel.activate}
          />
        ) : (
          // biome-ignore lint/a11y/useSemanticElements: an SVG cannot hold a fieldset; group names the drawing.
          <svg
            ref={wheel.svgRef}
            className="mp-AnnualWheel-svg"
            viewBox={`0 0 ${wheelSize} ${wheelSize}`}
            role="group"
            aria-label={`${title} ${yearLabel}`}
            aria-describedby={`${ids}-keys`}
            onFocus={(event) => setFocusedId((event.target as Element).getAttribute("data-item-id"))}
            onBlur={() => setFocusedId(null)}
          >
            <WheelPatterns ids={ids} />
            <WheelBackdrop months={months} mondays={mondays} ringCount={ringCount} ringWidth={ringWidth} />
            <WheelBands
              bands={wheel.bands}
              ringWidth={ringWidth}
              colourOf={colourOf}
              title={bandTitle}
              onActivate={focusBand}
            />
            {todayAngle !== null && <WheelTodayHand angle={todayAngle} caption={text.today} />}
            {drawnArcs.map((arc) => (
              <WheelArcItem
                key={arc.item.id}
                arc={arc}
                year={wheel.span}
                ring={wheel.ringIndex(arc)}
                ringWidth={ringWidth}
                colour={colourOf(arc.item.lane)}
                label={labelOf(arc.item.id)}
                labelId={`${ids}-label-${arc.item.id}`}
                lang={lang}
                selected={selectedId === arc.item.id}
                tabIndex={arc.item.id === wheel.roving.tabStop ? 0 : -1}
                onActivate={wheel.activate}
                onArcKeyDown={wheel.onArcKeyDown}
              />
            ))}
            <WheelMarks arcs={drawnArcs} labelOf={labelOf} laneNames={laneNames} ids={ids} lang={lang} />
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the year is in the figure's caption already. */}
            <text
              className="mp-AnnualWheel-year"
              data-span={yearLabel.length > 4 ? "" : undefined}
              x={wheelCenter}
              y={wheelCenter}
              aria-hidden="true"
            >
              {yearLabel}
            </text>
          </svg>
        )}
        <div className="mp-AnnualWheel-side">
          {/* First beside the wheel: the Tab after the selected arc reaches the details. */}
          {selected && showDetails && (
            <ActivityDetails
              activity={selected.activity}
              when={selected.when}
              locale={wheel.locale}
              onClose={closeDetails}
            />
          )}
          <WheelLegend wheel={wheel} text={text} colourOf={colourOf} hintId={`${ids}-laneHint`} lang={lang} />
          <div className="mp-AnnualWheel-buttons">
            <button type="button" className="mp-Button" onClick={() => wheel.setYear(wheel.year - 1)}>
              <span aria-hidden="true">◀ </span>
              {text.previousYear}
            </button>
            <button type="button" className="mp-Button" onClick={() => wheel.setYear(wheel.year + 1)}>
              {text.nextYear}
              <span aria-hidden="true"> ▶</span>
            </button>
          </div>
          {!wheel.narrow && (
            <div className="mp-AnnualWheel-buttons">
              <button type="button" className="mp-Button" onClick={() => wheel.exportAs("svg", title)}>
                {text.exportSvg}
              </button>
              <button type="button" className="mp-Button" onClick={() => wheel.exportAs("png", title)}>
                {text.exportPng}
              </button>
            </div>
          )}
        </div>
      </div>
      <ActivityTable
        caption={`${title} · ${yearLabel}`}
        items={wheel.arcs.map((arc) => arc.item)}
        laneBy={wheel.laneBy}
        locale={wheel.locale}
      />
    </figure>
  );
}
