import { intlLocale, type Locale } from "../i18n/locale";
import type { Diagnostic, DiagnosticCode, DiagnosticPath } from "./diagnostic";

type Params = Record<string, string | number>;
type Message = (params: Params) => string;

const p = (params: Params, key: string): string => String(params[key] ?? "");
/** A count with the locale's thousands separator: "52.800.025" in Danish. */
const n = (params: Params, key: string, locale: Locale): string =>
  typeof params[key] === "number" ? params[key].toLocaleString(intlLocale(locale)) : p(params, key);

const catalogue: Record<Locale, Record<DiagnosticCode, Message>> = {
  da: {
    "schema.not-json": (v) => `Filen er ikke gyldig JSON: ${p(v, "detail")}`,
    "schema.invalid-type": (v) =>
      `Forventede ${typeName(p(v, "expected"), "da")}, men fandt ${typeName(p(v, "received"), "da")}.`,
    "schema.missing": (v) => `Feltet mangler (forventede ${typeName(p(v, "expected"), "da")}).`,
    "schema.invalid-value": (v) => `Ugyldig værdi ${p(v, "received")}; tilladt er: ${p(v, "expected")}.`,
    "schema.unknown-key": (v) => `Ukendt felt: ${p(v, "keys")}.`,
    "schema.too-small": (v) => `For kort eller for lille (mindst ${p(v, "minimum")}).`,
    "schema.too-big": (v) => `For langt eller for stort (højst ${p(v, "maximum")}).`,
    "schema.invalid-format": (v) => `Forkert format; forventede ${formatName(p(v, "format"), "da")}.`,
    "schema.invalid": (v) => `Ugyldig: ${p(v, "detail")}.`,
    "schema.unsupported-version": (v) =>
      `Skemaversion ${p(v, "version")} kendes ikke; denne version af milepael læser op til ${p(v, "supported")}.`,
    "schema.version-missing": (v) =>
      `Dokumentet angiver ingen skemaversion (schemaVersion); det er læst som version ${p(v, "assumed")}.`,
    "schema.upgraded": (v) =>
      `Dokumentet er skrevet med skemaversion ${p(v, "from")} og er opgraderet til ${p(v, "to")}; gem det igen for at skrive den nye version.`,
    "schema.unknown-type": (v) =>
      `Ukendt dokumenttype ${p(v, "type")}; forventede "plan" eller "budget-follow-up".`,
    "rules.economy-level-undefined": (v) =>
      `Økonomi kan kun være grøn eller rød, men dokumentet angiver ${statusName(p(v, "status"), "da")}. Værdien er bevaret.`,
    "rules.assessed-before-cut-off": (v) =>
      `Milepælen er vurderet til ${p(v, "round")}, hvis skæringsdato ${p(v, "cutOff")} endnu ikke er nået.`,
    "rules.overdue": (v) =>
      `Milepælen for ${p(v, "round")} er ikke vurderet, selv om skæringsdatoen ${p(v, "cutOff")} er passeret.`,
    "rules.duplicate-id": (v) => `Id'et "${p(v, "id")}" bruges mere end én gang.`,
    "rules.unknown-round": (v) => `Opfølgningen "${p(v, "round")}" findes ikke i dokumentets opfølgninger.`,
    "rules.unknown-track": (v) => `Sporet "${p(v, "track")}" findes ikke i planens spor.`,
    "rules.duplicate-round-assessment": (v) => `Indsatsen har mere end én milepæl til ${p(v, "round")}.`,
    "import.empty-input": () => "Filen er tom.",
    "import.input-too-large": (v) =>
      `Filen er for stor (${n(v, "size", "da")} tegn; grænsen er ${n(v, "limit", "da")}). Del den op, eller hæv grænsen.`,
    "import.internal-error": (v) =>
      `Indlæsningen stødte på en uventet fejl: ${p(v, "detail")}. Det, der var læst, er bevaret.`,
    "import.unknown-format": () =>
      "Formatet kunne ikke genkendes. Angiv det (budgetopfølgning, plan, CSV eller JSON).",
    "import.no-title": () => 'Dokumentet har ingen titel; det har fået titlen "Uden titel".',
    "import.year-inferred": (v) => `Datoer uden år er læst som ${p(v, "year")} (${p(v, "source")}).`,
    "import.unrecognized-line": () => "Linjen kunne ikke placeres i dokumentet; teksten er vist her.",
    "import.row-outside-initiative": () => "Rækken står før den første indsats og kunne ikke placeres.",
    "import.unknown-kind": (v) =>
      `Ukendt art "${p(v, "text")}"; forventede drift, anlæg, drift og anlæg eller øvrig finansiering.`,
    "import.unknown-smiley": (v) =>
      `Ukendt smiley "${p(v, "symbol")}"; vurderingen er sat til ikke vurderet.`,
    "import.smiley-guessed": (v) =>
      `Smileyen ☹ har mistet sin farve (den bruges til både gul og rød); den er læst som ${p(v, "chosen") === "red" ? "rød" : "gul"}.`,
    "import.round-cut-off-assumed": (v) =>
      `Dokumentet angiver ingen skæringsdato for ${p(v, "round")}; ${p(v, "cutOff")} er antaget.`,
    "import.round-cut-off-unknown": (v) =>
      `Opfølgningen "${p(v, "round")}" har ingen kendt skæringsdato; årets udgang ${p(v, "cutOff")} er brugt.`,
    "import.html-removed": (v) => `Indhold, der ikke er tekst, er fjernet fra cellen: ${p(v, "elements")}.`,
    "import.note-split": (v) =>
      `Teksten "${p(v, "text")}" er læst som en note, ikke som en væsentlig bidragsyder.`,
    "import.list-items-split": () =>
      "Punkterne i en liste uden punkttegn er adskilt ud fra store bogstaver; kontrollér dem.",
    "import.date-not-understood": (v) =>
      `Datoen "${p(v, "text")}" blev ikke forstået (${p(v, "reason")}); teksten er bevaret.`,
    "import.activity-without-date": () => "Aktiviteten har ingen dato.",
    "import.no-table": () =>
      "Der blev ikke fundet nogen tabel med aktiviteter (en række med kolonner som Dato og Aktivitet).",
    "import.missing-column": (v) => `Kolonnen ${p(v, "column")} mangler.`,
    "import.unknown-column": (v) =>
      `Kolonnen "${p(v, "column")}" kendes ikke og er lagt i aktivitetens tags.`,
    "import.unclosed-quote": () => "Et citationstegn lukkes aldrig; resten af filen er læst som ét felt.",
    "import.extra-cells": (v) =>
      `Rækken har ${p(v, "count")} celler flere end overskriften; de er lagt i beskrivelsen.`,
    "import.invalid-value": (v) => `Værdien "${p(v, "value")}" i kolonnen ${p(v, "column")} er ugyldig.`,
    "import.cell-ignored": (v) =>
      `Kolonnen "${p(v, "column")}" kendes ikke, så cellen er ikke læst; teksten er vist her.`,
    "import.row-without-initiative": () =>
      "Rækken har en milepæl, men hverken id eller indsats, og kunne ikke placeres; teksten er vist her.",
    "import.milestone-without-round": () =>
      "Milepælen har ingen runde og kunne ikke placeres; teksten er vist her.",
    // Nothing silently lost (issue #15)
    "import.binary-file": (v) =>
      `Filen er ikke tekst, men en binær fil (${binaryName(p(v, "kind"), "da")}). Gem den som tekst (.txt) eller CSV, eller vælg en anden fil.`,
    "import.text-encoding": (v) =>
      p(v, "encoding") === "windows-1252"
        ? "Filen er ikke gyldig UTF-8 og er læst som Windows-1252 (tegnsættet, dansk Excel og Word gemmer tekst i)."
        : `Filen er læst som ${encodingName(p(v, "encoding"))}${p(v, "bom") === "yes" ? " (med byte order mark)" : ""}.`,
    "import.text-normalized": (v) => `Usynlige tegn er rettet før læsningen: ${normalizedList(v, "da")}.`,
    "import.columns-recovered": (v) =>
      `Filen har ingen tabulatorer; kolonner adskilt af flere mellemrum er læst som kolonner (${n(v, "count", "da")} linjer).`,
    "import.nothing-understood": (v) =>
      p(v, "kind") === "initiatives"
        ? "Der blev ikke fundet nogen indsatser; filen er ikke læst som en budgetopfølgning."
        : "Der blev ikke fundet nogen aktiviteter; filen er ikke læst som en plan.",
    "import.no-milestones": () => "Ingen indsats har milepæle; dokumentet har ingen opfølgninger.",
    "import.no-economy": () => "Ingen indsats har en økonomilinje.",
    "import.wingdings-smiley": (v) =>
      `Bogstavet "${p(v, "letter")}" er en smiley fra skrifttypen Wingdings, som gik tabt ved kopieringen; den er læst som ${p(v, "symbol")}.`,
    "import.duplicate-rows": (v) =>
      `Rækken er en nøjagtig kopi af linje ${p(v, "first")} (${n(v, "count", "da")} ${p(v, "count") === "1" ? "kopi" : "kopier"} i alt). Kopierne er læst med; slet dem, hvis de er en fejl.`,
    "import.file-type-not-accepted": (v) =>
      `Filen "${p(v, "name")}" er ikke af en type, der kan læses her (${p(v, "accepted")}).`,
    // Round trips of milepael's own CSV (wt-exports)
    "import.date-columns-disagree": (v) =>
      `Start og Slut (${p(v, "start") || "tom"} – ${p(v, "end") || "tom"}) passer ikke med datoen "${p(v, "text")}" i noget år; datoen er læst af teksten.`,
  },
  en: {
    "schema.not-json": (v) => `The file is not valid JSON: ${p(v, "detail")}`,
    "schema.invalid-type": (v) =>
      `Expected ${typeName(p(v, "expected"), "en")}, found ${typeName(p(v, "received"), "en")}.`,
    "schema.missing": (v) => `The field is missing (expected ${typeName(p(v, "expected"), "en")}).`,
    "schema.invalid-value": (v) => `Invalid value ${p(v, "received")}; allowed: ${p(v, "expected")}.`,
    "schema.unknown-key": (v) => `Unknown field: ${p(v, "keys")}.`,
    "schema.too-small": (v) => `Too short or too small (at least ${p(v, "minimum")}).`,
    "schema.too-big": (v) => `Too long or too big (at most ${p(v, "maximum")}).`,
    "schema.invalid-format": (v) => `Wrong format; expected ${formatName(p(v, "format"), "en")}.`,
    "schema.invalid": (v) => `Invalid: ${p(v, "detail")}.`,
    "schema.unsupported-version": (v) =>
      `Schema version ${p(v, "version")} is unknown; this version of milepael reads up to ${p(v, "supported")}.`,
    "schema.version-missing": (v) =>
      `The document gives no schema version (schemaVersion); it was read as version ${p(v, "assumed")}.`,
    "schema.upgraded": (v) =>
      `The document was written with schema version ${p(v, "from")} and has been upgraded to ${p(v, "to")}; save it again to write the new version.`,
    "schema.unknown-type": (v) =>
      `Unknown document type ${p(v, "type")}; expected "plan" or "budget-follow-up".`,
    "rules.economy-level-undefined": (v) =>
      `Economy can only be green or red, but the document says ${statusName(p(v, "status"), "en")}. The value is kept.`,
    "rules.assessed-before-cut-off": (v) =>
      `The milestone is assessed for ${p(v, "round")}, whose cut-off ${p(v, "cutOff")} has not been reached.`,
    "rules.overdue": (v) =>
      `The milestone for ${p(v, "round")} is not assessed although its cut-off ${p(v, "cutOff")} has passed.`,
    "rules.duplicate-id": (v) => `The id "${p(v, "id")}" is used more than once.`,
    "rules.unknown-round": (v) => `The round "${p(v, "round")}" is not among the document's rounds.`,
    "rules.unknown-track": (v) => `The track "${p(v, "track")}" is not among the plan's tracks.`,
    "rules.duplicate-round-assessment": (v) =>
      `The initiative has more than one milestone for ${p(v, "round")}.`,
    "import.empty-input": () => "The file is empty.",
    "import.input-too-large": (v) =>
      `The file is too large (${n(v, "size", "en")} characters; the limit is ${n(v, "limit", "en")}). Split it, or raise the limit.`,
    "import.internal-error": (v) =>
      `Import met an unexpected error: ${p(v, "detail")}. What was read is kept.`,
    "import.unknown-format": () => "The format was not recognised. Name it (follow-up, plan, CSV or JSON).",
    "import.no-title": () => 'The document has no title; it is called "Uden titel" (untitled).',
    "import.year-inferred": (v) => `Dates without a year are read as ${p(v, "year")} (${p(v, "source")}).`,
    "import.unrecognized-line": () => "The line could not be placed in the document; its text is shown here.",
    "import.row-outside-initiative": () =>
      "The row comes before the first initiative and could not be placed.",
    "import.unknown-kind": (v) =>
      `Unknown kind "${p(v, "text")}"; expected drift, anlæg, drift og anlæg or øvrig finansiering.`,
    "import.unknown-smiley": (v) =>
      `Unknown smiley "${p(v, "symbol")}"; the assessment is set to not assessed.`,
    "import.smiley-guessed": (v) =>
      `The smiley ☹ lost its colour (it is used for both yellow and red); it is read as ${p(v, "chosen")}.`,
    "import.round-cut-off-assumed": (v) =>
      `The document gives no cut-off for ${p(v, "round")}; ${p(v, "cutOff")} is assumed.`,
    "import.round-cut-off-unknown": (v) =>
      `The round "${p(v, "round")}" has no known cut-off; the year end ${p(v, "cutOff")} is used.`,
    "import.html-removed": (v) => `Content that is not text was removed from the cell: ${p(v, "elements")}.`,
    "import.note-split": (v) => `The text "${p(v, "text")}" is read as a note, not as a key contributor.`,
    "import.list-items-split": () =>
      "The items of a list without bullets were told apart by capital letters; check them.",
    "import.date-not-understood": (v) =>
      `The date "${p(v, "text")}" was not understood (${p(v, "reason")}); the text is kept.`,
    "import.activity-without-date": () => "The activity has no date.",
    "import.no-table": () =>
      "No table of activities was found (a row with columns such as Dato and Aktivitet).",
    "import.missing-column": (v) => `The column ${p(v, "column")} is missing.`,
    "import.unknown-column": (v) =>
      `The column "${p(v, "column")}" is not known and went into the activity's tags.`,
    "import.unclosed-quote": () =>
      "A quotation mark is never closed; the rest of the file was read as one field.",
    "import.extra-cells": (v) =>
      `The row has ${p(v, "count")} more cells than the header; they went into the description.`,
    "import.invalid-value": (v) => `The value "${p(v, "value")}" in column ${p(v, "column")} is not valid.`,
    "import.cell-ignored": (v) =>
      `The column "${p(v, "column")}" is not known, so the cell was not read; its text is shown here.`,
    "import.row-without-initiative": () =>
      "The row has a milestone but neither an id nor an initiative and could not be placed; its text is shown here.",
    "import.milestone-without-round": () =>
      "The milestone has no round and could not be placed; its text is shown here.",
    // Nothing silently lost (issue #15)
    "import.binary-file": (v) =>
      `The file is not text but a binary file (${binaryName(p(v, "kind"), "en")}). Save it as text (.txt) or CSV, or choose another file.`,
    "import.text-encoding": (v) =>
      p(v, "encoding") === "windows-1252"
        ? "The file is not valid UTF-8 and was read as Windows-1252 (the character set Danish Excel and Word save text in)."
        : `The file was read as ${encodingName(p(v, "encoding"))}${p(v, "bom") === "yes" ? " (with a byte order mark)" : ""}.`,
    "import.text-normalized": (v) =>
      `Invisible characters were corrected before reading: ${normalizedList(v, "en")}.`,
    "import.columns-recovered": (v) =>
      `The file has no tabs; columns separated by several spaces were read as columns (${n(v, "count", "en")} lines).`,
    "import.nothing-understood": (v) =>
      p(v, "kind") === "initiatives"
        ? "No initiatives were found; the file was not read as a budget follow-up."
        : "No activities were found; the file was not read as a plan.",
    "import.no-milestones": () => "No initiative has milestones; the document has no rounds.",
    "import.no-economy": () => "No initiative has an economy line.",
    "import.wingdings-smiley": (v) =>
      `The letter "${p(v, "letter")}" is a smiley in the Wingdings font, lost in copying; it is read as ${p(v, "symbol")}.`,
    "import.duplicate-rows": (v) =>
      `The row is an exact copy of line ${p(v, "first")} (${n(v, "count", "en")} ${p(v, "count") === "1" ? "copy" : "copies"} in all). The copies were read too; delete them if they are a mistake.`,
    "import.file-type-not-accepted": (v) =>
      `The file "${p(v, "name")}" is not of a type that can be read here (${p(v, "accepted")}).`,
    // Round trips of milepael's own CSV (wt-exports)
    "import.date-columns-disagree": (v) =>
      `Start and End (${p(v, "start") || "empty"} – ${p(v, "end") || "empty"}) do not match the date "${p(v, "text")}" in any year; the date is read from the text.`,
  },
};

