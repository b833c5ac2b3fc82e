import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { formatDiagnostic } from "../diagnostics/messages";
import { budgetFollowUp2017 } from "../fixtures/budgetFollowUp2017";
import { implementationPlan2017 } from "../fixtures/implementationPlan2017";
import {
  documentJsonSchema,
  milepaelDocumentSchema,
  parseDocumentJson,
  validateDocument,
} from "./document.schema";

const clone = <T>(value: T): T => structuredClone(value);

describe("validateDocument", () => {
  it("accepts the hand-checked follow-up fixture as it is", () => {
    expect(validateDocument(budgetFollowUp2017)).toEqual({ document: budgetFollowUp2017, diagnostics: [] });
  });

  it("gives back the valid document itself, not a second copy of it", () => {
    const document = clone(budgetFollowUp2017);
    expect(validateDocument(document).document).toBe(document);
    // That is the schema's output only while the schemas transform nothing and fill in no defaults:
    // then what they accept and what they give are described alike.
    expect(z.toJSONSchema(milepaelDocumentSchema, { io: "input" })).toEqual(
      z.toJSONSchema(milepaelDocumentSchema, { io: "output" }),
    );
  });

  it("round-trips a valid document through JSON unchanged", () => {
    const { document } = parseDocumentJson(JSON.stringify(budgetFollowUp2017));
    expect(document).toEqual(budgetFollowUp2017);
    expect(JSON.stringify(document)).toBe(JSON.stringify(budgetFollowUp2017));
  });

  it("reads JSON with a byte order mark", () => {
    expect(parseDocumentJson(`\uFEFF${JSON.stringify(budgetFollowUp2017)}`).document).not.toBeNull();
  });

  it("names the path of a missing field and says what is missing in both languages", () => {
    const broken = clone(budgetFollowUp2017) as { metadata: Partial<typeof budgetFollowUp2017.metadata> };
    delete broken.metadata.title;
    const { document, diagnostics } = validateDocument(broken);
    expect(document).toBeNull();
    expect(diagnostics).toEqual([
      { level: "error", code: "schema.missing", path: ["metadata", "title"], params: { expected: "string" } },
    ]);
    expect(formatDiagnostic(diagnostics[0]!, "da")).toBe(
      "metadata.title: fejl: Feltet mangler (forventede tekst).",
    );
    expect(formatDiagnostic(diagnostics[0]!, "en")).toBe(
      "metadata.title: error: The field is missing (expected text).",
    );
  });

  it("lists the allowed values when a status is not one of them", () => {
    const broken = clone(budgetFollowUp2017);
    (broken.sections[0]!.initiatives[0]!.milestones[0] as { status: string }).status = "blue";
    const [finding] = validateDocument(broken).diagnostics;
    expect(finding?.path).toEqual(["sections", 0, "initiatives", 0, "milestones", 0, "status"]);
    expect(formatDiagnostic(finding!, "en")).toBe(
      'sections[0].initiatives[0].milestones[0].status: error: Invalid value "blue"; allowed: "green", "yellow", "red", "not-assessed".',
    );
  });

  it("explains a date in the wrong format", () => {
    const broken = clone(budgetFollowUp2017);
    broken.rounds[0]!.cutOff = "31.03.2017";
    const [finding] = validateDocument(broken).diagnostics;
    expect(finding).toMatchObject({ code: "schema.invalid-format", path: ["rounds", 0, "cutOff"] });
    expect(formatDiagnostic(finding!, "da")).toContain("en dato som ÅÅÅÅ-MM-DD");
  });

  it("reports a misspelt field instead of dropping it", () => {
    const broken = { ...clone(budgetFollowUp2017), titel: "Tredje opfølgning" };
    expect(validateDocument(broken).diagnostics).toEqual([
      { level: "error", code: "schema.unknown-key", path: [], params: { keys: "titel" } },
    ]);
  });

  it("reports wrong types with what it found", () => {
    const broken = clone(budgetFollowUp2017) as unknown as { sections: unknown };
    broken.sections = "none";
    expect(validateDocument(broken).diagnostics).toEqual([
      {
        level: "error",
        code: "schema.invalid-type",
        path: ["sections"],
        params: { expected: "array", received: "string" },
      },
    ]);
  });

  it("refuses what is no document at all, a newer schema version, an unknown type and broken JSON", () => {
    expect(validateDocument([]).diagnostics[0]?.code).toBe("schema.invalid-type");
    expect(validateDocument({ ...budgetFollowUp2017, schemaVersion: 3 }).diagnostics[0]).toMatchObject({
      code: "schema.unsupported-version",
      params: { version: 3, supported: 2 },
    });
    expect(validateDocument({ type: "memo" }).diagnostics[0]?.code).toBe("schema.unknown-type");
    const untyped = validateDocument({ title: "Budgetopfølgning" }).diagnostics[0]!;
    expect(untyped.code).toBe("schema.unknown-type");
    expect(formatDiagnostic(untyped, "da")).toContain('feltet "type" mangler');
    expect(formatDiagnostic(untyped, "da")).not.toContain("undefined");
    expect(formatDiagnostic(untyped, "en")).toContain('the field "type" is missing');
    // Never throws, whatever the type is (a BigInt from IndexedDB, a function).
    expect(validateDocument({ type: 10n }).diagnostics[0]?.params).toEqual({ type: "bigint" });
    expect(validateDocument({ type: () => "plan" }).diagnostics[0]?.params).toEqual({ type: "function" });
    const memo = validateDocument({ type: "memo" }).diagnostics[0]!;
    expect(formatDiagnostic(memo, "da")).toContain('Ukendt dokumenttype "memo"');
    const notJson = parseDocumentJson("{ not json");
    expect(notJson.document).toBeNull();
    expect(formatDiagnostic(notJson.diagnostics[0]!, "da")).toMatch(/^fejl: Filen er ikke gyldig JSON/);
  });
});

