import type { TimelineModel } from "./useTimeline";

export interface TimelineAxisProps {
  timeline: Pick<TimelineModel, "ticks" | "x" | "today" | "range" | "text">;
}

/** The axis labels, the grid lines and the today marker: decoration, hidden from screen readers. */
export function TimelineAxis({ timeline: { ticks, x, today, range, text } }: TimelineAxisProps) {
  return (
    <>
      <div className="mp-Timeline-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.day} className="mp-Timeline-tick" style={{ left: x(tick.day) }} title={tick.title}>
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
    </>
  );
}
