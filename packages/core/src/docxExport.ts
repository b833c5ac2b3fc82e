// `@milepael/core/docx-export`: committee papers as Word files. Loads the `docx` package with
// import() on the first export, so only apps that write Word files download it.

export type { DocxExportOptions } from "./export/docx/exportDocx";
export { exportDocx } from "./export/docx/exportDocx";
