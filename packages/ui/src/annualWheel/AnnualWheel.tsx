import type { Locale, PlanDocument } from "@milepael/core/lite";
import { useId, useState } from "react";
import { classNames } from "../internal/classNames";
import { ActivityDetails } from "../plan/ActivityDetails";
import { ActivityTable } from "../plan/ActivityTable";
import { type UseAnnualWheelOptions, useAnnualWheel } from "./useAnnualWheel";
import { WheelArcItem } from "./WheelArcItem";
import { WheelBackdrop } from "./WheelBackdrop";
import { wheelCenter, wheelOuter, wheelPoint, wheelSize } from "./wheelGeometry";

export interface AnnualWheelProps extends Omit<UseAnnualWheelOptions, "locale"> {
  document: PlanDocument;
  caption?: string;
  /**
   * Show the selected activity's details panel. Default `true`; `false` where another widget on
   * the page (a timeline sharing the selection) shows the same details.
   */
  showDetails?: boolean;
  locale?: Locale;
  className?: string;
}

/**
 * The political year as a circle: months as segments from a chosen start month, one ring per
 * lane, activities as arcs over their intervals, a today hand and week ticks. Keyboard moves
 * through the activities in the year's order; a table holds the same; SVG and PNG export.
 * Built on `useAnnualWheel` and `wheelGeometry`, which serve other markup as well.
 */
export function AnnualWheel({
  document,
  caption,
  showDetails = true,
  className,
  ...options
}: AnnualWheelProps) {
  const wheel = useAnnualWheel(document, options);
  const { text, year, selectedId, selected, todayAngle } = wheel;
  const ids = useId();
  // The focused arc's name, shown above the wheel: a thin arc has no room for it.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedName = wheel.arcs.find((arc) => arc.item.id === focusedId)?.item.name;
  const title = caption ?? document.metadata.title;
  // Escape or the close button close the details and hand the focus back to the selected arc.
  const closeDetails = () => {
    const id = selectedId;
    wheel.setSelectedId(null);
    if (id) wheel.svgRef.current?.querySelector<SVGElement>(`[data-item-id="${CSS.escape(id)}"]`)?.focus();
  };
  const hand = todayAngle === null ? null : wheelPoint(todayAngle, wheelOuter + 14);
  return (
    <figure
      ref={wheel.rootRef}
      className={classNames("mp-AnnualWheel", className)}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !selected || !showDetails) return;
        event.preventDefault();
        closeDetails();
      }}
    >
      <figcaption className="mp-AnnualWheel-title">
        {title} · {year}
      </figcaption>
      <p className="mp-visually-hidden" id={`${ids}-keys`}>
        {text.wheelKeys}
      </p>
      <p className="mp-AnnualWheel-focusName" aria-hidden="true">
        {focusedName}
      </p>
      <div className="mp-AnnualWheel-layout">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot hold a fieldset; group names the drawing. */}
        <svg
          ref={wheel.svgRef}
          className="mp-AnnualWheel-svg"
          viewBox={`0 0 ${wheelSize} ${wheelSize}`}
          role="group"
          aria-label={`${title} ${year}`}
          aria-describedby={`${ids}-keys`}
          onFocus={(event) => setFocusedId((event.target as Element).getAttribute("data-item-id"))}
          onBlur={() => setFocusedId(null)}
        >
          <WheelBackdrop
            months={wheel.months}
            mondays={wheel.mondays}
            rings={wheel.rings}
            lanes={wheel.lanes}
            ringWidth={wheel.ringWidth}
          />
          {wheel.arcs.map((arc) => (
            <WheelArcItem
              key={arc.item.id}
              arc={arc}
              year={wheel.span}
              ring={wheel.ringIndex(arc)}
              ringWidth={wheel.ringWidth}
              selected={selectedId === arc.item.id}
              tabIndex={arc.item.id === wheel.roving.tabStop ? 0 : -1}
              onActivate={wheel.activate}
              onArcKeyDown={wheel.onArcKeyDown}
            />
          ))}
          {hand && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the today hand is decoration; nothing in it is focusable.
            <g className="mp-AnnualWheel-today" aria-hidden="true">
              <line x1={wheelCenter} y1={wheelCenter} x2={hand[0]} y2={hand[1]} />
              <circle cx={wheelCenter} cy={wheelCenter} r={4} />
            </g>
          )}
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the year is in the figure's caption already. */}
          <text className="mp-AnnualWheel-year" x={wheelCenter} y={wheelCenter} aria-hidden="true">
            {year}
          </text>
        </svg>
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
          <ol
            className="mp-AnnualWheel-legend"
            aria-label={text.laneBy}
            // Lanes that carry their own numbers ("1. Introforløb") get no second one from the list.
            data-numbered={wheel.lanes.some((lane) => /^\d+[.)]\s/.test(lane)) ? "" : undefined}
          >
            {wheel.lanes.map((lane) => (
              <li key={lane}>{lane || text.noLane}</li>
            ))}
          </ol>
          <div className="mp-AnnualWheel-buttons">
            <button type="button" className="mp-Button" onClick={() => wheel.setYear(year - 1)}>
              <span aria-hidden="true">◀ </span>
              {text.previousYear}
            </button>
            <button type="button" className="mp-Button" onClick={() => wheel.setYear(year + 1)}>
              {text.nextYear}
              <span aria-hidden="true"> ▶</span>
            </button>
          </div>
          <div className="mp-AnnualWheel-buttons">
            <button type="button" className="mp-Button" onClick={() => wheel.exportAs("svg", title)}>
              {text.exportSvg}
            </button>
            <button type="button" className="mp-Button" onClick={() => wheel.exportAs("png", title)}>
              {text.exportPng}
            </button>
          </div>
        </div>
      </div>
      <ActivityTable
        caption={`${title} · ${year}`}
        items={wheel.arcs.map((arc) => arc.item)}
        laneBy={wheel.laneBy}
        locale={wheel.locale}
      />
    </figure>
  );
}
