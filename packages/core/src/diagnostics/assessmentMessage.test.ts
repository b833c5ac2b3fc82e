import { describe, expect, it } from "vitest";
import { assessmentMessage } from "./assessmentMessage";
import { diagnostic, diagnosticCodes } from "./diagnostic";
import { diagnosticMessage } from "./messages";

describe("assessmentMessage", () => {
  it("says what the full catalogue says for every finding of assessing and of the rules", () => {
    const codes = diagnosticCodes.filter(
      (code) => code.startsWith("assessment.") || code.startsWith("rules."),
    );
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) {
      const finding = diagnostic("error", code, [], { status: "red", levels: "green, red" } as never);
      for (const locale of ["da", "en"] as const)
        expect(assessmentMessage(finding, locale)).toBe(diagnosticMessage(finding, locale));
    }
  });

  it("gives another area's code back as itself", () => {
    expect(assessmentMessage(diagnostic("error", "import.empty-input", []), "da")).toBe("import.empty-input");
  });
});
