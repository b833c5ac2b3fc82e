import { type DanishMessages, type EnglishMessages, p, type Value } from "./format";
import { formatName, typeName } from "./names";

// Reading a document against the schema: JSON, types, versions.
export const schemaDa = {
  "schema.not-json": (v: { detail: Value }) => `Filen er ikke gyldig JSON: ${p(v, "detail")}`,
  "schema.invalid-type": (v: { expected: Value; received: Value }) =>
    `Forventede ${typeName(p(v, "expected"), "da")}, men fandt ${typeName(p(v, "received"), "da")}.`,
  "schema.missing": (v: { expected: Value }) =>
    `Feltet mangler (forventede ${typeName(p(v, "expected"), "da")}).`,
  "schema.invalid-value": (v: { received: Value; expected: Value }) =>
    `Ugyldig værdi ${p(v, "received")}; tilladt er: ${p(v, "expected")}.`,
  "schema.unknown-key": (v: { keys: Value }) => `Ukendt felt: ${p(v, "keys")}.`,
  "schema.too-small": (v: { minimum: Value }) => `For kort eller for lille (mindst ${p(v, "minimum")}).`,
  "schema.too-big": (v: { maximum: Value }) => `For langt eller for stort (højst ${p(v, "maximum")}).`,
  "schema.invalid-format": (v: { format: Value }) =>
    `Forkert format; forventede ${formatName(p(v, "format"), "da")}.`,
  "schema.invalid": (v: { detail: Value }) => `Ugyldig: ${p(v, "detail")}.`,
  "schema.unsupported-version": (v: { version: Value; supported: Value }) =>
    `Skemaversion ${p(v, "version")} kendes ikke; denne version af milepael læser op til ${p(v, "supported")}.`,
  "schema.version-missing": (v: { assumed: Value }) =>
    `Dokumentet angiver ingen skemaversion (schemaVersion); det er læst som version ${p(v, "assumed")}.`,
  "schema.upgraded": (v: { from: Value; to: Value }) =>
    `Dokumentet er skrevet med skemaversion ${p(v, "from")} og er opgraderet til ${p(v, "to")}; gem det igen for at skrive den nye version.`,
  // Without `type` the document names no type at all (a JSON file from elsewhere).
  "schema.unknown-type": (v: { type?: Value }) =>
    v.type === undefined
      ? `Dokumentet angiver ikke, hvad det er (feltet "type" mangler); forventede "plan", "budget-follow-up" eller "meetings".`
      : `Ukendt dokumenttype ${p(v, "type")}; forventede "plan", "budget-follow-up" eller "meetings".`,
} satisfies DanishMessages<"schema">;

export const schemaEn: EnglishMessages<typeof schemaDa> = {
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
    v.type === undefined
      ? `The document does not say what it is (the field "type" is missing); expected "plan", "budget-follow-up" or "meetings".`
      : `Unknown document type ${p(v, "type")}; expected "plan", "budget-follow-up" or "meetings".`,
};
