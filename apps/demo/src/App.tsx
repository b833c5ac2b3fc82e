import type { Locale, MilepaelDocument } from "@milepael/core";
import { LocaleProvider } from "@milepael/ui";
import { useEffect, useMemo, useRef, useState } from "react";
import { AssessPage } from "./assess/AssessPage";
import { isFollowUp, isPlan, type LoadedDocument, seedDocuments } from "./data";
import { BoundaryContext, type BoundaryContextValue, ErrorBoundary } from "./errors/ErrorBoundary";
import { FollowUpPage } from "./pages/FollowUpPage";
import { ImportPage } from "./pages/ImportPage";
import { LargePage } from "./pages/LargePage";
import { MeetingsPage } from "./pages/MeetingsPage";
import { Overview } from "./pages/Overview";
import { PlansPage } from "./pages/PlansPage";
import { loadSource, type SourceError, sourceSettings } from "./source/loadSource";
import { StorageNotice } from "./store/StorageNotice";
import { useDemoStore } from "./store/useDemoStore";
import { texts } from "./texts";
import { type Page, pages, useUrlState } from "./urlState";

type Fetch =
  | { state: "idle" }
  | { state: "loading"; url: string }
  | { state: "error"; url: string; error: SourceError }
  | { state: "done"; title: string; origin: string };

const pageHref = (page: Page, locale: Locale) =>
  `?${new URLSearchParams({ ...(page === "overview" ? {} : { page }), ...(locale === "en" ? { lang: "en" } : {}) })}`;

export function App() {
  const { state, page, update } = useUrlState();
  const locale: Locale = state.lang;
  const text = texts[locale];
  // Imported and assessed documents live in IndexedDB and survive reloads.
  const store = useDemoStore();
  const [fromUrl, setFromUrl] = useState<LoadedDocument | null>(null);
  const [fetched, setFetched] = useState<Fetch>({ state: "idle" });
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  // Each page names itself in the tab (WCAG 2.4.2) and, after a change of page, takes focus on
  // its first heading, so a screen reader hears where it landed.
  useEffect(() => {
    document.title = `${text.nav[page]} · ${text.title}`;
  }, [page, text]);
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    const heading = document.querySelector<HTMLElement>("#main h2");
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [page]);

  // An intranet feeds the demo a document by URL: ?src=https://.../opfoelgning.json, from the
  // page's own origin or one the host page allows (see loadSource.ts and the README).
  const src = state.src;
  useEffect(() => {
    if (!src) return;
    const controller = new AbortController();
    setFetched({ state: "loading", url: src });
    void loadSource(src, {
      pageUrl: window.location.href,
      ...sourceSettings(window.document),
      signal: controller.signal,
    }).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok) {
        setFetched({ state: "error", url: src, error: result.error });
        return;
      }
      setFromUrl({ id: "src", document: result.document, source: "url", origin: result.origin });
      setFetched({ state: "done", title: result.document.metadata.title, origin: result.origin });
    });
    return () => controller.abort();
  }, [src]);

  // The seeds come first, so a fetched document never takes a built-in one's place; a seed the
  // store keeps (assessed here) is shown as kept.
  const documents = useMemo(() => {
    const kept = store.documents;
    const seeds = seedDocuments.map((entry) => {
      const stored = kept[entry.id];
      return stored ? { ...entry, document: stored.document } : entry;
    });
    const imported = Object.values(kept)
      .filter((stored) => !seedDocuments.some((entry) => entry.id === stored.id))
      .map((stored): LoadedDocument => ({ id: stored.id, document: stored.document, source: "import" }));
    return [...seeds, ...(fromUrl ? [fromUrl] : []), ...imported];
  }, [fromUrl, store.documents]);
  const go = (next: Page, extra: Record<string, string | null> = {}) =>
    update({ page: next === "overview" ? null : next, ...extra }, true);
  const open = (entry: LoadedDocument) =>
    isFollowUp(entry.document)
      ? go("followup", { doc: entry.id, round: null })
      : go("plans", { plan: entry.id, item: null });
  const onImported = (document: MilepaelDocument) =>
    store.save(`import-${Date.now().toString(36)}`, document);

  const followUps = documents.filter((entry) => isFollowUp(entry.document));
  const plans = documents.filter((entry) => isPlan(entry.document));
  const followUp = followUps.find((entry) => entry.id === state.doc) ?? followUps[0];
  const plan = plans.find((entry) => entry.id === state.plan) ?? plans[0];
  const boundary: BoundaryContextValue = {
    text,
    overviewHref: pageHref("overview", locale),
    onOverview: () => go("overview"),
    crashWidgets: state.crash === "widget",
  };

  return (
    <LocaleProvider locale={locale}>
      <BoundaryContext.Provider value={boundary}>
        <a className="demo-skip" href="#main">
          {locale === "da" ? "Gå til indholdet" : "Skip to content"}
        </a>
        <header className="demo-header">
          <div>
            <p className="demo-site">{text.site}</p>
            <h1>{text.title}</h1>
          </div>
          <label className="demo-language">
            {text.language}{" "}
            <select
              value={locale}
              onChange={(event) => update({ lang: event.target.value === "en" ? "en" : null })}
            >
              <option value="da">Dansk</option>
              <option value="en">English</option>
            </select>
          </label>
        </header>
        <nav className="demo-nav" aria-label={text.navLabel}>
          <ul>
            {pages.map((candidate) => (
              <li key={candidate}>
                <a
                  href={pageHref(candidate, locale)}
                  aria-current={candidate === page ? "page" : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    go(candidate);
                  }}
                >
                  {text.nav[candidate]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="demo-main" id="main">
          <div role="status" className="demo-fetch">
            {fetched.state === "loading" && text.loading}
            {fetched.state === "done" && text.loaded(fetched.title, fetched.origin)}
          </div>
          <StorageNotice failure={store.failure} locale={locale} />
          {fetched.state === "error" && (
            <p role="alert" className="demo-error">
              {text.loadError(fetched.url, text.sourceError(fetched.error))}
            </p>
          )}
          <ErrorBoundary key={page} scope="page" resetKeys={[locale, state.doc, state.plan]}>
            {page === "overview" && <Overview documents={documents} text={text} open={open} />}
            {page === "followup" && followUp && isFollowUp(followUp.document) && (
              <FollowUpPage
                key={followUp.id}
                entry={followUp}
                document={followUp.document}
                state={state}
                update={update}
                text={text}
              />
            )}
            {page === "plans" && plan && isPlan(plan.document) && (
              <PlansPage
                plans={plans}
                plan={plan.document}
                planEntry={plan}
                state={state}
                update={update}
                text={text}
              />
            )}
            {page === "assess" && followUp && isFollowUp(followUp.document) && (
              <AssessPage
                key={followUp.id}
                followUps={followUps}
                entry={followUp}
                document={followUp.document}
                store={store}
                state={state}
                update={update}
                locale={locale}
              />
            )}
            {page === "meetings" && <MeetingsPage state={state} update={update} locale={locale} />}
            {page === "import" && <ImportPage text={text} onImported={onImported} />}
            {page === "large" && <LargePage text={text} />}
          </ErrorBoundary>
        </main>
      </BoundaryContext.Provider>
    </LocaleProvider>
  );
}
