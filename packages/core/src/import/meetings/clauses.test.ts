import { describe, expect, it } from "vitest";
import { recommendationClauses, sequentialSplit } from "./clauses";

describe("recommendationClauses", () => {
  it("splits clauses numbered 1. 2. and, as First Agenda prints them, 1) 2)", () => {
    expect(
      recommendationClauses("Direktionen indstiller: 1. at planen godkendes, 2. at den offentliggøres."),
    ).toEqual(["at planen godkendes", "at den offentliggøres"]);
    expect(
      recommendationClauses("Direktionen indstiller, 1) at budgettet godkendes 2) at rammen fastholdes"),
    ).toEqual(["at budgettet godkendes", "at rammen fastholdes"]);
  });

  it("splits unnumbered clauses each on its own line, and keeps an 'at' inside a clause", () => {
    expect(
      recommendationClauses(
        "Direktionen indstiller,\nat budgettet godkendes, og\nat udvalget beslutter, at rammen\nfastholdes.",
      ),
    ).toEqual(["at budgettet godkendes", "at udvalget beslutter, at rammen fastholdes"]);
    expect(
      recommendationClauses("Direktionen indstiller, at budgettet godkendes, og at rammen fastholdes."),
    ).toEqual(["at budgettet godkendes, og at rammen fastholdes"]);
  });

  it("keeps a '1)' inside a clause numbered 1. 2. as text", () => {
    expect(recommendationClauses("1. at model 1) vælges, 2. at sagen sendes videre")).toEqual([
      "at model 1) vælges",
      "at sagen sendes videre",
    ]);
  });
});

describe("sequentialSplit", () => {
  it("splits attachments numbered 1. 2. and leaves 'stk. 4' inside an entry", () => {
    expect(sequentialSplit("Bilag: 1. Tilbud.pdf 2. Kommissorium efter stk. 4.docx")).toEqual([
      "Tilbud.pdf",
      "Kommissorium efter stk. 4.docx",
    ]);
  });
});
