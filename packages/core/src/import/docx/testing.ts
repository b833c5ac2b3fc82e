import { strToU8, zipSync } from "fflate";

const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * A minimal .docx around a body's XML, for tests: the parts Word needs and any extra entries.
 *
 * @example
 * importDocx(wordFile("<w:p><w:r><w:t>Hej</w:t></w:r></w:p>"));
 */
export function wordFile(body: string, extra: Record<string, string | Uint8Array> = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${w}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  };
  for (const [name, content] of Object.entries(extra))
    entries[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(entries);
}

/**
 * A table row of plain cells, for tests.
 *
 * @example
 * wordFile(`<w:tbl>${row("Dato", "Aktivitet")}</w:tbl>`);
 */
export function row(...cells: string[]): string {
  return `<w:tr>${cells.map((cell) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${cell}</w:t></w:r></w:p></w:tc>`).join("")}</w:tr>`;
}

/**
 * A paragraph of plain text, for tests.
 *
 * @example
 * wordFile(paragraph("Implementeringsplan 2017"));
 */
export function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}
