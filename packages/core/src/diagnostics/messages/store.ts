import { type DanishMessages, type EnglishMessages, p, type Value } from "./format";

// Keeping documents (issue #20): the store and its backups.
export const storeDa = {
  // A message declares every param its code carries, also those it does not show: the versions
  // compared and the browser's own error are for the host.
  "store.conflict": (v: { id: Value; expected: number; found: number; savedAt: Value }) =>
    `Dokumentet er ændret et andet sted (fx i en anden fane) siden du åbnede det${p(v, "savedAt") === "" ? "" : ` (gemt ${p(v, "savedAt")})`}. Dine ændringer er ikke gemt oven i; indlæs den nye version, og foretag dem igen.`,
  "store.full": (_: { detail: Value }) =>
    "Browserens lager er fuldt. Ændringerne er bevaret i denne fane, men ikke gemt: eksportér en sikkerhedskopi, før du lukker den.",
  "store.unavailable": (_: { detail: Value }) =>
    "Browseren gemmer ikke data her (fx i privat tilstand). Ændringerne er bevaret i denne fane, men ikke gemt: eksportér en sikkerhedskopi, før du lukker den.",
  "store.not-a-backup": () => "Filen er ikke en sikkerhedskopi fra milepael.",
  "store.invalid-entry": (v: { id: Value }) =>
    `Dokumentet "${p(v, "id")}" i sikkerhedskopien er ugyldigt og er sprunget over.`,
  "store.import-kept-existing": (v: { id: Value }) =>
    `Der findes allerede et andet dokument med id'et "${p(v, "id")}"; det er beholdt, og kopien fra sikkerhedskopien er sprunget over.`,
} satisfies DanishMessages<"store">;

export const storeEn: EnglishMessages<typeof storeDa> = {
  "store.conflict": (v) =>
    `The document was changed elsewhere (another tab, perhaps) since you opened it${p(v, "savedAt") === "" ? "" : ` (saved ${p(v, "savedAt")})`}. Your changes were not written over it; load the new version and make them again.`,
  "store.full": () =>
    "The browser's storage is full. Your changes are kept in this tab but not saved: export a backup before you close it.",
  "store.unavailable": () =>
    "The browser does not keep data here (private mode, perhaps). Your changes are kept in this tab but not saved: export a backup before you close it.",
  "store.not-a-backup": () => "The file is not a milepael backup.",
  "store.invalid-entry": (v) => `The document "${p(v, "id")}" in the backup is not valid and was skipped.`,
  "store.import-kept-existing": (v) =>
    `Another document with the id "${p(v, "id")}" already exists; it was kept and the backup's copy skipped.`,
};
