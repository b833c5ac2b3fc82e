import type { KeyboardEvent } from "react";

/**
 * A `<details>` pop-up's key handler: Escape closes it and hands the focus back to its summary,
 * the control that opened it.
 *
 * @example
 * <details onKeyDown={closeDetailsOnEscape}><summary>Kolonner</summary>…</details>
 */
export function closeDetailsOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
  const details = event.currentTarget;
  if (event.key !== "Escape" || !details.open) return;
  event.preventDefault();
  event.stopPropagation();
  details.open = false;
  details.querySelector<HTMLElement>(":scope > summary")?.focus();
}
