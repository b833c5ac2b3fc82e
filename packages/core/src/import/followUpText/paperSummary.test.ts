import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportDocx } from "../../export/docx/exportDocx";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import { docxSourceLines } from "../docx/importDocx";
import { withoutCopy } from "../docx/testing";
import { pdfSourceLines } from "../pdf/importPdf";
import { importFollowUpText } from "./read";

/** The lines of milepael's Word paper, as Word gives them once its controls and milepael's copy are gone. */
async function paperLines(): Promise<string[]> {
  const read = docxSourceLines(withoutCopy(await exportDocx(budgetFollowUp2017)));
  if (!read.ok) throw new Error(read.error.code);
  return read.lines.map((line) => line.text);
}

/** The lines of milepael's paper printed to PDF (test/office/make-report-pdfs.mjs), as the PDF reader gives them. */
async function printedPaperLines(): Promise<string[]> {
  const bytes = readFileSync(
    new URL("../../../test/office/report-budgetopfoelgning-2017.pdf", import.meta.url),
  );
  const read = await pdfSourceLines(new Uint8Array(bytes));
  if (!read.ok) throw new Error(read.error.code);
  return read.lines.map((line) => line.text);
}

const ignoredLines = (text: string) =>
  importFollowUpText(text)
    .diagnostics.filter((found) => found.code === "import.preamble-ignored")
    .map((found) => [found.line, found.raw]);

const note = "Direktionen anbefaler, at udvalget drøfter de røde milepæle på næste møde.";

describe("importFollowUpText: a note typed under the summary of milepael's paper", () => {
  it("reports nothing under the summary the paper printed itself, from Word or from its PDF", async () => {
    expect(ignoredLines((await paperLines()).join("\n"))).toEqual([]);
    expect(ignoredLines((await printedPaperLines()).join("\n"))).toEqual([]);
  });

  it("reports a note typed as its own paragraph under 'Sammenfatning', with its line and text", async () => {
    const lines = await paperLines();
    const at = lines.indexOf("## Sammenfatning") + 2;
    lines.splice(at, 0, note, "");
    expect(ignoredLines(lines.join("\n"))).toEqual([[at + 1, note]]);
  });

  it("reports a note of two lines typed between the chart's figures and the table in a PDF, and only the note", async () => {
    const lines = await printedPaperLines();
    const at = lines.findIndex((line) => line.includes("Status for milepæle pr. opfølgning"));
    // The note's second line holds only words the paper prints: it is the note's all the same.
    lines.splice(at, 0, "Direktionen anbefaler, at udvalget drøfter", "de 3 røde milepæle.");
    expect(ignoredLines(lines.join("\n"))).toEqual([
      [at + 1, "Direktionen anbefaler, at udvalget drøfter\nde 3 røde milepæle."],
    ]);
  });

  it("keeps the summary's own lines quiet when a count in them was edited, and reports a word put in", async () => {
    const lines = await paperLines();
    const summary = lines.findIndex(
      (line, index) => index > lines.indexOf("## Sammenfatning") && line.trim() !== "",
    );
    // A figure edited by hand is the paper's word all the same: the summary is drawn again from the milestones.
    lines[summary] = (lines[summary] as string).replace(/^\*{0,2}3 af 14/, (found) =>
      found.replace("3", "4"),
    );
    expect(ignoredLines(lines.join("\n"))).toEqual([]);
    lines[summary] = `${lines[summary]} Se også bilag 2.`;
    expect(ignoredLines(lines.join("\n"))).toEqual([[summary + 1, lines[summary]]]);
  });
});
