import type { Locale } from "../i18n/locale";
import type { Diagnostic, DiagnosticCode, DiagnosticPath } from "./diagnostic";

type Params = Record<string, string | number>;
type Message = (params: Params) => string;

const p = (params: Params, key: string): string => String(params[key] ?? "");
/** A count with the locale's thousands separator: "52.800.025" in Danish. */
const n = (params: Params, key: string, locale: Locale): string =>
  typeof params[key] === "number"
    ? params[key].toLocaleString(locale === "da" ? "da-DK" : "en-GB")
    : p(params, key);

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
    // Hardening: input that would freeze or crash a reader (issue #15)
    "import.markup-too-deep": (v) =>
      `Formateringen i cellen er indlejret mere end ${p(v, "depth")} niveauer; det dybere indhold er bevaret som tekst.`,
    "import.cell-too-long": (v) =>
      `Cellen er for lang (${n(v, "length", "da")} tegn; grænsen er ${n(v, "limit", "da")}); den er bevaret som ren tekst uden formatering.`,
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
    // Hardening: input that would freeze or crash a reader (issue #15)
    "import.markup-too-deep": (v) =>
      `The formatting in the cell nests more than ${p(v, "depth")} levels deep; the deeper content is kept as text.`,
    "import.cell-too-long": (v) =>
      `The cell is too long (${n(v, "length", "en")} characters; the limit is ${n(v, "limit", "en")}); it is kept as plain text without formatting.`,
  },
};

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
