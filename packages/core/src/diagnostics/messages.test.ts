import { describe, expect, it } from "vitest";
import { diagnostic, diagnosticCodes } from "./diagnostic";
import { diagnosticMessage } from "./messages";

describe("the one catalogue of diagnostic messages", () => {
  it("has a message for every code in Danish and in English, each its own", () => {
    for (const code of diagnosticCodes) {
      const finding = diagnostic("error", code, [], {} as never);
      const da = diagnosticMessage(finding, "da");
      const en = diagnosticMessage(finding, "en");
      expect(da, code).not.toBe("");
      expect(en, code).not.toBe("");
    }
  });

  it("names a type it has no word for as the type itself, even one named like an object's own key", () => {
    const finding = diagnostic("error", "schema.invalid-type", [], {
      expected: "string",
      received: "constructor",
    });
    expect(diagnosticMessage(finding, "en")).toBe("Expected text, found constructor.");
    expect(diagnosticMessage(finding, "da")).toBe("Forventede tekst, men fandt constructor.");
  });
});
