import { type Locale, type MilepaelDocument, parseDocumentJson, toLocale } from "@milepael/core";
import { LocaleProvider } from "@milepael/ui";
import { useEffect, useState } from "react";
import { isFollowUp, isPlan, type LoadedDocument, seedDocuments } from "./data";
import { FollowUpPage } from "./pages/FollowUpPage";
import { ImportPage } from "./pages/ImportPage";
import { LargePage } from "./pages/LargePage";
import { Overview } from "./pages/Overview";
import { PlansPage } from "./pages/PlansPage";
import { texts } from "./texts";
import { type Page, pages, useUrlState } from "./urlState";

type Fetch =
  | { state: "idle" }
  | { state: "loading"; url: string }
  | { state: "error"; url: string; reason: string }
  | { state: "done"; title: string };

export function App() {
  const { params, page, update } = useUrlState();
  const locale: Locale = toLocale(params.get("lang"));
  const text = texts[locale];
  const [documents, setDocuments] = useState<LoadedDocument[]>(seedDocuments);
  const [fetched, setFetched] = useState<Fetch>({ state: "idle" });
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // An intranet feeds the demo a document by URL: ?src=https://.../opfoelgning.json
  const src = params.get("src");
  useEffect(() => {
    if (!src) return;
    let cancelled = false;
    setFetched({ state: "loading", url: src });
    fetch(src)
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const result = parseDocumentJson(await response.text());
        if (!result.document) throw new Error(result.diagnostics[0]?.code ?? "invalid document");
        return result.document;
      })
      .then((document) => {
        if (cancelled) return;
        setDocuments((previous) => [
          { id: "src", document, source: "url" },
          ...previous.filter((entry) => entry.id !== "src"),
        ]);
        setFetched({ state: "done", title: document.metadata.title });
      })
      .catch((error: unknown) => {
        if (!cancelled)
          setFetched({
            state: "error",
            url: src,
            reason: error instanceof Error ? error.message : String(error),
          });
      });
    return () => {
      cancelled = true;
    };
  }, [src]);

  const go = (next: Page, extra: Record<string, string | null> = {}) =>
    update({ page: next === "overview" ? null : next, ...extra }, true);
  const open = (entry: LoadedDocument) =>
    isFollowUp(entry.document)
      ? go("followup", { doc: entry.id, round: null })
      : go("plans", { plan: entry.id, item: null });
  const onImported = (document: MilepaelDocument) =>
    setDocuments((previous) => {
      const count = previous.filter((entry) => entry.source === "import").length;
      return [...previous, { id: `import-${count + 1}`, document, source: "import" }];
    });

  const followUps = documents.filter((entry) => isFollowUp(entry.document));
  const plans = documents.filter((entry) => isPlan(entry.document));
  const followUp = followUps.find((entry) => entry.id === params.get("doc")) ?? followUps[0];
  const plan = plans.find((entry) => entry.id === params.get("plan")) ?? plans[0];

  return (
    <LocaleProvider locale={locale}>
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
                href={`?${new URLSearchParams({ ...(candidate === "overview" ? {} : { page: candidate }), ...(locale === "en" ? { lang: "en" } : {}) })}`}
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
          {fetched.state === "done" && text.loaded(fetched.title)}
        </div>
        {fetched.state === "error" && (
          <p role="alert" className="demo-error">
            {text.loadError(fetched.url, fetched.reason)}
          </p>
        )}
        {page === "overview" && <Overview documents={documents} text={text} open={open} />}
        {page === "followup" && followUp && isFollowUp(followUp.document) && (
          <FollowUpPage
            key={followUp.id}
            document={followUp.document}
            params={params}
            update={update}
            text={text}
          />
        )}
        {page === "plans" && plan && isPlan(plan.document) && (
          <PlansPage
            plans={plans}
            plan={plan.document}
            planId={plan.id}
            params={params}
            update={update}
            text={text}
          />
        )}
        {page === "import" && <ImportPage text={text} onImported={onImported} />}
        {page === "large" && <LargePage text={text} />}
      </main>
    </LocaleProvider>
  );
}
