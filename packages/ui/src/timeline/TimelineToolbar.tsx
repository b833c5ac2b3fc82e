import { type LaneField, laneFields } from "../plan/layout";
import { type TickUnit, tickUnits } from "./geometry";
import type { TimelineModel } from "./useTimeline";

export interface TimelineToolbarProps {
  timeline: TimelineModel;
}

/** Pan, zoom and scale (in the chart view), lanes, and the switch between chart and list. */
export function TimelineToolbar({ timeline }: TimelineToolbarProps) {
  const { text, view, unit, laneBy } = timeline;
  return (
    <div className="mp-Timeline-toolbar">
      {view === "timeline" && (
        <>
          <div className="mp-Timeline-buttons">
            <button type="button" className="mp-Button" onClick={() => timeline.pan(-0.5)}>
              <span aria-hidden="true">◀ </span>
              {text.panEarlier}
            </button>
            <button type="button" className="mp-Button" onClick={() => timeline.zoom(1 / 1.5)}>
              <span aria-hidden="true">+ </span>
              {text.zoomIn}
            </button>
            <button type="button" className="mp-Button" onClick={() => timeline.zoom(1.5)}>
              <span aria-hidden="true">− </span>
              {text.zoomOut}
            </button>
            <button type="button" className="mp-Button" onClick={() => timeline.pan(0.5)}>
              {text.panLater}
              <span aria-hidden="true"> ▶</span>
            </button>
            <button type="button" className="mp-Button" onClick={timeline.fitAll}>
              {text.fitAll}
            </button>
          </div>
          <label className="mp-Field">
            <span>{text.scale}</span>
            <select value={unit} onChange={(event) => timeline.showUnit(event.target.value as TickUnit)}>
              {tickUnits.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {text.scaleNames[candidate]}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label className="mp-Field">
        <span>{text.laneBy}</span>
        <select value={laneBy} onChange={(event) => timeline.setLaneBy(event.target.value as LaneField)}>
          {laneFields.map((field) => (
            <option key={field} value={field}>
              {text.laneNames[field]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="mp-Button"
        onClick={() => timeline.setView(view === "timeline" ? "agenda" : "timeline")}
      >
        {view === "timeline" ? text.showList : text.showTimeline}
      </button>
    </div>
  );
}
