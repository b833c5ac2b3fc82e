import { decisionOutcomes } from "@milepael/core";
import { useCallback, useEffect, useMemo, useState } from "react";
import { z } from "zod";

/** The demo's pages; the page lives in the URL, so a view can be linked. */
export const pages = ["overview", "followup", "assess", "plans", "meetings", "import", "large"] as const;
export type Page = (typeof pages)[number];

// Anyone can hand out a link: every key is input, read with a schema, and an invalid value
// falls back to its default instead of reaching a widget.
const id = z.string().trim().min(1).max(200);
const text = z.string().max(500);

/** One milestone-table filter: a column the table has and a string value. */
const columnFilterSchema = z.object({
  id: z.union([z.enum(["committee", "centre", "kind", "economy"]), z.string().regex(/^round:.{1,200}$/)]),
  value: z.string().max(500),
});

const filtersSchema = z
  .string()
  .max(10_000)
  .transform((value, context) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "not JSON" });
      return z.NEVER;
    }
  })
  .pipe(z.array(columnFilterSchema).max(20));

/** A schema per URL key; each falls back to its default on its own. */
export const urlStateSchemas = {
  page: z.enum(pages).catch("overview"),
  lang: z.enum(["da", "en"]).catch("da"),
  doc: id.nullable().catch(null),
  round: id.nullable().catch(null),
  initiative: id.nullable().catch(null),
  q: text.catch(""),
  filters: filtersSchema.catch([]),
  plan: id.nullable().catch(null),
  item: id.nullable().catch(null),
  view: z.enum(["timeline", "agenda"]).catch("timeline"),
  src: z.string().trim().min(1).max(2_000).nullable().catch(null),
  // The meetings page: the chosen meeting, the decision log's search and filters
  meeting: id.nullable().catch(null),
  dq: text.catch(""),
  outcome: z.enum(decisionOutcomes).nullable().catch(null),
  committee: text.nullable().catch(null),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .nullable()
    .catch(null),
  // Test-only: makes a widget or a page throw, so the error boundaries can be seen and tested.
  crash: z.enum(["widget", "page"]).nullable().catch(null),
} as const;

export type UrlState = { [Key in keyof typeof urlStateSchemas]: z.output<(typeof urlStateSchemas)[Key]> };
export type ColumnFilter = z.output<typeof columnFilterSchema>;

/**
 * Reads the query string into typed state; every invalid or missing value becomes its default
 * (an unknown page is the overview, broken filters are none).
 *
 * @example
 * parseUrlState(new URLSearchParams("page=followup&filters=oops")); // { page: "followup", filters: [], ... }
 */
export function parseUrlState(params: URLSearchParams): UrlState {
  const read = <Key extends keyof UrlState>(key: Key): UrlState[Key] => {
    const raw = params.get(key);
    const schema: z.ZodType<UrlState[Key]> = urlStateSchemas[key] as unknown as z.ZodType<UrlState[Key]>;
    return schema.parse(raw);
  };
  return {
    page: read("page"),
    lang: read("lang"),
    doc: read("doc"),
    round: read("round"),
    initiative: read("initiative"),
    q: read("q"),
    filters: read("filters"),
    plan: read("plan"),
    item: read("item"),
    view: read("view"),
    src: read("src"),
    meeting: read("meeting"),
    dq: read("dq"),
    outcome: read("outcome"),
    committee: read("committee"),
    year: read("year"),
    crash: read("crash"),
  };
}

function read(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/**
 * The URL's query as state: reading it, and writing keys with `history.replaceState` (filters)
 * or `pushState` (page changes, so Back works). Every tab and reload sees the same view.
 *
 * @example
 * const { state, update } = useUrlState();
 * update({ page: "followup" }, true);
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
  const state = useMemo(() => parseUrlState(params), [params]);
  return { state, page: state.page, update };
}
