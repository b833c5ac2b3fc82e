import { type KeyboardEvent, type RefObject, useMemo } from "react";
import { useControllableState } from "../internal/useControllableState";
import { useRovingFocus } from "../internal/useRovingFocus";
import { useStableCallback } from "../internal/useStableCallback";
import type { SelectionState } from "../plan/selection";
import type { WheelArc } from "./wheelRings";

/**
 * The wheel's selection (controlled or not) and its one tab stop: arrow keys move through the
 * shown arcs in the year's order, Enter and Space select, a click takes the tab stop and toggles
 * the selection. Apart from the rings, so that a zoom to one lane only changes what is tabbable.
 *
 * @example
 * const selection = useWheelSelection(shownArcs, rootRef, { defaultSelectedId: null });
 * <path {...selection.arcProps(arc.item.id)} />;
 */
export function useWheelSelection(
  shownArcs: readonly WheelArc[],
  rootRef: RefObject<HTMLElement | null>,
  options: SelectionState,
) {
  const [selectedId, setSelectedId] = useControllableState(
    options.selectedId,
    options.defaultSelectedId ?? null,
    options.onSelectionChange,
  );
  const select = useStableCallback((id: string | null) => setSelectedId(id === selectedId ? null : id));
  const indexOf = useMemo(() => new Map(shownArcs.map((arc, index) => [arc.item.id, index])), [shownArcs]);
  const roving = useRovingFocus<string>({
    tabbable: shownArcs.map((arc) => arc.item.id),
    move: (id, key) => {
      const index = indexOf.get(id) ?? 0;
      const targets: Record<string, number> = {
        ArrowRight: index + 1,
        ArrowDown: index + 1,
        ArrowLeft: index - 1,
        ArrowUp: index - 1,
        Home: 0,
        End: shownArcs.length - 1,
      };
      const target = targets[key];
      if (target === undefined) return undefined;
      return shownArcs[Math.max(0, Math.min(shownArcs.length - 1, target))]?.item.id ?? null;
    },
    getElement: (id) =>
      rootRef.current?.querySelector<SVGGElement | HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`),
  });
  /** Arrow keys move through the year; Enter and Space select. Stable. */
  const onArcKeyDown = useStableCallback((event: KeyboardEvent<Element>, id: string) => {
    roving.onKeyDown(event, id);
    if (event.defaultPrevented) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      select(id);
    }
  });
  /** A click on an arc: it takes the tab stop and toggles its selection. Stable. */
  const activate = useStableCallback((id: string) => {
    roving.setActive(id);
    select(id);
  });
  return {
    selectedId,
    setSelectedId,
    select,
    activate,
    roving,
    onArcKeyDown,
    /** The props of an arc: its tab stop, keys and click. */
    arcProps: (id: string) => ({
      tabIndex: roving.getItemProps(id).tabIndex,
      onKeyDown: (event: KeyboardEvent<Element>) => onArcKeyDown(event, id),
      onClick: () => activate(id),
    }),
  };
}
