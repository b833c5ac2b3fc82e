// `@milepael/core/pdf`: PDFs with a text layer, read with pdf.js (pdfjs-dist), which is loaded on
// the first call; `importFile` from the main entry loads this entry when a PDF comes.

export type { PdfImportOptions, PdfLines } from "./import/pdf/importPdf";
export { importPdf, pdfSourceLines } from "./import/pdf/importPdf";
