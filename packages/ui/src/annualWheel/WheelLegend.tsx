import type { PlanMessages } from "../locale/messages/plan";
import type { AnnualWheelModel } from "./useAnnualWheel";
import { wheelColour } from "./wheelColour";

export interface WheelLegendProps {
  /**
   * Its lanes, the lane shown alone, the numbered callouts, and `narrow`: in the list view the lanes
   * are a plain key, not buttons.
   */
  wheel: Pick<AnnualWheelModel, "lanes" | "shownLane" | "setShownLane" | "callouts" | "narrow">;
  text: Pick<PlanMessages, "laneBy" | "noLane" | "wheelCallouts">;
  /** The palette index of a lane's colour. */
  colourOf: (lane: string) => number;
  /** The id of the hidden text that says what pressing a lane does. */
  hintId: string;
  lang: "da" | undefined;
}

/**
 * The wheel's key beside it: each lane with its colour (a button that shows the lane alone), then
 * the numbered names of the arcs too thin for them.
 */
export function WheelLegend({ wheel, text, colourOf, hintId, lang }: WheelLegendProps) {
  const { lanes, shownLane, callouts, narrow } = wheel;
  // Lanes that carry their own numbers ("1. Introforløb") get no second one from the list.
  const numbered = lanes.some((lane) => /^\d+[.)]\s/.test(lane));
  return (
    <>
      <ol
        className="mp-AnnualWheel-legend"
        aria-label={text.laneBy}
        data-numbered={numbered ? "" : undefined}
      >
        {lanes.map((lane) => {
          const name = (
            <>
              <svg className="mp-AnnualWheel-swatch" viewBox="0 0 16 16" aria-hidden="true">
                <rect width={16} height={16} />
              </svg>
              {lane ? <span lang={lang}>{lane}</span> : text.noLane}
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
                  onClick={() => wheel.setShownLane(shownLane === lane ? null : lane)}
                >
                  {name}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!narrow && callouts.length > 0 && (
        <ol className="mp-AnnualWheel-callouts" aria-label={text.wheelCallouts}>
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
