import type { MilepaelDocument } from "../model/document.schema";

/**
 * A document as JSON in the versioned schema: what `parseDocumentJson` reads back unchanged.
 *
 * @example
 * parseDocumentJson(exportJson(document)).document; // deep-equals document
 */
export function exportJson(document: MilepaelDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
