import { useMemo, useState } from "react";
import { wheelInner, wheelOuter } from "./wheelGeometry";
import { type WheelArc, type WheelRing, wheelBand, wheelLanes } from "./wheelRings";

/**
 * The wheel's lanes as drawn: which lanes get a ring per row and which one density band (the
 * level of detail), and the zoom to one lane alone, which then gets every ring. Apart from the
 * selection and the labels, which follow from it.
 *
 * @example
 * const lanes = useWheelLanes(arcs, rings, months);
 * lanes.setShownLane("Kommunikation");
 */
export function useWheelLanes(
  arcs: readonly WheelArc[],
  rings: readonly WheelRing[],
  months: readonly { start: number; end: number }[],
) {
  // Level of detail: crowded lanes become one band ring each, so rings stay wide enough to see.
  const lanes = useMemo(() => [...new Set(rings.map((ring) => ring.lane))], [rings]);
  // Zoom: one lane alone gets every ring, so a lane that is a band among many can show in detail.
  const [chosenLane, setShownLane] = useState<string | null>(null);
  const shownLane = chosenLane !== null && lanes.includes(chosenLane) ? chosenLane : null;
  const shownArcs = useMemo(
    () => (shownLane === null ? arcs : arcs.filter((arc) => arc.item.lane === shownLane)),
    [arcs, shownLane],
  );
  const laneLayout = useMemo(() => {
    const shown = shownLane === null ? rings : rings.filter((ring) => ring.lane === shownLane);
    // A lane keeps its number and colour (its place among all lanes) when it is shown alone.
    return wheelLanes(shown).map((lane) => ({ ...lane, index: lanes.indexOf(lane.key) }));
  }, [rings, lanes, shownLane]);
  const laneOf = useMemo(() => new Map(laneLayout.map((lane) => [lane.key, lane])), [laneLayout]);
  const ringCount = laneLayout.reduce((sum, lane) => sum + lane.rings, 0);
  const ringWidth = ringCount === 0 ? 0 : (wheelOuter - wheelInner) / ringCount;
  /** The ring an arc is drawn in, from the inside: its row in a detailed lane, the band's ring otherwise. */
  const ringIndex = (arc: WheelArc) => {
    const lane = laneOf.get(arc.item.lane);
    if (!lane) return 0;
    return lane.firstRing + (lane.mode === "detail" ? arc.row : 0);
  };
  const bands = useMemo(
    () =>
      laneLayout.flatMap((lane) =>
        lane.mode === "band"
          ? wheelBand(arcs, lane.key, months).map((cell) => ({ ...cell, ring: lane.firstRing }))
          : [],
      ),
    [laneLayout, arcs, months],
  );
  // Arcs of detailed lanes are drawn one by one; of a band only the one with the tab stop or the
  // selection (see `useAnnualWheel`'s `drawnArcs`).
  const detailArcs = useMemo(
    () => arcs.filter((arc) => laneOf.get(arc.item.lane)?.mode === "detail"),
    [arcs, laneOf],
  );
  return {
    lanes,
    shownLane,
    setShownLane,
    shownArcs,
    laneLayout,
    laneOf,
    ringCount,
    ringWidth,
    ringIndex,
    bands,
    detailArcs,
  };
}
