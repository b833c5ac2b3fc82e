/**
 * Where a key moves a table body's tab stop: the target index and the direction to look in past
 * lines that take no focus (open details). `undefined` for keys a table body does not handle.
 *
 * @example
 * tableRowMove("PageDown", 3, 40); // [13, 1]
 */
export function tableRowMove(key: string, current: number, last: number): [number, 1 | -1] | undefined {
  switch (key) {
    case "ArrowDown":
      return [current + 1, 1];
    case "ArrowUp":
      return [current - 1, -1];
    case "PageDown":
      return [current + 10, 1];
    case "PageUp":
      return [current - 10, -1];
    case "Home":
      return [0, 1];
    case "End":
      return [last, -1];
    default:
      return undefined;
  }
}

/**
 * The line a key leads to in a table body whose lines are not all focusable: the move clamped to
 * the body, then the nearest focusable line in the key's direction; `null` when there is none,
 * `undefined` for a key the body does not handle. For `useRovingFocus`'s `move`.
 *
 * @example
 * tableRowTarget("ArrowDown", 0, lines.length, (index) => lines[index]?.kind !== "detail");
 */
export function tableRowTarget(
  key: string,
  from: number,
  count: number,
  focusable: (index: number) => boolean,
): number | null | undefined {
  const move = tableRowMove(key, from, count - 1);
  if (move === undefined) return undefined;
  const [target, direction] = move;
  let index = Math.max(0, Math.min(count - 1, target));
  while (index >= 0 && index < count && !focusable(index)) index += direction;
  return focusable(index) ? index : null;
}
