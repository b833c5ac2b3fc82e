import { type KeyboardEvent, memo } from "react";
import { wheelColour } from "./wheelColour";
import { type WheelYear, wheelInner, wheelSector } from "./wheelGeometry";
import type { WheelArcLabel } from "./wheelLabels";
import { arcSpans, type WheelArc } from "./wheelRings";

export interface WheelArcItemProps {
  arc: WheelArc;
  year: WheelYear;
  /** The ring it is drawn in, from the inside, and the rings' width. */
  ring: number;
  ringWidth: number;
  /** Its lane's place in the palette (`data-colour`). */
  colour: number;
  /** Its name along the arc, where it fits (callouts are drawn above all arcs). */
  label: WheelArcLabel;
  /** A document-unique id for the label's path. */
  labelId: string;
  /** `"da"` where the data is Danish and the page is not. */
  lang: "da" | undefined;
  selected: boolean;
  tabIndex: 0 | -1;
  /** Stable: the arc's click. */
  onActivate: (id: string) => void;
  /** Stable: a key on the arc. */
  onArcKeyDown: (event: KeyboardEvent<Element>, id: string) => void;
}

/** An activity on the wheel: an arc (one per alternative of an either-or date), a button to the reader. */
export const WheelArcItem = memo(function WheelArcItem({
  arc: { item },
  year,
  ring,
  ringWidth,
  colour,
  label,
  labelId,
  lang,
  selected,
  tabIndex,
  onActivate,
  onArcKeyDown,
}: WheelArcItemProps) {
  const r0 = wheelInner + ringWidth * ring + 1.5;
  const r1 = wheelInner + ringWidth * (ring + 1) - 1.5;
  const spans = arcSpans(item, year);
  return (
    // biome-ignore lint/a11y/useSemanticElements: SVG has no button element; this is its accessible equivalent.
    <g
      role="button"
      tabIndex={tabIndex}
      aria-label={item.name}
      aria-pressed={selected}
      className="mp-AnnualWheel-item"
      data-item-id={item.id}
      {...wheelColour(colour)}
      data-selected={selected ? "" : undefined}
      data-approximate={item.approximate ? "" : undefined}
      data-either-or={item.eitherOr ? "" : undefined}
      onClick={() => onActivate(item.id)}
      onKeyDown={(event) => onArcKeyDown(event, item.id)}
    >
      <title>{item.name}</title>
      {/* A halo in the background's colour behind the arc: the focus ring's outer neighbour. */}
      {spans.map((span, index) => (
        <path
          // biome-ignore lint/suspicious/noArrayIndexKey: the spans of one date never reorder.
          key={`halo-${index}`}
          className="mp-AnnualWheel-halo"
          d={wheelSector(span.start, span.end, r0, r1)}
        />
      ))}
      {spans.map((span, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the spans of one date never reorder.
        <path key={index} className="mp-AnnualWheel-arc" d={wheelSector(span.start, span.end, r0, r1)} />
      ))}
      {label.kind === "arc" && (
        <>
          <defs>
            <path id={labelId} d={label.path} />
          </defs>
          <text className="mp-AnnualWheel-label" lang={lang}>
            <textPath href={`#${labelId}`} startOffset="50%">
              {item.title}
            </textPath>
          </text>
        </>
      )}
    </g>
  );
});
