import {
  type Actor,
  type BudgetFollowUp,
  type Diagnostic,
  diagnosticMessage,
  type Locale,
  openRound,
  publishRound,
  roundWorklist,
  startRound,
} from "@milepael/core";
import { AssessmentTable, RoundDiff } from "@milepael/ui/assessment";
import { useId, useRef, useState } from "react";
import type { LoadedDocument } from "../data";
import { Widget } from "../errors/ErrorBoundary";
import type { DemoStore } from "../store/useDemoStore";
import type { UrlState } from "../urlState";
import { assessTexts } from "./assessTexts";
import { HistoryList } from "./HistoryList";
import { nextRound } from "./nextRound";
import { StoreBackupControls } from "./StoreBackupControls";

interface AssessPageProps {
  followUps: LoadedDocument[];
  entry: LoadedDocument;
  document: BudgetFollowUp;
  store: DemoStore;
  state: UrlState;
  update: (changes: Record<string, string | null>) => void;
  locale: Locale;
}

const whoKey = "milepael-demo-by";
const readWho = () => {
  try {
    return localStorage.getItem(whoKey) ?? "";
  } catch {
    return "";
  }
};

/**
 * Writing a follow-up round: start it, assess in the table (kept in IndexedDB at every change),
 * publish it, and read the history of who changed what when.
 */
export function AssessPage({ followUps, entry, document: kept, store, update, locale }: AssessPageProps) {
  const text = assessTexts(locale);
  const ids = useId();
  const [who, setWho] = useState(readWho);
  const [pending, setPending] = useState<BudgetFollowUp | null>(null);
  const [findings, setFindings] = useState<Diagnostic[]>([]);
  const [saving, setSaving] = useState<"idle" | "saving" | "saved">("idle");
  const suggested = nextRound(kept);
  const [label, setLabel] = useState(suggested.label);
  const [cutOff, setCutOff] = useState(suggested.cutOff);
  const document = pending ?? kept;
  const round = openRound(document);
  const actor = (): Actor => ({ by: who.trim() || "Medarbejder", at: new Date().toISOString() });
  const conflict = findings.find((finding) => finding.code === "store.conflict");
  const changedElsewhere = store.changedElsewhere.has(entry.id);

  // Saves are queued: "saved" only once the last one in the queue is written, not the first of a burst.
  const savesInFlight = useRef(0);
  const save = (next: BudgetFollowUp) => {
    setPending(next);
    setSaving("saving");
    savesInFlight.current += 1;
    void store.save(entry.id, next).then((result) => {
      savesInFlight.current -= 1;
      if (result.ok) {
        setPending((current) => (current === next ? null : current));
        if (savesInFlight.current === 0) setSaving("saved");
        setFindings((previous) => previous.filter((finding) => finding.code !== "store.conflict"));
      } else {
        setSaving("idle");
      }
      if (result.diagnostics.length > 0) setFindings(result.diagnostics);
    });
  };
  const run = (result: { document: BudgetFollowUp; diagnostics: Diagnostic[] }) => {
    setFindings(result.diagnostics);
    if (!result.diagnostics.some((finding) => finding.level === "error")) save(result.document);
  };
  const reload = () => {
    setPending(null);
    setFindings([]);
    void store.reload(entry.id);
  };

  const dueMilestones =
    round === null ? [] : roundWorklist(document, round.id).filter((item) => item.target !== "economy");
  const roundIndex =
    round === null ? -1 : document.rounds.findIndex((candidate) => candidate.id === round.id);
  const next = document.rounds[roundIndex + 1];
  const alsoRounds = round !== null && dueMilestones.length === 0 && next !== undefined ? [next.id] : [];

  return (
    <>
      <h2>{text.heading}</h2>
      <p>{text.intro}</p>
      <div className="demo-assess-controls">
        <label className="mp-Field">
          <span>{text.chooseDocument}</span>
          <select value={entry.id} onChange={(event) => update({ doc: event.target.value })}>
            {followUps.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.document.metadata.title}
              </option>
            ))}
          </select>
        </label>
        <label className="mp-Field">
          <span>{text.who}</span>
          <input
            value={who}
            autoComplete="name"
            onChange={(event) => {
              setWho(event.target.value);
              try {
                localStorage.setItem(whoKey, event.target.value);
              } catch {
                // Not kept: asked again after a reload.
              }
            }}
          />
        </label>
      </div>
      {(conflict || changedElsewhere) && (
        <div role="alert" className="demo-error demo-conflict">
          <p>{conflict ? diagnosticMessage(conflict, locale) : text.changedElsewhere}</p>
          <button type="button" className="mp-Button" onClick={reload}>
            {text.conflictReload}
          </button>
        </div>
      )}
      <ul className="demo-findings" aria-live="polite">
        {findings
          .filter((finding) => finding.code !== "store.conflict")
          .map((finding) => (
            <li key={`${finding.code}-${JSON.stringify(finding.params)}`} data-level={finding.level}>
              {diagnosticMessage(finding, locale)}
            </li>
          ))}
      </ul>
      <p role="status" className="demo-saving">
        {saving === "saving" ? text.saving : saving === "saved" ? text.saved : ""}
      </p>
      {store.state === "opening" ? (
        <p>{text.opening}</p>
      ) : round === null ? (
        <form
          className="demo-start-round"
          aria-labelledby={`${ids}-start`}
          onSubmit={(event) => {
            event.preventDefault();
            run(
              startRound(
                document,
                {
                  id: `${cutOff.slice(0, 4)}-${label.trim().split(".")[0] ?? "x"}`,
                  label,
                  kind: "follow-up",
                  cutOff,
                },
                actor(),
              ),
            );
          }}
        >
          <h3 id={`${ids}-start`}>{text.startHeading}</h3>
          <label className="mp-Field">
            <span>{text.roundLabel}</span>
            <input value={label} onChange={(event) => setLabel(event.target.value)} />
          </label>
          <label className="mp-Field">
            <span>{text.cutOff}</span>
            <input type="date" value={cutOff} onChange={(event) => setCutOff(event.target.value)} />
          </label>
          <button type="submit" className="mp-Button">
            {text.start(label)}
          </button>
        </form>
      ) : (
        <>
          <p>{text.openRound(round.label)}</p>
          {alsoRounds.length > 0 && next && (
            <p className="demo-note">{text.forecast(round.label, next.label)}</p>
          )}
          <Widget resetKeys={[round.id]}>
            <AssessmentTable
              document={document}
              by={who.trim() || "Medarbejder"}
              alsoRounds={alsoRounds}
              draftKey={`milepael-demo-drafts:${entry.id}:${round.id}`}
              onChange={(change) => save(change.document)}
            />
          </Widget>
          <button
            type="button"
            className="mp-Button demo-publish"
            onClick={() => run(publishRound(document, round.id, actor()))}
          >
            {text.publish(round.label)}
          </button>
        </>
      )}
      {round === null && (
        <section aria-labelledby={`${ids}-summary`}>
          <h3 id={`${ids}-summary`}>{text.summaryHeading}</h3>
          <Widget resetKeys={[document.currentRound]}>
            <RoundDiff document={document} locale={locale} />
          </Widget>
        </section>
      )}
      <HistoryList document={document} locale={locale} />
      <StoreBackupControls store={store} locale={locale} />
    </>
  );
}
