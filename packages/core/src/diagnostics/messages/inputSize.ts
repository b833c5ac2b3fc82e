import { n } from "./format";

/** The params of `import.input-too-large`: a size over a limit, in characters unless `unit` says otherwise. */
export type InputSizeParams = { size: number; limit: number; unit?: "bytes" | "pages" };

// The input-size refusal on its own: every reader of files says it, also those (the custom
// elements reading a document's JSON) that carry no importer's other messages. Two plain functions
// the import area names: bundlers keep a module-level object that reads a property or spreads one
// (a getter could run), and with it the importers' whole catalogue.
export const inputTooLargeDa = (v: InputSizeParams): string =>
  `Filen er for stor (${n(v, "size", "da")} ${v.unit === "bytes" ? "byte" : v.unit === "pages" ? "sider" : "tegn"}; grænsen er ${n(v, "limit", "da")}). Del den op, eller hæv grænsen.`;

export const inputTooLargeEn = (v: InputSizeParams): string =>
  `The file is too large (${n(v, "size", "en")} ${v.unit === "bytes" ? "bytes" : v.unit === "pages" ? "pages" : "characters"}; the limit is ${n(v, "limit", "en")}). Split it, or raise the limit.`;
