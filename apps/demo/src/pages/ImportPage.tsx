import {
  type Diagnostic,
  decodeText,
  diagnostic,
  diagnosticMessage,
  exportFollowUpCsv,
  exportJson,
  exportPlanCsv,
  exportPlanIcs,
  importDocument,
  type MilepaelDocument,
} from "@milepael/core";
import { MilestoneTable, Timeline, useLocale } from "@milepael/ui";
import { type DragEvent, useId, useState } from "react";
import type { Texts } from "../texts";

interface ImportPageProps {
  text: Texts;
  onImported: (document: MilepaelDocument) => void;
}

interface ImportOutcome {
  fileName: string;
  document: MilepaelDocument | null;
  diagnostics: Diagnostic[];
}

/** What the file input offers; a dropped file is held to the same list. */
const accept = ".txt,.csv,.tsv,.json,text/plain,text/csv,application/json";

function accepts(file: File): boolean {
  const name = file.name.toLowerCase();
  return accept
    .split(",")
    .some((entry) => (entry.startsWith(".") ? name.endsWith(entry) : file.type === entry));
}

function download(content: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(window.document.createElement("a"), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Import a file or pasted text, show what was understood and every finding, export again. */
export function ImportPage({ text, onImported }: ImportPageProps) {
  const locale = useLocale();
  const ids = useId();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [pasted, setPasted] = useState("");
  const [dragging, setDragging] = useState(false);

  const read = (content: string, fileName: string, decoding: Diagnostic[] = []) => {
    const result = importDocument(content);
    const diagnostics = [...decoding, ...result.diagnostics];
    setOutcome({ fileName, document: result.document, diagnostics });
    if (result.document) onImported(result.document);
  };
  // Bytes, decoded by core as the CLI decodes them: encodings, byte order marks, binary files.
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
    if (decoded.text === null)
      setOutcome({ fileName: file.name, document: null, diagnostics: decoded.diagnostics });
    else read(decoded.text, file.name, decoded.diagnostics);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !accepts(file)) {
      const accepted = accept
        .split(",")
        .filter((entry) => entry.startsWith("."))
        .join(", ");
      const refused = diagnostic("error", "import.file-type-not-accepted", [], { name: file.name, accepted });
      setOutcome({ fileName: file.name, document: null, diagnostics: [refused] });
      return;
    }
    void readFile(file);
  };
  const document = outcome?.document ?? null;
  const base = (outcome?.fileName ?? "milepael").replace(/\.[^.]+$/, "");

  return (
    <>
      <h2>{text.importTitle}</h2>
      <p>{text.importLead}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input inside is the way by keyboard. */}
      <div
        className="demo-drop"
        data-dragging={dragging ? "" : undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="mp-Field">
          <span>{text.chooseFile}</span>
          <input type="file" accept={accept} onChange={(event) => void readFile(event.target.files?.[0])} />
        </label>
        <span>{text.dropHere}</span>
      </div>
      <label className="mp-Field demo-paste">
        <span>{text.orPaste}</span>
        <textarea rows={5} value={pasted} onChange={(event) => setPasted(event.target.value)} />
      </label>
      <button
        type="button"
        className="mp-Button"
        onClick={() => read(pasted, "tekst")}
        disabled={pasted.trim() === ""}
      >
        {text.readText}
      </button>

      {outcome && (
        <section className="demo-outcome" aria-labelledby={`${ids}-result`}>
          <h3 id={`${ids}-result`}>
            {outcome.fileName}:{" "}
            {document ? `${text.understood}: ${document.metadata.title}` : text.noDocument}
          </h3>
          <h4>{text.diagnostics}</h4>
          {outcome.diagnostics.length === 0 ? (
            <p>{text.noDiagnostics}</p>
          ) : (
            <ul className="demo-diagnostics">
              {outcome.diagnostics.map((diagnostic, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: findings are a static list per import.
                <li key={index} data-level={diagnostic.level}>
                  <strong>{text.level[diagnostic.level]}</strong>
                  {diagnostic.line !== undefined && (
                    <span>
                      {" "}
                      ({text.line} {diagnostic.line})
                    </span>
                  )}
                  : {diagnosticMessage(diagnostic, locale)}
                  {diagnostic.raw && <code className="demo-raw">{diagnostic.raw.slice(0, 200)}</code>}
                </li>
              ))}
            </ul>
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
                        : exportFollowUpCsv(document, { locale }),
                      `${base}.csv`,
                      "text/csv;charset=utf-8",
                    )
                  }
                >
                  CSV
                </button>
                {document.type === "plan" && (
                  <button
                    type="button"
                    className="mp-Button"
                    onClick={() => download(exportPlanIcs(document).ics, `${base}.ics`, "text/calendar")}
                  >
                    iCalendar
                  </button>
                )}
              </div>
              {document.type === "plan" ? (
                <Timeline document={document} />
              ) : (
                <MilestoneTable document={document} />
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
