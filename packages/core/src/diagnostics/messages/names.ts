import type { Locale } from "../../i18n/locale";
import type { BinaryKind } from "../../import/shared/sniffBinary";
import { statusWord } from "../../status/vocabulary";
import { n } from "./format";

// Names and lists inside the messages: file kinds, encodings, counts, types, statuses.

/** The word for `key` in the locale's table, or the key itself when the table has none. */
function wordFor(
  key: string,
  locale: Locale,
  words: Readonly<Record<Locale, Readonly<Record<string, string>>>>,
): string {
  const inLocale = words[locale];
  return (Object.hasOwn(inLocale, key) ? inLocale[key] : undefined) ?? key;
}

/**
 * A binary file's kind in words, for the message that refuses it: every kind `sniffBinary` tells.
 *
 * @example
 * binaryName("png", "da"); // "et PNG-billede"
 */
export function binaryName(kind: string, locale: Locale): string {
  return wordFor(kind, locale, {
    da: {
      png: "et PNG-billede",
      jpeg: "et JPEG-billede",
      gif: "et GIF-billede",
      pdf: "PDF",
      docx: "Word-dokument, .docx",
      xlsx: "Excel-projektmappe, .xlsx",
      pptx: "PowerPoint, .pptx",
      zip: "ZIP-arkiv",
      ole2: "gammelt Office-format, .doc eller .xls",
      binary: "NUL-bytes",
    },
    en: {
      png: "a PNG image",
      jpeg: "a JPEG image",
      gif: "a GIF image",
      pdf: "PDF",
      docx: "Word document, .docx",
      xlsx: "Excel workbook, .xlsx",
      pptx: "PowerPoint, .pptx",
      zip: "ZIP archive",
      ole2: "old Office format, .doc or .xls",
      binary: "NUL bytes",
    },
  } satisfies Record<Locale, Record<BinaryKind, string>>);
}

/**
 * A document's type in words, with its article: what milepael wrote a file as.
 *
 * @example
 * documentKind("meetings", "da"); // "referater og dagsordener"
 */
export function documentKind(type: string, locale: Locale): string {
  return wordFor(type, locale, {
    da: { "budget-follow-up": "en budgetopfølgning", plan: "en plan", meetings: "referater og dagsordener" },
    en: { "budget-follow-up": "a budget follow-up", plan: "a plan", meetings: "minutes and agendas" },
  });
}

/**
 * An encoding's name as people write it.
 *
 * @example
 * encodingName("windows-1252"); // "Windows-1252"
 */
export function encodingName(encoding: string): string {
  const names: Record<string, string> = {
    "utf-8": "UTF-8",
    "utf-16le": "UTF-16LE",
    "utf-16be": "UTF-16BE",
    "windows-1252": "Windows-1252",
  };
  return (Object.hasOwn(names, encoding) ? names[encoding] : undefined) ?? encoding;
}

/** The counts `import.text-normalized` reports: what `normalizeInput` changed, each where it changed any. */
export type NormalizedCountParams = { nbsp?: number; softHyphen?: number; zeroWidth?: number };

/**
 * "3 hårde mellemrum, 1 blødt bindestreg": the counts of what `normalizeInput` changed.
 *
 * @example
 * normalizedList({ nbsp: 3 }, "da"); // "3 hårde mellemrum"
 */
export function normalizedList(params: NormalizedCountParams, locale: Locale): string {
  const names: Record<keyof NormalizedCountParams, [string, string, string, string]> = {
    nbsp: ["hårdt mellemrum", "hårde mellemrum", "non-breaking space", "non-breaking spaces"],
    softHyphen: ["blød bindestreg", "bløde bindestreger", "soft hyphen", "soft hyphens"],
    zeroWidth: ["tegn uden bredde", "tegn uden bredde", "zero-width character", "zero-width characters"],
  };
  return (Object.entries(names) as [keyof NormalizedCountParams, [string, string, string, string]][])
    .filter(([key]) => typeof params[key] === "number" && params[key] > 0)
    .map(([key, [daOne, daMany, enOne, enMany]]) => {
      const count = params[key] as number;
      const word = locale === "da" ? (count === 1 ? daOne : daMany) : count === 1 ? enOne : enMany;
      return `${n(params, key, locale)} ${word}`;
    })
    .join(", ");
}

/**
 * A JSON value's type in words, for a schema message.
 *
 * @example
 * typeName("number", "da"); // "et tal"
 */
export function typeName(type: string, locale: Locale): string {
  return wordFor(type, locale, {
    da: {
      string: "tekst",
      number: "et tal",
      boolean: "sand/falsk",
      object: "et objekt",
      array: "en liste",
      null: "null",
      undefined: "intet",
    },
    en: {
      string: "text",
      number: "a number",
      boolean: "true/false",
      object: "an object",
      array: "a list",
      null: "null",
      undefined: "nothing",
    },
  });
}

/**
 * A string format in words, for a schema message.
 *
 * @example
 * formatName("date", "en"); // "a date as YYYY-MM-DD"
 */
export function formatName(format: string, locale: Locale): string {
  if (format === "date") return locale === "da" ? "en dato som ÅÅÅÅ-MM-DD" : "a date as YYYY-MM-DD";
  return format;
}

/**
 * Statuses as words joined the way a sentence lists them (assessing a round, issue #20).
 *
 * @example
 * statusList("green, red", "da"); // "grøn eller rød"
 */
export function statusList(levels: string, locale: Locale): string {
  const names = levels
    .split(", ")
    .filter((level) => level !== "")
    .map((level) => statusWord(level, locale));
  const last = names.pop() ?? "";
  return names.length === 0 ? last : `${names.join(", ")} ${locale === "da" ? "eller" : "or"} ${last}`;
}