describe("documentJsonSchema", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });

  it("lets a validator in another stack accept the fixture and refuse a broken copy", () => {
    const validate = ajv.compile(documentJsonSchema("budget-follow-up"));
    expect(validate(budgetFollowUp2017), JSON.stringify(validate.errors)).toBe(true);
    const broken = clone(budgetFollowUp2017);
    (broken.sections[1]!.initiatives[0] as { kind: string }).kind = "capital";
    expect(validate(broken)).toBe(false);
  });

  it("describes both document types in one schema", () => {
    const validate = ajv.compile(documentJsonSchema());
    expect(validate(budgetFollowUp2017)).toBe(true);
    expect(validate({ schemaVersion: 1, type: "memo" })).toBe(false);
  });
});

describe("parseDocumentJson and rich text", () => {
  it("sanitises rich text a hand-written file holds outside the allowed markup, and says where", () => {
    const plan = structuredClone(implementationPlan2017);
    plan.introduction =
      '<p>Se <a href="javascript:alert(1)">her</a></p><img src=x onerror="alert(1)"><script>x()</script>';
    const activity = plan.activities[2];
    if (activity === undefined) throw new Error("no activity");
    activity.description = '<ul><li onclick="x()">punkt</li></ul>';
    const { document, diagnostics } = parseDocumentJson(JSON.stringify(plan));
    expect(document?.type === "plan" && document.introduction).toBe("Se her");
    expect(document?.type === "plan" && document.activities[2]?.description).toBe("<ul><li>punkt</li></ul>");
    // The event handlers go too, and are named: an onclick is script, not formatting.
    expect(diagnostics.map((found) => [found.code, found.path, found.params.elements])).toEqual([
      ["import.html-removed", ["introduction"], "a, img, onerror, script"],
      ["import.html-removed", ["activities", 2, "description"], "onclick"],
    ]);
  });

  it("leaves a document milepael wrote as it is, with no finding", () => {
    // Plain text with "<" and "&", as the importers keep it, is no markup to sanitise.
    const withLessThan = structuredClone(budgetFollowUp2017);
    const milestone = withLessThan.sections[0]?.initiatives[0]?.milestones[0];
    if (milestone === undefined) throw new Error("no milestone");
    milestone.text = "Antal < 5 & færre end 10 <3";
    for (const document of [budgetFollowUp2017, implementationPlan2017, withLessThan]) {
      const read = parseDocumentJson(JSON.stringify(document));
      expect(read.diagnostics).toEqual([]);
      expect(read.document).toEqual(document);
    }
  });
});