// Nothing silently lost (issue #15): names in the messages above.
function binaryName(kind: string, locale: Locale): string {
  const names: Record<string, [string, string]> = {
    png: ["et PNG-billede", "a PNG image"],
    jpeg: ["et JPEG-billede", "a JPEG image"],
    gif: ["et GIF-billede", "a GIF image"],
    pdf: ["PDF", "PDF"],
    docx: ["Word-dokument, .docx", "Word document, .docx"],
    xlsx: ["Excel-projektmappe, .xlsx", "Excel workbook, .xlsx"],
    pptx: ["PowerPoint, .pptx", "PowerPoint, .pptx"],
    zip: ["ZIP-arkiv", "ZIP archive"],
    ole2: ["gammelt Office-format, .doc eller .xls", "old Office format, .doc or .xls"],
    binary: ["NUL-bytes", "NUL bytes"],
  };
  const pair = Object.hasOwn(names, kind) ? names[kind] : undefined;
  return pair ? pair[locale === "da" ? 0 : 1] : kind;
}

function encodingName(encoding: string): string {
  const names: Record<string, string> = {
    "utf-8": "UTF-8",
    "utf-16le": "UTF-16LE",
    "utf-16be": "UTF-16BE",
    "windows-1252": "Windows-1252",
  };
  return (Object.hasOwn(names, encoding) ? names[encoding] : undefined) ?? encoding;
}

