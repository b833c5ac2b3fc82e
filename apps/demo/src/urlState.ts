import { useCallback, useEffect, useState } from "react";

/** The demo's pages; the page lives in the URL, so a view can be linked. */
export const pages = ["overview", "followup", "plans", "import", "large"] as const;
export type Page = (typeof pages)[number];

function read(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/**
 * The URL's query as state: reading it, and writing keys with `history.replaceState` (filters)
 * or `pushState` (page changes, so Back works). Every tab and reload sees the same view.
 */
export function useUrlState() {
  const [params, setParams] = useState(read);
  useEffect(() => {
    const onPop = () => setParams(read());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const update = useCallback((changes: Record<string, string | null | undefined>, push = false) => {
    const next = read();
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === undefined || value === "") next.delete(key);
      else next.set(key, value);
    }
    // An absolute URL: a path such as "//" would otherwise read as another host.
    const target = new URL(window.location.href);
    target.search = next.toString();
    const url = target.href;
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    setParams(next);
  }, []);
  const page: Page = (pages as readonly string[]).includes(params.get("page") ?? "")
    ? (params.get("page") as Page)
    : "overview";
  return { params, page, update };
}
