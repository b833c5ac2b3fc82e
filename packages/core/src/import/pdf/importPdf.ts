import { type Diagnostic, type DiagnosticCode, diagnostic } from "../../diagnostics/diagnostic";
import type { DiagnosticParamsArgument } from "../../diagnostics/params";
import type { MilepaelDocument } from "../../model/document.schema";
import type { ImportDocumentOptions } from "../importDocument";
import { formatRefused, importLocatedLines, internalError, type LocatedLine } from "../importLocatedLines";
import { importMeetingsPages } from "../meetings/meetingsPaper";
import type { ImportResult } from "../shared/result";
import { type PdfPage, pdfLayout } from "./layout";
import { meetingsPaperLines } from "./meetingsPaper";
import { type PdfOps, pagePictures, withPictures } from "./pictures";

export interface PdfImportOptions extends ImportDocumentOptions {
  /** PDFs with more pages are refused. Default 2 000. */
  maxPages?: number;
  /** Called after each page is read, for a progress bar. */
  onProgress?: (pagesRead: number, pages: number) => void;
  /**
   * In a browser: the URL of pdf.js's worker script (`pdfjs-dist/legacy/build/pdf.worker.mjs`, e.g.
   * `new URL("pdfjs-dist/legacy/build/pdf.worker.mjs", import.meta.url).href` with Vite), used
   * unless the host has set `GlobalWorkerOptions.workerSrc` itself; in a Web Worker pdf.js's worker is
   * started from it beside the caller's (`GlobalWorkerOptions.workerPort`). Node needs none.
   */
  pdfWorkerSrc?: string;
}

export type PdfLines =
  | { ok: true; lines: LocatedLine[]; diagnostics: Diagnostic[] }
  | { ok: false; error: Diagnostic };

interface PdfJsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}

/**
 * Reads a PDF with a text layer (Word's "Save as PDF", LibreOffice, ESDH systems) into a milepael
 * document: the text items are laid out as lines and table rows, page headers, footers and numbers
 * dropped, and the text read by the same importers as pasted text, with findings pointing at a
 * page and line. pdf.js is loaded only when a PDF is read. A scanned PDF, an encrypted or damaged
 * one gets an error that says so, as does a PDF with JavaScript (never run); form fields are
 * reported with a warning and the page's text is read.
 * In a browser, pass `pdfWorkerSrc` (or set pdf.js's `GlobalWorkerOptions.workerSrc`).
 *
 * @example
 * const { document, diagnostics } = await importPdf(new Uint8Array(await file.arrayBuffer()));
 * diagnostics[0]?.location; // { page: 2, line: 14 }
 */
export async function importPdf(
  bytes: Uint8Array,
  options: PdfImportOptions = {},
): Promise<ImportResult<MilepaelDocument>> {
  // A PDF is a follow-up, a plan or meetings: CSV or JSON is refused by name, as importDocx does.
  const refused = formatRefused("pdf", options.format);
  if (refused) return { document: null, diagnostics: [refused] };
  try {
    const read = await pdfSourceLines(bytes, options);
    if (!read.ok) return { document: null, diagnostics: [read.error] };
    // milepael's meetings paper printed to PDF is read by the paper's reader, as its Word pages are.
    const result = importLocatedLines(meetingsPaperLines(read.lines), options, {
      readMeetings: importMeetingsPages,
    });
    return { document: result.document, diagnostics: [...read.diagnostics, ...result.diagnostics] };
  } catch (error) {
    return internalError(error);
  }
}

/**
 * A PDF's text as the located lines the importers read, or the error that stops it.
 *
 * @example
 * const read = await pdfSourceLines(bytes);
 * if (read.ok) read.lines[0]?.location; // { page: 1, line: 2 }
 */
