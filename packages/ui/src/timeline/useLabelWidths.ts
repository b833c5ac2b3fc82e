import type { Status } from "@milepael/core/lite";
import { type RefObject, useMemo, useSyncExternalStore } from "react";
import type { PreparedTimeline } from "../plan/prepareTimeline";
import { labelFont, labelWidths } from "./labels";

/**
 * Whether the page's web fonts have loaded: `true` at once where they have (or nothing says),
 * `false` while one is loading and until it is done.
 */
function useFontsLoaded(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const fonts = typeof document === "undefined" ? undefined : document.fonts;
      fonts?.addEventListener?.("loadingdone", onChange);
      return () => fonts?.removeEventListener?.("loadingdone", onChange);
    },
    () => typeof document === "undefined" || document.fonts?.status !== "loading",
    () => true,
  );
}

/**
 * The width in pixels of each prepared item's label, in the root's font. They do not depend on
 * the zoom: measured once per plan and font, and again once a web font that was still loading
 * has arrived; `null` while the chart waits for its width (nothing is packed then).
 *
 * @example
 * const widths = useLabelWidths(prepared, rootRef, unmeasured, statuses);
 */
export function useLabelWidths(
  prepared: PreparedTimeline,
  rootRef: RefObject<HTMLElement | null>,
  unmeasured: boolean,
  statuses: Readonly<Record<string, Status>> | undefined,
): Float64Array | null {
  const fontsLoaded = useFontsLoaded();
  // biome-ignore lint/correctness/useExhaustiveDependencies: fontsLoaded measures again once a loading web font has arrived.
  return useMemo(
    () =>
      unmeasured
        ? null
        : labelWidths(prepared.items, rootRef.current ? labelFont(rootRef.current) : null, statuses),
    [prepared, unmeasured, statuses, fontsLoaded],
  );
}
