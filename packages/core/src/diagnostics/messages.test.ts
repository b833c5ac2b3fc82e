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

  it("has the compiler check each code's params, as its Danish message declares them", () => {
    // @ts-expect-error: a misspelt param
    diagnostic("error", "rules.duplicate-id", [], { idd: "5.03" });
    // @ts-expect-error: a missing param
    diagnostic("error", "rules.duplicate-id", []);
    // @ts-expect-error: a param of the wrong type
    diagnostic("error", "import.columns-recovered", [], { count: "3" });
    // @ts-expect-error: a param for a code that takes none
    diagnostic("error", "import.empty-input", [], { detail: "x" });
    // @ts-expect-error: a select-message takes the param it selects by
    diagnostic("error", "import.nothing-understood", [], { kinds: "initiatives" });
    expect(diagnostic("error", "import.empty-input", []).params).toEqual({});
    expect(diagnostic("error", "import.nothing-understood", [], { kind: "initiatives" }).params).toEqual({
      kind: "initiatives",
    });
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