/** "3 hårde mellemrum, 1 blødt bindestreg": the counts of what `normalizeInput` changed. */
function normalizedList(params: Params, locale: Locale): string {
  const names: Record<string, [string, string, string, string]> = {
    nbsp: ["hårdt mellemrum", "hårde mellemrum", "non-breaking space", "non-breaking spaces"],
    softHyphen: ["blød bindestreg", "bløde bindestreger", "soft hyphen", "soft hyphens"],
    zeroWidth: ["tegn uden bredde", "tegn uden bredde", "zero-width character", "zero-width characters"],
  };
  return Object.entries(names)
    .filter(([key]) => typeof params[key] === "number" && params[key] > 0)
    .map(([key, [daOne, daMany, enOne, enMany]]) => {
      const count = params[key] as number;
      const word = locale === "da" ? (count === 1 ? daOne : daMany) : count === 1 ? enOne : enMany;
      return `${n(params, key, locale)} ${word}`;
    })
    .join(", ");
}

function typeName(type: string, locale: Locale): string {
  const names: Record<string, [string, string]> = {
    string: ["tekst", "text"],
    number: ["et tal", "a number"],
    boolean: ["sand/falsk", "true/false"],
    object: ["et objekt", "an object"],
    array: ["en liste", "a list"],
    null: ["null", "null"],
    undefined: ["intet", "nothing"],
  };
  const pair = names[type];
  return pair ? pair[locale === "da" ? 0 : 1] : type;
}

