import { describe, expect, it } from "vitest";
import { parseDocumentJson } from "../model/document.schema";
import type { Diagnostic } from "./diagnostic";
import { formatDocumentDiagnostic } from "./documentMessage";
import { formatDiagnostic } from "./messages";

const findingsOf = (text: string, maxInputLength?: number): Diagnostic[] =>
  parseDocumentJson(text, maxInputLength === undefined ? {} : { maxInputLength }).diagnostics;

describe("formatDocumentDiagnostic", () => {
  const findings = [
    ...findingsOf("{"),
    ...findingsOf('{"type":"plan"}'),
    ...findingsOf('{"type":"budget-follow-up","schemaVersion":99}'),
    ...findingsOf('{"type":"unknown"}'),
    ...findingsOf('{"type":"plan","title":"x"}', 5),
  ];

  it("words every finding of reading a document's JSON as formatDiagnostic does, in both languages", () => {
    expect(findings.length).toBeGreaterThan(4);
    for (const finding of findings)
      for (const locale of ["da", "en"] as const)
        expect(formatDocumentDiagnostic(finding, locale)).toBe(formatDiagnostic(finding, locale));
  });

  it("covers the input-size refusal with its numbers", () => {
    const [tooLarge] = findingsOf('{"type":"plan","title":"x"}', 5);
    expect(tooLarge?.code).toBe("import.input-too-large");
    expect(formatDocumentDiagnostic(tooLarge as Diagnostic, "da")).toMatch(
      /^fejl: Filen er for stor \(\d+ tegn; grænsen er 5\)/,
    );
  });

  it("writes a code outside its messages as the code itself rather than failing", () => {
    const finding: Diagnostic = {
      level: "warning",
      code: "rules.duplicate-id",
      path: [],
      params: { id: "5.03" },
    };
    expect(formatDocumentDiagnostic(finding, "en")).toBe("warning: rules.duplicate-id");
  });
});
