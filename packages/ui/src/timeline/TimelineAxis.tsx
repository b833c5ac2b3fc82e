import type { TimelineModel } from "./useTimeline";

export interface TimelineAxisProps {
  timeline: Pick<TimelineModel, "ticks" | "x" | "today" | "range" | "text">;
}

/**
 * The axis labels, the grid lines and the today marker: decoration, hidden from screen readers.
 * Each label is at most as wide as the room before the next one, so labels never run together;
 * the today tag has a strip of its own under them.
 */
export function TimelineAxis({ timeline: { ticks, x, today, range, text } }: TimelineAxisProps) {
  const showToday = today !== null && today >= range.start && today < range.end;
  const nearEnd = today !== null && (today - range.start) / Math.max(1, range.end - range.start) > 0.9;
  return (
    <>
      <div className="mp-Timeline-axis" aria-hidden="true" data-today={showToday ? "" : undefined}>
        {ticks.map((tick) => (
          <span
            key={tick.partial ? "partial" : tick.day}
            className="mp-Timeline-tick"
            data-partial={tick.partial ? "" : undefined}
            style={{ left: x(tick.day), maxWidth: tick.maxWidth }}
            title={tick.title}
          >
            {tick.label}
          </span>
        ))}
        {showToday && (
          <span
            className="mp-Timeline-todayTag"
            // Near the end of the view the tag stands before the line, so it is not cut off.
            style={{ left: x(today), transform: nearEnd ? "translateX(-100%)" : undefined }}
          >
            {text.today}
          </span>
        )}
      </div>
      <div className="mp-Timeline-grid" aria-hidden="true">
        {ticks
          .filter((tick) => !tick.partial)
          .map((tick) => (
            <span key={tick.day} className="mp-Timeline-gridline" style={{ left: x(tick.day) }} />
          ))}
        {showToday && <span className="mp-Timeline-today" style={{ left: x(today) }} />}
      </div>
    </>
  );
}
