import { SelectField } from "../internal/SelectField";
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
          <SelectField
            label={text.scale}
            value={unit}
            onChange={(value) => timeline.showUnit(value as TickUnit)}
            options={tickUnits.map((value) => ({ value, label: text.scaleNames[value] }))}
          />
        </>
      )}
      <SelectField
        label={text.laneBy}
        value={laneBy}
        onChange={(value) => timeline.setLaneBy(value as LaneField)}
        options={laneFields.map((value) => ({ value, label: text.laneNames[value] }))}
      />
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
