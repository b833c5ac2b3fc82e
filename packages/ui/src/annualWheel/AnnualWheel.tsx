import {
  isoDayNumber as dayNumber,
  toIsoDate as isoDate,
  isoWeekOf as isoWeek,
  type Locale,
  monthName,
  type PlanDocument,
} from "@milepael/core/lite";
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { classNames } from "../internal/classNames";
import { useControllableState } from "../internal/useControllableState";
import { useLocale } from "../locale/LocaleProvider";
import { messages } from "../locale/messages";
import { ActivityDetails } from "../plan/ActivityDetails";
import { ActivityTable } from "../plan/ActivityTable";
import { type LaneField, layoutTimeline, packRows, type TimelineItem } from "../plan/layout";
import { downloadBlob, wheelPng, wheelSvg } from "./exportWheel";

export interface AnnualWheelProps {
  document: PlanDocument;
  /** The year the wheel shows; default the plan's year, or the year most activities start in. */
  year?: number;
  defaultYear?: number;
  onYearChange?: (year: number) => void;
  /** The month at 12 o'clock, 1–12. Default 1 (January). */
  startMonth?: number;
  /** Which field makes the rings, inside out. Default `theme`. */
  laneBy?: LaneField;
  selectedId?: string | null;
  defaultSelectedId?: string | null;
  onSelectionChange?: (id: string | null) => void;
  /** The today hand, `YYYY-MM-DD`; default today's date, `null` for none. */
  today?: string | null;
  caption?: string;
  locale?: Locale;
  className?: string;
}

const size = 640;
const center = size / 2;
const outer = 250;
const inner = 70;
/** The smallest arc an activity gets, so that single days stay visible and clickable. */
const minArcDegrees = 2.5;

/** Two decimals: Node's and Chromium's trigonometry can differ in the last digit, which breaks hydration. */
const round = (value: number) => Math.round(value * 100) / 100;

function point(angle: number, radius: number): [number, number] {
  const radians = ((angle - 90) * Math.PI) / 180;
  return [round(center + radius * Math.cos(radians)), round(center + radius * Math.sin(radians))];
}

/** An annular sector from angle a to b (degrees, clockwise from 12 o'clock) between two radii. */
function sector(a: number, b: number, r0: number, r1: number): string {
  const large = b - a > 180 ? 1 : 0;
  const [x0, y0] = point(a, r1);
  const [x1, y1] = point(b, r1);
  const [x2, y2] = point(b, r0);
  const [x3, y3] = point(a, r0);
  const [outerR, innerR] = [round(r1), round(r0)];
  return `M${x0} ${y0} A${outerR} ${outerR} 0 ${large} 1 ${x1} ${y1} L${x2} ${y2} A${innerR} ${innerR} 0 ${large} 0 ${x3} ${y3} Z`;
}

/**
 * The political year as a circle: months as segments from a chosen start month, one ring per
 * lane, activities as arcs over their intervals, a today hand and week ticks. Keyboard moves
 * through the activities in the year's order; a table holds the same; SVG and PNG export.
 */
