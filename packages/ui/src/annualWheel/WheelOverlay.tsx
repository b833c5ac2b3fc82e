import { memo } from "react";
import { wheelColour } from "./wheelColour";
import {
  wheelCenter,
  wheelFontUnits,
  wheelInner,
  wheelOuter,
  wheelPoint,
  wheelSector,
} from "./wheelGeometry";
import { calloutRadius, textWidth, type WheelArcLabel, type WheelLaneName } from "./wheelLabels";
import { ringRadii, type WheelArc, type WheelBandCell } from "./wheelRings";

export interface WheelBandsProps {
  bands: readonly (WheelBandCell & { ring: number })[];
  ringWidth: number;
  colourOf: (lane: string) => number;
  /** "153 aktiviteter i Drift, jun." */
  title: (cell: WheelBandCell) => string;
  /** Stable: a click on a month of a band focuses its first activity there. */
  onActivate: (lane: string, month: number) => void;
}

/**
 * Lanes too crowded to draw arc by arc: one ring per lane, a sector per month with activities,
 * with their number where it fits. The activities themselves are reached by keyboard, by a click
 * on the month (its first activity takes the focus) and in the table.
 */
export const WheelBands = memo(function WheelBands({
  bands,
  ringWidth,
  colourOf,
  title,
  onActivate,
}: WheelBandsProps) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the arcs and the table carry the activities; nothing here is focusable.
    <g aria-hidden="true">
      {bands.map((cell) => {
        const [r0, r1] = ringRadii(cell.ring, ringWidth);
        const radius = (r0 + r1) / 2;
        const count = String(cell.count);
        const length = (((cell.end - cell.start) * Math.PI) / 180) * radius;
        const fits = r1 - r0 >= wheelFontUnits + 3 && length >= textWidth(count.length) + 6;
        const [x, y] = wheelPoint((cell.start + cell.end) / 2, radius);
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; keyboard users reach the same activities with the arrow keys.
          <g
            key={`${cell.lane}:${cell.month}`}
            className="mp-AnnualWheel-band"
            {...wheelColour(colourOf(cell.lane))}
            onClick={() => onActivate(cell.lane, cell.month)}
          >
            <title>{title(cell)}</title>
            <path className="mp-AnnualWheel-bandCell" d={wheelSector(cell.start, cell.end, r0, r1)} />
            {fits && (
              <text className="mp-AnnualWheel-label mp-AnnualWheel-count" x={x} y={y}>
                {count}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});

export interface WheelMarksProps {
  arcs: readonly WheelArc[];
  labelOf: (id: string) => WheelArcLabel;
  laneNames: readonly WheelLaneName[];
  /** A document-unique prefix for the ids of the names' paths. */
  ids: string;
  lang: "da" | undefined;
}

/**
 * What lies above every arc: the numbered callouts of arcs too small for their name, and each
 * lane's name along a free stretch of its ring (or its number at 12 o'clock, when no stretch is
 * long enough; the legend lists the names by number). Decoration: the arcs carry the names.
 */
export const WheelMarks = memo(function WheelMarks({ arcs, labelOf, laneNames, ids, lang }: WheelMarksProps) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: decoration only, nothing in it is focusable.
    <g aria-hidden="true" className="mp-AnnualWheel-marks">
      {laneNames.map((lane) =>
        lane.path ? (
          <g key={lane.lane}>
            <defs>
              <path id={`${ids}-lane-${lane.index}`} d={lane.path} />
            </defs>
            <text className="mp-AnnualWheel-laneName" lang={lang}>
              <textPath href={`#${ids}-lane-${lane.index}`} startOffset="50%">
                {lane.name}
              </textPath>
            </text>
          </g>
        ) : (
          <g key={lane.lane} className="mp-AnnualWheel-tag">
            <circle cx={wheelCenter} cy={wheelCenter - lane.radius} r={calloutRadius} />
            <text x={wheelCenter} y={wheelCenter - lane.radius}>
              {lane.index + 1}
            </text>
          </g>
        ),
      )}
      {/* Leaders first, so that no callout's number lies under another's line. */}
      {arcs.map((arc) => {
        const label = labelOf(arc.item.id);
        if (label.kind !== "callout" || !label.anchor) return null;
        return (
          <line
            key={`leader-${arc.item.id}`}
            className="mp-AnnualWheel-leader"
            x1={label.anchor[0]}
            y1={label.anchor[1]}
            x2={label.x}
            y2={label.y}
          />
        );
      })}
      {arcs.map((arc) => {
        const label = labelOf(arc.item.id);
        if (label.kind !== "callout") return null;
        return (
          <g key={arc.item.id} className="mp-AnnualWheel-callout">
            <circle cx={label.x} cy={label.y} r={calloutRadius} />
            <text x={label.x} y={label.y}>
              {label.number}
            </text>
          </g>
        );
      })}
    </g>
  );
});

/** The today hand: from the hub to the rim, under the arcs, captioned in the hub. */
export function WheelTodayHand({ angle, caption }: { angle: number; caption: string }) {
  const [x0, y0] = wheelPoint(angle, wheelInner);
  const [x1, y1] = wheelPoint(angle, wheelOuter);
  const [cx, cy] = wheelPoint(angle, wheelInner - 16);
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the today hand is decoration; nothing in it is focusable.
    <g className="mp-AnnualWheel-today" aria-hidden="true">
      <line x1={x0} y1={y0} x2={x1} y2={y1} />
      <circle cx={x0} cy={y0} r={4} />
      <text className="mp-AnnualWheel-todayCaption" x={cx} y={cy}>
        {caption}
      </text>
    </g>
  );
}

/** Patterns per palette colour, for print and for readers who tell the rings apart by texture. */
export const patternMarks = [
  "M0 8 L8 0", // rising diagonal
  "M0 4 L8 4", // horizontal
  "M4 0 L4 8", // vertical
  "M0 0 L8 8", // falling diagonal
  "M0 8 L8 0 M0 0 L8 8", // crosshatch
  "M4 4 h0.01", // dots (a round cap)
  "M0 4 L8 4 M4 0 L4 8", // grid
  "M0 6 L4 2 L8 6", // zigzag
] as const;

export function WheelPatterns({ ids }: { ids: string }) {
  return (
    <defs>
      {patternMarks.map((mark, index) => (
        <pattern
          key={mark}
          id={`${ids}-pattern-${index}`}
          width={8}
          height={8}
          patternUnits="userSpaceOnUse"
          {...wheelColour(index)}
        >
          <rect className="mp-AnnualWheel-patternBase" width={8} height={8} />
          <path className="mp-AnnualWheel-patternMark" d={mark} />
        </pattern>
      ))}
    </defs>
  );
}