export async function pdfSourceLines(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<PdfLines> {
  const refuse = <C extends DiagnosticCode>(code: C, ...params: DiagnosticParamsArgument<C>): PdfLines => ({
    ok: false,
    error: diagnostic("error", code, [], ...params),
  });
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  if (options.pdfWorkerSrc !== undefined && pdfjs.GlobalWorkerOptions.workerSrc === "")
    pdfjs.GlobalWorkerOptions.workerSrc = options.pdfWorkerSrc;
  // In a Web Worker pdf.js cannot start its worker from the URL (it reads `window.location`), falls
  // back to running the worker's code in this scope, and that code then answers this scope's own
  // messages. Started here and handed over as a port, it runs beside the caller instead.
  const scope = globalThis as {
    window?: unknown;
    Worker?: new (url: string, init: { type: "module" }) => unknown;
  };
  if (
    options.pdfWorkerSrc !== undefined &&
    scope.window === undefined &&
    scope.Worker !== undefined &&
    pdfjs.GlobalWorkerOptions.workerPort === null
  )
    pdfjs.GlobalWorkerOptions.workerPort = new scope.Worker(options.pdfWorkerSrc, {
      type: "module",
    }) as never;
  // pdf.js takes the buffer over; the caller keeps its bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") return refuse("import.encrypted");
    return refuse("import.pdf-damaged", { detail: error instanceof Error ? error.message : String(error) });
  }
  try {
    const limit = options.maxPages ?? 2000;
    if (document.numPages > limit)
      return refuse("import.input-too-large", { size: document.numPages, limit, unit: "pages" });
    // JavaScript is refused, not just left unrun: a file that scripts itself is not a plan someone
    // saved as PDF, and the issue counts it among hostile files. pdf.js's own test covers the
    // document's scripts (names tree, OpenAction, document actions) and form fields' actions; a
    // page's actions are checked page by page. A named open action ("Print") is not JavaScript.
    // If the test itself fails the file is damaged, and the page loop will say so.
    if (await document.hasJSActions().catch(() => false))
      return refuse("import.pdf-active-content", { content: "javascript" });
    const diagnostics: Diagnostic[] = [];
    // Form fields are common in committee PDFs: the page's text is read, the fields' values are not.
    const fields = await document.getFieldObjects().catch(() => null);
    if (fields !== null && Object.keys(fields).length > 0)
      diagnostics.push(diagnostic("warning", "import.pdf-active-content", [], { content: "forms" }));
    const pages: PdfPage[] = [];
    let hasText = false;
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const pageScripts = await page.getJSActions().catch(() => null);
      if (pageScripts !== null && Object.keys(pageScripts).length > 0)
        return refuse("import.pdf-active-content", { content: "javascript" });
      const content = await page.getTextContent();
      // The fonts' real names (bold, Wingdings) are known once the page's operators are loaded.
      const operators = await page.getOperatorList();
      const fonts = new Map<string, { bold: boolean; wingdings: boolean }>();
      for (const fontName of Object.keys(content.styles)) {
        try {
          const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean } | undefined;
          const name = font?.name ?? "";
          fonts.set(fontName, {
            bold: font?.bold === true || /bold|black|heavy/i.test(name),
            wingdings: /wingdings/i.test(name),
          });
        } catch {
          // A font pdf.js could not load: its text is read as plain.
        }
      }
      const items = (content.items as PdfJsTextItem[]).flatMap((item) => {
        const transform = item.transform;
        if (item.str === undefined || transform === undefined) return [];
        const [a = 0, b = 0, , , x = 0, y = 0] = transform;
        const font = item.fontName === undefined ? undefined : fonts.get(item.fontName);
        return [
          {
            text: item.str,
            x,
            y,
            width: item.width ?? 0,
            size: Math.hypot(a, b) || 10,
            ...(font?.bold ? { bold: true } : {}),
            ...(font?.wingdings ? { wingdings: true } : {}),
          },
        ];
      });
      if (items.some((item) => item.text.trim() !== "")) hasText = true;
      // Pictures (smileys in Word's tables) take their place among the text items.
      const tree = await page.getStructTree().catch(() => null);
      const pictures = pagePictures(operators, pdfjs.OPS as unknown as PdfOps, tree);
      pages.push({ items: withPictures(items, pictures), height: page.view[3] ?? 842 });
      page.cleanup();
      options.onProgress?.(number, document.numPages);
    }
    if (!hasText) return refuse("import.scanned-pdf");
    const layout = pdfLayout(pages);
    return { ok: true, lines: layout.lines, diagnostics: [...diagnostics, ...layout.diagnostics] };
  } catch (error) {
    return refuse("import.pdf-damaged", { detail: error instanceof Error ? error.message : String(error) });
  } finally {
    await document.destroy();
  }
}