export function AnnualWheel({
  document,
  year: yearProp,
  defaultYear,
  onYearChange,
  startMonth = 1,
  laneBy = "theme",
  today: todayProp,
  caption,
  locale,
  className,
  ...state
}: AnnualWheelProps) {
  const activeLocale = useLocale(locale);
  const text = messages(activeLocale);
  const ids = useId();
  const layout = useMemo(
    () => layoutTimeline(document, { laneBy, locale: activeLocale, noLane: text.noLane }),
    [document, laneBy, activeLocale, text.noLane],
  );
  const [year, setYear] = useControllableState(
    yearProp,
    defaultYear ?? document.metadata.year ?? mostCommonStartYear(layout.items) ?? new Date().getFullYear(),
    onYearChange,
  );
  const month = String(Math.min(12, Math.max(1, startMonth))).padStart(2, "0");
  const yearStart = dayNumber(`${year}-${month}-01`);
  const yearEnd = dayNumber(`${year + 1}-${month}-01`);
  const yearDays = yearEnd - yearStart;
  const angleOf = (day: number) => ((day - yearStart) / yearDays) * 360;

  // Only what falls in the wheel's year; clipped to it. Rings are packed by angle, so that arcs
  // in one ring never overlap.
  // biome-ignore lint/correctness/useExhaustiveDependencies: angleOf follows from yearStart and yearEnd.
  const { arcs, rings } = useMemo(() => {
    const inYear = layout.items
      .filter((item) => item.end > yearStart && item.start < yearEnd)
      .map((item) => {
        const start = angleOf(Math.max(item.start, yearStart));
        const end = Math.max(angleOf(Math.min(item.end, yearEnd)), start + minArcDegrees);
        return { item, start, end, row: 0 };
      });
    const ringList: { lane: string; row: number }[] = [];
    for (const lane of layout.lanes) {
      const members = inYear.filter((arc) => arc.item.lane === lane.key);
      if (members.length === 0) continue;
      const rows = packRows(members);
      for (let row = 0; row < rows; row += 1) ringList.push({ lane: lane.key, row });
    }
    return { arcs: inYear.sort((a, b) => a.start - b.start || a.end - b.end), rings: ringList };
    // angleOf depends only on yearStart and yearDays.
  }, [layout, yearStart, yearEnd]);
  const ringWidth = rings.length === 0 ? 0 : (outer - inner) / rings.length;
  // A map, not a search per arc: a wheel of 10,000 activities has hundreds of rings.
  const ringOf = useMemo(
    () => new Map(rings.map((ring, index) => [`${ring.lane}\u0000${ring.row}`, index])),
    [rings],
  );
  const ringIndex = (arc: (typeof arcs)[number]) => ringOf.get(`${arc.item.lane}\u0000${arc.row}`) ?? 0;
  const lanes = [...new Set(rings.map((ring) => ring.lane))];

  const [selectedId, setSelectedId] = useControllableState(
    state.selectedId,
    state.defaultSelectedId ?? null,
    state.onSelectionChange,
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const tabStop = activeId ?? arcs[0]?.item.id;
  const svg = useRef<SVGSVGElement>(null);
  const focusPending = useRef(false);
  useEffect(() => {
    if (!focusPending.current || activeId === null) return;
    focusPending.current = false;
    svg.current?.querySelector<SVGGElement>(`[data-item-id="${CSS.escape(activeId)}"]`)?.focus();
  });
  const onKeyDown = (event: KeyboardEvent<SVGGElement>, index: number) => {
    const targets: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: arcs.length - 1,
    };
    const target = targets[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const next = arcs[Math.max(0, Math.min(arcs.length - 1, target))];
      if (next) {
        focusPending.current = true;
        setActiveId(next.item.id);
      }
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      select(arcs[index]?.item.id ?? null);
    }
  };
  const select = (id: string | null) => setSelectedId(id === selectedId ? null : id);
  const selected = layout.items.find((item) => item.id === selectedId);

  const today = todayProp === null ? null : dayNumber(todayProp ?? new Date().toISOString().slice(0, 10));
  const months = Array.from({ length: 12 }, (_, index) => {
    const monthIndex = (startMonth - 1 + index) % 12;
    const monthYear = year + Math.floor((startMonth - 1 + index) / 12);
    const start = dayNumber(`${monthYear}-${String(monthIndex + 1).padStart(2, "0")}-01`);
    const nextIndex = (monthIndex + 1) % 12;
    const end = dayNumber(
      `${monthYear + (monthIndex === 11 ? 1 : 0)}-${String(nextIndex + 1).padStart(2, "0")}-01`,
    );
    return {
      name: monthName(monthIndex + 1, activeLocale, "short"),
      start: angleOf(start),
      end: angleOf(end),
    };
  });
  const mondays: { angle: number; week: number }[] = [];
  for (let day = yearStart; day < yearEnd; day += 1) {
    if (new Date(day * 86_400_000).getUTCDay() === 1)
      mondays.push({ angle: angleOf(day), week: isoWeek(day).week });
  }
  const title = caption ?? document.metadata.title;

  const exportAs = async (format: "svg" | "png") => {
    if (!svg.current) return;
    const name = `${title || "aarshjul"}.${format}`;
    if (format === "svg") downloadBlob(new Blob([wheelSvg(svg.current)], { type: "image/svg+xml" }), name);
    else downloadBlob(await wheelPng(svg.current), name);
  };

  return (
    <figure className={classNames("mp-AnnualWheel", className)}>
      <figcaption className="mp-AnnualWheel-title">
        {title} · {year}
      </figcaption>
      <p className="mp-visually-hidden" id={`${ids}-keys`}>
        {text.wheelKeys}
      </p>
      <div className="mp-AnnualWheel-layout">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot hold a fieldset; group names the drawing. */}
        <svg
          ref={svg}
          className="mp-AnnualWheel-svg"
          viewBox={`0 0 ${size} ${size}`}
          role="group"
          aria-label={`${title} ${year}`}
          aria-describedby={`${ids}-keys`}
        >
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: decoration only, nothing in it is focusable. */}
          <g aria-hidden="true">
            {months.map((segment, index) => (
              <path
                key={segment.name}
                className="mp-AnnualWheel-month"
                data-odd={index % 2 === 1 ? "" : undefined}
                d={sector(segment.start, segment.end, inner, outer)}
              />
            ))}
            {months.map((segment) => {
              const [x, y] = point((segment.start + segment.end) / 2, outer + 30);
              return (
                <text key={segment.name} className="mp-AnnualWheel-monthLabel" x={x} y={y}>
                  {segment.name}
                </text>
              );
            })}
            {mondays.map((monday) => {
              const [x0, y0] = point(monday.angle, outer);
              const [x1, y1] = point(monday.angle, outer + (monday.week % 5 === 0 ? 10 : 5));
              return (
                <line key={monday.angle} className="mp-AnnualWheel-week" x1={x0} y1={y0} x2={x1} y2={y1} />
              );
            })}
            {rings.map((ring, index) => (
              <circle
                key={`${ring.lane}:${ring.row}`}
                className="mp-AnnualWheel-ring"
                cx={center}
                cy={center}
                r={round(inner + ringWidth * (index + 1))}
              />
            ))}
            {lanes.map((lane, laneIndex) => {
              const first = rings.findIndex((ring) => ring.lane === lane);
              const [x, y] = point(0, inner + ringWidth * (first + 0.5));
              return (
                <text key={lane} className="mp-AnnualWheel-ringLabel" x={x} y={y}>
                  {laneIndex + 1}
                </text>
              );
            })}
          </g>
          {arcs.map((arc, index) => {
            const ring = ringIndex(arc);
            const r0 = inner + ringWidth * ring + 1.5;
            const r1 = inner + ringWidth * (ring + 1) - 1.5;
            return (
              // biome-ignore lint/a11y/useSemanticElements: SVG has no button element; this is its accessible equivalent.
              <g
                key={arc.item.id}
                role="button"
                tabIndex={arc.item.id === tabStop ? 0 : -1}
                aria-label={arc.item.name}
                aria-pressed={selectedId === arc.item.id}
                className="mp-AnnualWheel-item"
                data-item-id={arc.item.id}
                data-selected={selectedId === arc.item.id ? "" : undefined}
                data-approximate={arc.item.approximate ? "" : undefined}
                data-either-or={arc.item.eitherOr ? "" : undefined}
                onClick={() => {
                  setActiveId(arc.item.id);
                  select(arc.item.id);
                }}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                <title>{arc.item.name}</title>
                {(arc.item.eitherOr ? arc.item.segments : [{ start: arc.item.start, end: arc.item.end }]).map(
                  (segment) => {
                    const a = angleOf(Math.max(segment.start, yearStart));
                    const b = Math.max(angleOf(Math.min(segment.end, yearEnd)), a + minArcDegrees);
                    return <path key={segment.start} d={sector(a, b, r0, r1)} />;
                  },
                )}
              </g>
            );
          })}
          {today !== null && today >= yearStart && today < yearEnd && (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the today hand is decoration; nothing in it is focusable.
            <g className="mp-AnnualWheel-today" aria-hidden="true">
              <line
                x1={center}
                y1={center}
                x2={point(angleOf(today), outer + 14)[0]}
                y2={point(angleOf(today), outer + 14)[1]}
              />
              <circle cx={center} cy={center} r={4} />
            </g>
          )}
          {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the year is in the figure's caption already. */}
          <text className="mp-AnnualWheel-year" x={center} y={center} aria-hidden="true">
            {year}
          </text>
        </svg>
        <div className="mp-AnnualWheel-side">
          <ol className="mp-AnnualWheel-legend" aria-label={text.laneBy}>
            {lanes.map((lane) => (
              <li key={lane}>{lane || text.noLane}</li>
            ))}
          </ol>
          <div className="mp-AnnualWheel-buttons">
            <button type="button" className="mp-Button" onClick={() => setYear(year - 1)}>
              <span aria-hidden="true">◀ </span>
              {text.previousYear}
            </button>
            <button type="button" className="mp-Button" onClick={() => setYear(year + 1)}>
              {text.nextYear}
              <span aria-hidden="true"> ▶</span>
            </button>
          </div>
          <div className="mp-AnnualWheel-buttons">
            <button type="button" className="mp-Button" onClick={() => exportAs("svg")}>
              {text.exportSvg}
            </button>
            <button type="button" className="mp-Button" onClick={() => exportAs("png")}>
              {text.exportPng}
            </button>
          </div>
          {selected && (
            <ActivityDetails
              activity={selected.activity}
              when={selected.when}
              locale={activeLocale}
              onClose={() => setSelectedId(null)}
            />
          )}
        </div>
      </div>
      <ActivityTable
        caption={`${title} · ${year}`}
        items={arcs.map((arc) => arc.item)}
        laneBy={laneBy}
        locale={activeLocale}
      />
    </figure>
  );
}

function mostCommonStartYear(items: readonly TimelineItem[]): number | undefined {
  const counts = new Map<number, number>();
  for (const item of items) {
    const year = Number(isoDate(item.start).slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
