import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useStableCallback } from "./useStableCallback";

export interface RovingFocusOptions<Id> {
  /** The items that can hold the tab stop now (drawn, not skipped), in keyboard order. */
  tabbable: readonly Id[];
  /**
   * Where a key takes the focus from an item: an id, `null` for a key the widget handles that
   * leads nowhere, `undefined` for a key it does not handle (the event is left alone).
   */
  move: (from: Id, key: string) => Id | null | undefined;
  /** The element to focus for an id, once it is drawn. */
  getElement: (id: Id) => HTMLElement | SVGElement | null | undefined;
  /** Called when the focus moves to an id, before it is drawn: scroll or pan it into view here. */
  onMove?: (id: Id) => void;
}

export interface RovingFocus<Id> {
  /** The item that takes Tab: the last one moved to or clicked while it can, else the first. */
  tabStop: Id | undefined;
  /** Makes an item the tab stop without moving the focus (on click). Stable. */
  setActive: (id: Id) => void;
  /** Moves the tab stop and the focus to an item, drawing it first if need be. Stable. */
  focus: (id: Id) => void;
  /** Handles a key pressed on an item (default: the tab stop), as `move` says. Stable. */
  onKeyDown: (event: KeyboardEvent<Element>, from?: Id) => void;
  /** The props of an item: its `tabIndex` and key handler. */
  getItemProps: (id: Id) => { tabIndex: 0 | -1; onKeyDown: (event: KeyboardEvent<Element>) => void };
}

/**
 * One tab stop among many items, moved by keys (the WAI-ARIA roving tabindex), after React
 * Aria's collection hooks: the widget says where each key leads, the hook keeps the tab stop,
 * and focuses the target after it has been drawn (a virtualised row, an activity panned into view).
 *
 * @example
 * const roving = useRovingFocus({
 *   tabbable: ids,
 *   move: (from, key) => (key === "ArrowDown" ? ids[ids.indexOf(from) + 1] ?? null : undefined),
 *   getElement: (id) => list.current?.querySelector(`[data-id="${id}"]`),
 * });
 * return ids.map((id) => <button key={id} data-id={id} {...roving.getItemProps(id)}>{id}</button>);
 */
export function useRovingFocus<Id extends string | number>(options: RovingFocusOptions<Id>): RovingFocus<Id> {
  const [activeId, setActiveId] = useState<Id | null>(null);
  const tabStop = activeId !== null && options.tabbable.includes(activeId) ? activeId : options.tabbable[0];
  const pending = useRef(false);
  const focusNow = (id: Id) => {
    const element = options.getElement(id);
    if (element) {
      pending.current = false;
      element.focus();
    }
  };
  useEffect(() => {
    if (pending.current && activeId !== null) focusNow(activeId);
  });
  // Stable, so that memoised items can take them as props.
  const focus = useStableCallback((id: Id) => {
    pending.current = true;
    setActiveId(id);
    options.onMove?.(id);
    // The same id again renders nothing new: focus it now.
    if (id === activeId) focusNow(id);
  });
  const onKeyDown = useStableCallback((event: KeyboardEvent<Element>, from?: Id) => {
    const origin = from ?? tabStop;
    if (origin === undefined) return;
    const target = options.move(origin, event.key);
    if (target === undefined) return;
    event.preventDefault();
    if (target !== null) focus(target);
  });
  return {
    tabStop,
    setActive: setActiveId,
    focus,
    onKeyDown,
    getItemProps: (id: Id) => ({
      tabIndex: id === tabStop ? 0 : -1,
      onKeyDown: (event: KeyboardEvent<Element>) => onKeyDown(event, id),
    }),
  };
}
