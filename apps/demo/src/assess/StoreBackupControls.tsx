import { type Diagnostic, diagnosticMessage, type Locale } from "@milepael/core";
import { useId, useState } from "react";
import type { DemoStore } from "../store/useDemoStore";
import { assessTexts } from "./assessTexts";

/**
 * The whole store as one JSON file, out and back in (merged: what the store has stays).
 *
 * @example
 * <StoreBackupControls store={store} locale="da" />
 */
export function StoreBackupControls({ store, locale }: { store: DemoStore; locale: Locale }) {
  const text = assessTexts(locale);
  const id = useId();
  const [message, setMessage] = useState("");
  const [findings, setFindings] = useState<Diagnostic[]>([]);
  const exportAll = async () => {
    const backup = await store.exportAll();
    if (backup === null) return;
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(backup, null, 2)], { type: "application/json" }),
    );
    const link = Object.assign(document.createElement("a"), { href: url, download: "milepael-backup.json" });
    link.click();
    URL.revokeObjectURL(url);
  };
  const importFile = async (file: File) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      parsed = null;
    }
    const result = await store.importAll(parsed);
    if (result === null) return;
    setFindings(result.diagnostics);
    setMessage(text.imported(result.imported.length));
  };
  return (
    <section className="demo-backup" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{text.backupHeading}</h3>
      <button type="button" className="mp-Button" onClick={() => void exportAll()}>
        {text.exportStore}
      </button>
      <label className="mp-Field">
        <span>{text.importStore}</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </label>
      <p role="status">{message}</p>
      {findings.length > 0 && (
        <ul>
          {findings.map((finding) => (
            <li key={`${finding.code}-${JSON.stringify(finding.params)}`}>
              {diagnosticMessage(finding, locale)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