function formatName(format: string, locale: Locale): string {
  if (format === "date") return locale === "da" ? "en dato som ÅÅÅÅ-MM-DD" : "a date as YYYY-MM-DD";
  return format;
}

function statusName(status: string, locale: Locale): string {
  const names: Record<string, [string, string]> = {
    green: ["grøn", "green"],
    yellow: ["gul", "yellow"],
    red: ["rød", "red"],
    "not-assessed": ["ikke vurderet", "not assessed"],
  };
  const pair = names[status];
  return pair ? pair[locale === "da" ? 0 : 1] : status;
}

/**
 * A path as people read it: `sections[0].initiatives[2].economy.status`.
 *
 * @example
 * formatPath(["sections", 0, "title"]); // "sections[0].title"
 */
export function formatPath(path: DiagnosticPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`),
    "",
  );
}

/**
 * The message of a diagnostic in a locale, without its location.
 *
 * @example
 * diagnosticMessage({ level: "error", code: "rules.duplicate-id", path: [], params: { id: "5.03" } }, "en");
 * // 'The id "5.03" is used more than once.'
 */
export function diagnosticMessage(finding: Diagnostic, locale: Locale): string {
  return catalogue[locale][finding.code](finding.params);
}

/**
 * A diagnostic as one line: location (line or path), level and message.
 *
 * @example
 * formatDiagnostic(finding, "da"); // "sections[0].initiatives[1].id: fejl: Id'et "5.03" bruges mere end én gang."
 */
export function formatDiagnostic(finding: Diagnostic, locale: Locale): string {
  const levels: Record<Locale, Record<Diagnostic["level"], string>> = {
    da: { error: "fejl", warning: "advarsel", info: "info" },
    en: { error: "error", warning: "warning", info: "info" },
  };
  const where = finding.line === undefined ? formatPath(finding.path) : `${finding.line}`;
  const location = where === "" ? "" : `${where}: `;
  return `${location}${levels[locale][finding.level]}: ${diagnosticMessage(finding, locale)}`;
}
