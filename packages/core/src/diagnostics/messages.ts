import type { Locale } from "../i18n/locale";
import type { Diagnostic, DiagnosticCode, DiagnosticPath } from "./diagnostic";

type Params = Record<string, string | number>;
type Message = (params: Params) => string;

const p = (params: Params, key: string): string => String(params[key] ?? "");

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
