import {
  type Diagnostic,
  diagnostic,
  diagnosticMessage,
  exportFollowUpCsv,
  exportJson,
  exportMeetingItemsCsv,
  exportMeetingsIcs,
  exportPlanCsv,
  exportPlanIcs,
  formatLocation,
  type MilepaelDocument,
  meetingsAsPlan,
  type PutResult,
} from "@milepael/core";
import { MilestoneTable, Timeline, useLocale } from "@milepael/ui";
import { type DragEvent, useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Widget } from "../errors/ErrorBoundary";
import {
  acceptedFiles,
  acceptsFile,
  type DiagnosticGroup,
  type ImportReply,
  type ImportRequest,
  type ImportStage,
  type PageProgress,
} from "../import/importProtocol";
import { formatNumber, type Texts } from "../texts";

interface ImportPageProps {
  text: Texts;
  /** Keeps what was understood; the page says when it is safe in the browser. */
  onImported: (document: MilepaelDocument) => Promise<PutResult>;
}

/** Where the imported document is: a reload right after an import must not lose it unannounced. */
type Keeping = "keeping" | "kept" | "keptInMemory" | "notKept";

interface ImportOutcome {
  fileName: string;
  document: MilepaelDocument | null;
  diagnostics: Diagnostic[];
  groups: DiagnosticGroup[];
}

/**
 * Above this many activities or initiatives the preview waits for a click: the timeline lists
 * undated activities in full, and 100,000 of them freeze the page for seconds.
 */
const previewLimit = 5_000;

/** Findings shown at first, and added per "show more": the DOM never holds 100,000 of them. */
const pageSize = 200;

/**
 * A chosen or dropped file's bytes, for the import worker. The one place a file is read, so that
 * core's `importFile` runs on them in the worker (importWorker.ts): Word, PDF or text, told apart
 * by the bytes.
 *
 * @example
 * const bytes = await readDroppedFile(event.dataTransfer.files[0]);
 */
export function readDroppedFile(file: File): Promise<ArrayBuffer> {
  return file.arrayBuffer();
}

