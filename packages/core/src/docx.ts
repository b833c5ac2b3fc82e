// `@milepael/core/docx`: Word (.docx) files read directly. Loads the zip and XML readers (fflate,
// saxes), so it is an entry of its own; `importFile` from the main entry loads it when a .docx comes.

export type { DocxImportOptions, DocxLines } from "./import/docx/importDocx";
export { docxSourceLines, importDocx } from "./import/docx/importDocx";
export type { ZipLimits } from "./import/docx/zip";
export type { LocatedLine } from "./import/importLocatedLines";
