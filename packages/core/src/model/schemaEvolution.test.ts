import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasErrors } from "../diagnostics/diagnostic";
import { formatDiagnostic } from "../diagnostics/messages";
import { budgetFollowUp2017 } from "../fixtures";
import {
  currentSchemaVersion,
  parseDocumentJson,
  type SchemaMigration,
  schemaMigrations,
  upgradeDocument,
  validateDocument,
} from "./document.schema";

const versionsFolder = new URL("../../test/schema-versions/", import.meta.url);
const frozenVersions = readdirSync(versionsFolder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && /^v\d+$/.test(entry.name))
  .map((entry) => Number(entry.name.slice(1)))
  .sort((a, b) => a - b);

describe("documents written by every schema version so far", () => {
  it("keeps a frozen set of documents and a migration for every older version", () => {
    const versions = Array.from({ length: currentSchemaVersion }, (_, index) => index + 1);
    expect(frozenVersions).toEqual(versions);
    for (const version of versions.slice(0, -1))
      expect(schemaMigrations[version], `v${version}`).toBeTypeOf("function");
  });

  for (const version of frozenVersions) {
    const folder = new URL(`v${version}/`, versionsFolder);
    const files = readdirSync(folder).filter((name) => name.endsWith(".json"));

    it(`loads every version ${version} document (${files.length}) with the current release`, () => {
      expect(files.length).toBeGreaterThan(0);
      for (const name of files) {
        const text = readFileSync(new URL(name, folder), "utf8");
        const written = JSON.parse(text) as { schemaVersion: number; type: string };
        expect(written.schemaVersion, name).toBe(version);
        const { document, diagnostics } = parseDocumentJson(text);
        expect(
          hasErrors(diagnostics),
          `${name}: ${diagnostics.map((entry) => formatDiagnostic(entry, "en")).join("; ")}`,
        ).toBe(false);
        expect(document?.type).toBe(written.type);
        expect(document?.schemaVersion).toBe(currentSchemaVersion);
      }
    });
  }
});

describe("upgradeDocument", () => {
  // The mechanism on a made-up history of three versions: what a future release will rely on.
  const history: Record<number, SchemaMigration> = {
    1: (document) => ({ ...document, steps: [...((document.steps as string[]) ?? []), "1→2"] }),
    2: (document) => ({ ...document, steps: [...((document.steps as string[]) ?? []), "2→3"] }),
  };

  it("runs every step from the document's version to the current one, in order, and says so", () => {
    const { data, diagnostics } = upgradeDocument({ schemaVersion: 1, type: "plan" }, history, 3);
    expect(data).toEqual({ schemaVersion: 3, type: "plan", steps: ["1→2", "2→3"] });
    expect(diagnostics).toEqual([
      { level: "info", code: "schema.upgraded", path: ["schemaVersion"], params: { from: 1, to: 3 } },
    ]);
    expect(formatDiagnostic(diagnostics[0]!, "da")).toContain("skemaversion 1 og er opgraderet til 3");
    expect(upgradeDocument({ schemaVersion: 2 }, history, 3).data.steps).toEqual(["2→3"]);
  });

  it("leaves a current document untouched and refuses a version it has no step for", () => {
    const current = { schemaVersion: 3 };
    expect(upgradeDocument(current, history, 3)).toEqual({ data: current, diagnostics: [] });
    const { diagnostics } = upgradeDocument({ schemaVersion: 1 }, { 2: history[2]! }, 3);
    expect(diagnostics[0]).toMatchObject({ level: "error", code: "schema.unsupported-version" });
  });
});

describe("a document without schemaVersion", () => {
  it("loads as version 1 with a warning that says so, then upgrades", () => {
    const { schemaVersion: _, ...unversioned } = budgetFollowUp2017;
    const { document, diagnostics } = validateDocument(unversioned);
    // Version 1 is upgraded: a follow-up gains its (empty) assessment history.
    expect(document).toEqual({ ...budgetFollowUp2017, history: [] });
    expect(diagnostics).toEqual([
      { level: "warning", code: "schema.version-missing", path: ["schemaVersion"], params: { assumed: 1 } },
      { level: "info", code: "schema.upgraded", path: ["schemaVersion"], params: { from: 1, to: 2 } },
    ]);
    expect(formatDiagnostic(diagnostics[0]!, "en")).toContain("read as version 1");
  });
});