function download(content: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(window.document.createElement("a"), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Import a file or pasted text in a worker, show what was understood and its findings grouped, export again. */
export function ImportPage({ text, onImported }: ImportPageProps) {
  const locale = useLocale();
  const ids = useId();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [stage, setStage] = useState<ImportStage | null>(null);
  const [pages, setPages] = useState<PageProgress | null>(null);
  const [shown, setShown] = useState(pageSize);
  const [previewWanted, setPreviewWanted] = useState(false);
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);
  const [keeping, setKeeping] = useState<Keeping | null>(null);
  const keptDocument = useRef<MilepaelDocument | null>(null);
  const worker = useRef<Worker | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  // One worker per import: a newer file replaces an import still running.
  const read = (request: ImportRequest) => {
    worker.current?.terminate();
    const current = new Worker(new URL("../import/importWorker.ts", import.meta.url), { type: "module" });
    worker.current = current;
    keptDocument.current = null;
    setKeeping(null);
    setStage("decoding");
    setPages(null);
    current.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === "progress") {
        // Each step is drawn as it comes: batched with the next message, "Læser side 1 af 2" would
        // never reach the screen (or a screen reader) on a fast machine. A handful per import.
        flushSync(() => {
          setStage(reply.stage);
          setPages(reply.pages ?? null);
        });
        return;
      }
      current.terminate();
      worker.current = null;
      setStage(null);
      setPages(null);
      setShown(pageSize);
      setPreviewWanted(false);
      setOutcome(reply);
      setKeeping(reply.document ? "keeping" : null);
      const imported = reply.document;
      keptDocument.current = imported;
      if (imported) {
        // Only the newest import speaks: an older one's save finishing late says nothing.
        const settle = (next: Keeping) => {
          if (keptDocument.current === imported) setKeeping(next);
        };
        onImported(imported).then(
          (result) => settle(!result.ok ? "notKept" : result.persisted ? "kept" : "keptInMemory"),
          () => settle("notKept"),
        );
      }
    };
    current.onerror = (event) => {
      event.preventDefault();
      current.terminate();
      worker.current = null;
      setStage(null);
      setPages(null);
      setOutcome({
        fileName: request.fileName,
        document: null,
        groups: [],
        diagnostics: [
          {
            level: "error",
            code: "import.internal-error",
            path: [],
            params: { detail: event.message || "worker" },
          },
        ],
      });
    };
    current.postMessage(request, "bytes" in request ? [request.bytes] : []);
  };
  // Bytes, read by core in the worker as the CLI reads them: Word, PDF, text in any encoding, binary files refused.
  const readFile = async (file: File | undefined) => {
    if (file) read({ fileName: file.name, bytes: await readDroppedFile(file) });
  };
  const onDrop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !acceptsFile(file)) {
      const accepted = acceptedFiles
        .split(",")
        .filter((entry) => entry.startsWith("."))
        .join(", ");
      const refused = diagnostic("error", "import.file-type-not-accepted", [], { name: file.name, accepted });
      setOutcome({ fileName: file.name, document: null, diagnostics: [refused], groups: [] });
      return;
    }
    void readFile(file);
  };
  const document = outcome?.document ?? null;
  const size = !document
    ? 0
    : document.type === "plan"
      ? document.activities.length
      : document.type === "meetings"
        ? document.meetings.length
        : document.sections.reduce((sum, section) => sum + section.initiatives.length, 0);
  const base = (outcome?.fileName ?? "milepael").replace(/\.[^.]+$/, "");

  return (
    <>
      <h2>{text.importTitle}</h2>
      <p>{text.importLead}</p>
      <fieldset
        className="demo-drop"
        data-dragging={dragging ? "" : undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <legend className="mp-visually-hidden">{text.dropZone}</legend>
        {/* The browser's own file input ("Choose File", in the browser's language) stays for
            assistive technology and drag-and-drop tests; a Danish button opens it. */}
        <label className="demo-file">
          <span className="mp-visually-hidden">{text.chooseFile}</span>
          <input
            ref={fileInput}
            type="file"
            tabIndex={-1}
            accept={acceptedFiles}
            aria-describedby={`${ids}-types`}
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </label>
        <button type="button" className="mp-Button" onClick={() => fileInput.current?.click()}>
          {text.chooseFileButton}
        </button>
        <span>{text.dropHere}</span>
        <span id={`${ids}-types`} className="demo-drop-types">
          {text.fileTypes}
        </span>
      </fieldset>
      <label className="mp-Field demo-paste">
        <span>{text.orPaste}</span>
        <textarea rows={5} value={pasted} onChange={(event) => setPasted(event.target.value)} />
      </label>
      <button
        type="button"
        className="mp-Button"
        onClick={() => read({ text: pasted, fileName: "tekst" })}
        disabled={pasted.trim() === ""}
      >
        {text.readText}
      </button>

      {/* Always in the DOM, so screen readers announce each change; a PDF's pages as "side 3 af 12". */}
      <p role="status" aria-live="polite" className="demo-progress">
        {stage
          ? pages
            ? text.importPages(pages.read, pages.of)
            : text.importStage[stage]
          : keeping && text[keeping]}
      </p>
      {stage && (
        // Without a value while the stage has no measure: an indeterminate bar.
        <progress
          className="demo-progress-bar"
          aria-label={text.importProgress}
          max={pages?.of}
          value={pages?.read}
        />
      )}
      {outcome && (
        <section className="demo-outcome" aria-labelledby={`${ids}-result`} aria-busy={stage !== null}>
          <h3 id={`${ids}-result`}>
            {outcome.fileName}:{" "}
            {document ? `${text.understood}: ${document.metadata.title}` : text.noDocument}
          </h3>
          <h4>{text.diagnostics}</h4>
          {outcome.diagnostics.length === 0 ? (
            <p>{text.noDiagnostics}</p>
          ) : (
            <>
              {outcome.groups.length > 1 || outcome.diagnostics.length > 1 ? (
                <>
                  <p>{text.diagnosticGroups(outcome.diagnostics.length, outcome.groups.length)}</p>
                  <ul className="demo-diagnostic-groups">
                    {outcome.groups.map((group) => (
                      <li key={`${group.level} ${group.code}`} data-level={group.level}>
                        <strong>{text.level[group.level]}</strong> ×{formatNumber(group.count, locale)}:{" "}
                        {diagnosticMessage(group.first, locale)}
                        {group.count > 1 && ` ${text.forExample}`}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <ul className="demo-diagnostics" aria-label={text.diagnostics}>
                {outcome.diagnostics.slice(0, shown).map((diagnostic, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: findings are a static list per import.
                  <li key={index} data-level={diagnostic.level}>
                    <strong>{text.level[diagnostic.level]}</strong>
                    {diagnostic.location !== undefined ? (
                      <span> ({formatLocation(diagnostic.location, locale)})</span>
                    ) : (
                      diagnostic.line !== undefined && (
                        <span>
                          {" "}
                          ({text.line} {formatNumber(diagnostic.line, locale)})
                        </span>
                      )
                    )}
                    : {diagnosticMessage(diagnostic, locale)}
                    {diagnostic.raw && <code className="demo-raw">{diagnostic.raw.slice(0, 200)}</code>}
                  </li>
                ))}
              </ul>
              {outcome.diagnostics.length > shown && (
                <div className="demo-controls">
                  <span>{text.shownOf(shown, outcome.diagnostics.length)}</span>
                  <button
                    type="button"
                    className="mp-Button"
                    onClick={() => setShown((count) => count + pageSize)}
                  >
                    {text.showMore(Math.min(pageSize, outcome.diagnostics.length - shown))}
                  </button>
                </div>
              )}
            </>
          )}
          {document && (
            <>
              <div className="demo-controls">
                <span>{text.export}</span>
                <button
                  type="button"
                  className="mp-Button"
                  onClick={() => download(exportJson(document), `${base}.json`, "application/json")}
                >
                  JSON
                </button>
                <button
                  type="button"
                  className="mp-Button"
                  onClick={() =>
                    download(
                      document.type === "plan"
                        ? exportPlanCsv(document, { locale })
                        : document.type === "meetings"
                          ? exportMeetingItemsCsv(document, { locale })
                          : exportFollowUpCsv(document, { locale }),
                      `${base}.csv`,
                      "text/csv;charset=utf-8",
                    )
                  }
                >
                  CSV
                </button>
                {document.type !== "budget-follow-up" && (
                  <button
                    type="button"
                    className="mp-Button"
                    onClick={() =>
                      download(
                        document.type === "plan"
                          ? exportPlanIcs(document, { now: new Date() }).ics
                          : exportMeetingsIcs(document, { now: new Date() }),
                        `${base}.ics`,
                        "text/calendar",
                      )
                    }
                  >
                    iCalendar
                  </button>
                )}
              </div>
              {size > previewLimit && !previewWanted ? (
                <div className="demo-controls">
                  <span>{text.largePreview(size)}</span>
                  <button type="button" className="mp-Button" onClick={() => setPreviewWanted(true)}>
                    {text.showPreview}
                  </button>
                </div>
              ) : (
                <Widget>
                  {document.type === "plan" ? (
                    <Timeline document={document} />
                  ) : document.type === "meetings" ? (
                    <Timeline document={meetingsAsPlan(document)} />
                  ) : (
                    <MilestoneTable document={document} />
                  )}
                </Widget>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
