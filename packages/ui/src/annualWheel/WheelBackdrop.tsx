import { memo } from "react";
import { round2, wheelCenter, wheelInner, wheelOuter, wheelPoint, wheelSector } from "./wheelGeometry";

export interface WheelBackdropProps {
  months: readonly { name: string; start: number; end: number }[];
  mondays: readonly { angle: number; week: number }[];
  /** How many rings are drawn, and their width. */
  ringCount: number;
  ringWidth: number;
}

/** The wheel's decoration: month sectors and names, week ticks and ring lines. */
export const WheelBackdrop = memo(function WheelBackdrop({
  months,
  mondays,
  ringCount,
  ringWidth,
}: WheelBackdropProps) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: decoration only, nothing in it is focusable.
    <g aria-hidden="true">
      {months.map((segment, index) => (
        <path
          key={segment.name}
          className="mp-AnnualWheel-month"
          data-odd={index % 2 === 1 ? "" : undefined}
          d={wheelSector(segment.start, segment.end, wheelInner, wheelOuter)}
        />
      ))}
      {months.map((segment) => {
        const [x, y] = wheelPoint((segment.start + segment.end) / 2, wheelOuter + 30);
        return (
          <text key={segment.name} className="mp-AnnualWheel-monthLabel" x={x} y={y}>
            {segment.name}
          </text>
        );
      })}
      {mondays.map((monday) => {
        const [x0, y0] = wheelPoint(monday.angle, wheelOuter);
        const [x1, y1] = wheelPoint(monday.angle, wheelOuter + (monday.week % 5 === 0 ? 10 : 5));
        return <line key={monday.angle} className="mp-AnnualWheel-week" x1={x0} y1={y0} x2={x1} y2={y1} />;
      })}
      {Array.from({ length: ringCount }, (_, index) => (
        <circle
          // biome-ignore lint/suspicious/noArrayIndexKey: rings are their index.
          key={index}
          className="mp-AnnualWheel-ring"
          cx={wheelCenter}
          cy={wheelCenter}
          r={round2(wheelInner + ringWidth * (index + 1))}
        />
      ))}
    </g>
  );
});
