import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from "react";

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
  // The latest options and tab stop, so that the returned functions stay the same between renders
  // (memoised items keep them as props).
  const latest = useRef({ options, tabStop, activeId });
  latest.current = { options, tabStop, activeId };
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current || activeId === null) return;
    const element = options.getElement(activeId);
    if (element) {
      pending.current = false;
      element.focus();
    }
  });
  const focus = useCallback((id: Id) => {
    const { options: current, activeId: active } = latest.current;
    pending.current = true;
    setActiveId(id);
    current.onMove?.(id);
    // The same id again renders nothing new: focus it now.
    if (id === active) {
      const element = current.getElement(id);
      if (element) {
        pending.current = false;
        element.focus();
      }
    }
  }, []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<Element>, from?: Id) => {
      const origin = from ?? latest.current.tabStop;
      if (origin === undefined) return;
      const target = latest.current.options.move(origin, event.key);
      if (target === undefined) return;
      event.preventDefault();
      if (target !== null) focus(target);
    },
    [focus],
  );
  const setActive = useCallback((id: Id) => setActiveId(id), []);
  return {
    tabStop,
    setActive,
    focus,
    onKeyDown,
    getItemProps: (id: Id) => ({
      tabIndex: id === tabStop ? 0 : -1,
      onKeyDown: (event: KeyboardEvent<Element>) => onKeyDown(event, id),
    }),
  };
}
