import { type Diagnostic, diagnostic } from "@milepael/core";
import { describe, expect, it } from "vitest";
import { acceptsFile, groupDiagnostics } from "./importProtocol";

describe("groupDiagnostics", () => {
  it("counts findings per code, errors first, then the most frequent, keeping the first as example", () => {
    const findings: Diagnostic[] = [
      diagnostic("warning", "import.date-not-understood", [], { text: "a", reason: "unknown" }),
      diagnostic("info", "import.year-inferred", [], { year: 2017, source: "2017" }),
      diagnostic("warning", "import.date-not-understood", [], { text: "b", reason: "unknown" }),
      diagnostic("error", "import.unknown-format", [], {}),
      diagnostic("warning", "import.unrecognized-line", [], {}),
    ];
    const groups = groupDiagnostics(findings);
    expect(groups.map((group) => [group.code, group.count])).toEqual([
      ["import.unknown-format", 1],
      ["import.date-not-understood", 2],
      ["import.unrecognized-line", 1],
      ["import.year-inferred", 1],
    ]);
    expect(groups[1]?.first.params).toEqual({ text: "a", reason: "unknown" });
  });

  it("groups 100,000 findings into one line per code", () => {
    const findings = Array.from({ length: 100_000 }, () =>
      diagnostic("warning", "import.unrecognized-line", [], {}),
    );
    expect(groupDiagnostics(findings)).toEqual([
      expect.objectContaining({ code: "import.unrecognized-line", count: 100_000 }),
    ]);
  });
});

describe("acceptsFile", () => {
  it("accepts Word and PDF files by extension or MIME type, as picked or dropped", () => {
    expect(acceptsFile({ name: "Budgetopfølgning.DOCX", type: "" })).toBe(true);
    expect(acceptsFile({ name: "plan.pdf", type: "" })).toBe(true);
    expect(acceptsFile({ name: "download", type: "application/pdf" })).toBe(true);
    expect(
      acceptsFile({
        name: "download",
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      }),
    ).toBe(true);
  });

  it("refuses pictures and old Word files", () => {
    expect(acceptsFile({ name: "smiley.png", type: "image/png" })).toBe(false);
    expect(acceptsFile({ name: "gammel.doc", type: "application/msword" })).toBe(false);
  });
});
