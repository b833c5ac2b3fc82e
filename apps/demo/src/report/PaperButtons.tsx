import type { MilepaelDocument } from "@milepael/core";
import { useLocale } from "@milepael/ui";
import { Report, type ReportPage } from "@milepael/ui/report";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";

/** A file name from a document's title: "Tredje-opfoelgning-paa-Aftale-om-budget-2017" style, letters kept. */
export function paperFileName(document: MilepaelDocument): string {
  return (
    document.metadata.title
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "milepael"
  );
}

export interface PaperButtonsProps {
  /** The follow-up, plan or meetings document the committee paper is made of. */
  document: MilepaelDocument;
  /** The downloaded Word file's name, without ".docx". */
  fileName: string;
  /** Only these rounds (a follow-up's), as `exportDocx` and `Report` take them. */
  rounds?: readonly string[];
  /** The printed page; default the document's (A4 portrait for a follow-up). */
  page?: ReportPage;
  labels: { word: string; pdf: string; print: string; pdfHint: string; failed: string };
}

/**
 * "Hent som Word", "Hent som PDF" and "Udskriv" for a document: the Word file made in the browser
 * by core's `exportDocx` (the docx package loads on the first click), and the committee paper
 * (`Report`) as the print view. "Hent som PDF" is the print view with the browser's print
 * dialog, where "Gem som PDF" saves it: browsers make tagged PDFs from it. Any page with a
 * document can put these three buttons above its widgets (the meetings page too).
 */
export function PaperButtons({ document, fileName, rounds, page, labels }: PaperButtonsProps) {
  const locale = useLocale();
  // How many times the paper was asked for: each ask prints once it is in the page.
  const [printed, setPrinted] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  // Print once the paper is in the page; it stays there (hidden on screen) for the next print.
  useEffect(() => {
    if (printed > 0) window.print();
  }, [printed]);

  const downloadWord = async () => {
    setBusy(true);
    setError(false);
    try {
      const { exportDocx } = await import("@milepael/core/docx-export");
      const bytes = await exportDocx(document, { locale, ...(rounds === undefined ? {} : { rounds }) });
      const url = URL.createObjectURL(
        new Blob([bytes as BlobPart], {
          type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }),
      );
      const link = window.document.createElement("a");
      link.href = url;
      link.download = `${fileName}.docx`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="demo-paper-buttons">
      <button
        type="button"
        className="mp-Button"
        onClick={downloadWord}
        aria-busy={busy || undefined}
        disabled={busy}
      >
        {labels.word}
      </button>
      <button
        type="button"
        className="mp-Button"
        aria-describedby="demo-pdf-hint"
        onClick={() => setPrinted((count) => count + 1)}
      >
        {labels.pdf}
      </button>
      <button type="button" className="mp-Button" onClick={() => setPrinted((count) => count + 1)}>
        {labels.print}
      </button>
      <span id="demo-pdf-hint" className="demo-paper-hint">
        {labels.pdfHint}
      </span>
      {error ? (
        <p role="alert" className="demo-error">
          {labels.failed}
        </p>
      ) : null}
      {printed === 0
        ? null
        : createPortal(
            <div className="demo-paper" data-paper>
              <Report
                document={document}
                {...(rounds === undefined ? {} : { rounds })}
                {...(page ? { page } : {})}
              />
            </div>,
            window.document.body,
          )}
    </div>
  );
}
