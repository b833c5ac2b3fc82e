import type { TimelineItem, UnplacedItem } from "../plan/layout";
import { wheelColour } from "./wheelColour";

export interface WheelLegendProps {
  lanes: readonly string[];
  /** The palette index of a lane's colour. */
  colourOf: (lane: string) => number;
  noLane: string;
  label: string;
  calloutsLabel: string;
  /** The id of the hidden text that says what pressing a lane does. */
  hintId: string;
  lang: "da" | undefined;
  /** In the list view the lanes are a plain key, not buttons. */
  narrow: boolean;
  shownLane: string | null;
  onShowLane: (lane: string | null) => void;
  /** Activities whose names did not fit on their arcs, in the order of their numbers. */
  callouts: readonly (TimelineItem | UnplacedItem)[];
}

/**
 * The wheel's key beside it: each lane with its colour (a button that shows the lane alone), then
 * the numbered names of the arcs too thin for them.
 */
export function WheelLegend({
  lanes,
  colourOf,
  noLane,
  label,
  calloutsLabel,
  hintId,
  lang,
  narrow,
  shownLane,
  onShowLane,
  callouts,
}: WheelLegendProps) {
  // Lanes that carry their own numbers ("1. Introforløb") get no second one from the list.
  const numbered = lanes.some((lane) => /^\d+[.)]\s/.test(lane));
  return (
    <>
      <ol className="mp-AnnualWheel-legend" aria-label={label} data-numbered={numbered ? "" : undefined}>
        {lanes.map((lane) => {
          const name = (
            <>
              <svg className="mp-AnnualWheel-swatch" viewBox="0 0 16 16" aria-hidden="true">
                <rect width={16} height={16} />
              </svg>
              {lane ? <span lang={lang}>{lane}</span> : noLane}
            </>
          );
          return (
            <li key={lane} {...wheelColour(colourOf(lane))}>
              {narrow ? (
                name
              ) : (
                // Zoom: a lane alone gets every ring, in detail where it was a band among many.
                <button
                  type="button"
                  className="mp-AnnualWheel-laneButton"
                  aria-pressed={shownLane === lane}
                  aria-describedby={hintId}
                  onClick={() => onShowLane(shownLane === lane ? null : lane)}
                >
                  {name}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!narrow && callouts.length > 0 && (
        <ol className="mp-AnnualWheel-callouts" aria-label={calloutsLabel}>
          {callouts.map((item, index) => (
            <li key={item.id} value={index + 1}>
              <span lang={lang}>{item.title}</span>
              {item.when && `, ${item.when}`}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
