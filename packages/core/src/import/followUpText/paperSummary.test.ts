import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { assess } from "../../assessment/assess";
import { publishRound, startRound } from "../../assessment/rounds";
import { exportDocx } from "../../export/docx/exportDocx";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import type { Locale } from "../../i18n/locale";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import { docxSourceLines, importDocx } from "../docx/importDocx";
import { paragraph, withoutCopy } from "../docx/testing";
import { pdfSourceLines } from "../pdf/importPdf";
import { importFollowUpText } from "./read";

/** The lines of milepael's Word paper, as Word gives them once its controls and milepael's copy are gone. */
async function paperLines(
  document: BudgetFollowUp = budgetFollowUp2017,
  locale: Locale = "da",
): Promise<string[]> {
  const read = docxSourceLines(withoutCopy(await exportDocx(document, { locale })));
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
    expect(lines[summary]).toMatch(/^\*{0,2}4 af 14 milepæle/);
    expect(ignoredLines(lines.join("\n"))).toEqual([]);
    lines[summary] = `${lines[summary]} Se også bilag 2.`;
    expect(ignoredLines(lines.join("\n"))).toEqual([[summary + 1, lines[summary]]]);
  });

  it("reports a note in an English paper, and two notes apart, neither with the summary's table", async () => {
    const lines = await paperLines(budgetFollowUp2017, "en");
    const summary = lines.indexOf("## Summary");
    const about = lines.indexOf("## About the document");
    expect(ignoredLines(lines.join("\n"))).toEqual([]);
    const first = "The board asks for a plan for the red milestones.";
    const second = "Appendix 2 follows.";
    lines.splice(about, 0, second);
    lines.splice(summary + 2, 0, first);
    expect(ignoredLines(lines.join("\n"))).toEqual([
      [summary + 3, first],
      [about + 2, second],
    ]);
  });

  it("keeps quiet on a summary that names an initiative whose economy worsened, which the document read back cannot tell", async () => {
    const by = { by: "Økonomi", at: "2017-12-01T08:00:00Z" };
    const started = startRound(budgetFollowUp2017, "2017-year-end", by).document as BudgetFollowUp;
    const assessed = assess(started, {
      initiativeId: "6.12",
      milestone: "economy",
      status: "red",
      note: "Overskridelse",
      by: "Anne",
      at: "2017-12-02T10:00:00Z",
    }).document as BudgetFollowUp;
    const published = publishRound(assessed, "2017-year-end", by).document as BudgetFollowUp;
    const lines = await paperLines(published);
    const summary = lines[lines.indexOf("## Sammenfatning") + 1] as string;
    // The paper names the initiative whose economy turned red: the history says it was green.
    expect(summary).toContain("er forværret siden 3. budgetopfølgning 2017: 6.12");
    expect(ignoredLines(lines.join("\n"))).toEqual([]);
  });

  it("reports a note typed under the summary of a Word paper LibreOffice saved, whose copy is read", async () => {
    const files = unzipSync(await exportDocx(budgetFollowUp2017));
    // LibreOffice keeps the controls and the copy, not the controls' tags.
    const xml = strFromU8(files["word/document.xml"] as Uint8Array).replace(/<w:tag [^>]*\/>/g, "");
    const summaryEnd = xml.indexOf("</w:p>", xml.indexOf("3 af 14 milepæle")) + "</w:p>".length;
    files["word/document.xml"] = strToU8(
      `${xml.slice(0, summaryEnd)}${paragraph(note)}${xml.slice(summaryEnd)}`,
    );
    const { document, diagnostics } = importDocx(zipSync(files));
    expect(document).toEqual(budgetFollowUp2017);
    expect(diagnostics.map((found) => found.code)).toContain("import.docx-copy-used");
    expect(
      diagnostics.filter((found) => found.code === "import.preamble-ignored").map((found) => found.raw),
    ).toEqual([note]);
  });

  it("reads the chart label of a round with no milestone, printed alone in a PDF, as the chart's, not as a section", async () => {
    const lines = await printedPaperLines();
    const printed = importFollowUpText(lines.join("\n"));
    // A round no milestone names has a bar with no count: its label stands alone on its line.
    const at = lines.findIndex((line) => line.includes("Tallene bag figuren"));
    lines.splice(at, 0, "1. budgetopfølgning 2018");
    const read = importFollowUpText(lines.join("\n"));
    expect(read.document).toEqual(printed.document);
    expect(read.diagnostics.map((found) => found.code)).toEqual(
      printed.diagnostics.map((found) => found.code),
    );
  });

  it("keeps quiet on the summary table of a Word paper LibreOffice printed, whose narrow column breaks a label's word", async () => {
    const bytes = readFileSync(
      new URL("../../../test/office/long-rows-followup-da.libreoffice.pdf", import.meta.url),
    );
    const read = await pdfSourceLines(new Uint8Array(bytes));
    if (!read.ok) throw new Error(read.error.code);
    // The column breaks "budgetopfølgning" without a hyphen, as LibreOffice does. The PDF's layout
    // joins it again, as the PDF writes the word whole elsewhere; the break is put back in the
    // summary's rows, as a PDF that writes the word nowhere else reads.
    const lines = read.lines.map((line) =>
      line.text.replace(/^(\d\. budgetopfølg)(ning [^\t]*\t\d)/, "$1 $2"),
    );
    expect(lines.some((line) => line.startsWith("1. budgetopfølg ning 2017\t"))).toBe(true);
    const notes = ignoredLines(lines.join("\n")).map(([, raw]) => raw as string);
    expect(notes.filter((raw) => raw.includes("budgetopfølg ning"))).toEqual([]);
  });
});
