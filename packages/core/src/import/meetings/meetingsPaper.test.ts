import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../diagnostics/diagnostic";
import { diagnosticMessage } from "../../diagnostics/messages";
import { dedent } from "../shared/testing";
import { importMeetingsPages, isMeetingsPaper } from "./meetingsPaper";

// milepael's meetings paper as the Word reader writes it out: headings as "#", cells by tabs.
const paper = dedent`
  Dato: 3. januar 2017
  # Møder i 17, 4-udvalget
  ## Referat: 17, 4-udvalget, 3. januar 2017
  - Tidspunkt: –18:00
  - Sted: Rådhuset
  <strong>Punkt</strong>\t<strong>Sag</strong>\t<strong>Sagsnr.</strong>\t<strong>Indstilling</strong>\t<strong>Beslutning</strong>\t<strong>Udfald</strong>
  1\tValg af næstformand\t13/20237\t<p>at udvalget vælger</p><p>at &amp; så videre</p>\t<p>Godkendt.</p><p>Bo Berg (V) stemte imod.</p>\tGodkendt
  ### 1. Valg af næstformand
  **Resumé**
  Første linje.
  Anden linje.
  **Bilag**
  - Kommissorium.pdf
`;

describe("milepael's meetings paper, read from a Word file's pages", () => {
  it("reads a meeting's items from its table and their longer fields from under their heading", () => {
    const { document, diagnostics } = importMeetingsPages(paper);
    const meeting = document?.meetings[0];
    expect(meeting?.end).toBe("18:00");
    expect(meeting?.start).toBeUndefined();
    expect(meeting?.items).toEqual([
      {
        number: "1",
        title: "Valg af næstformand",
        caseNumber: "13/20237",
        recommendation: ["at udvalget vælger", "at & så videre"],
        decision: "Godkendt.\nBo Berg (V) stemte imod.",
        outcome: "approved",
        summary: "Første linje.\nAnden linje.",
        attachments: ["Kommissorium.pdf"],
      },
    ]);
    expect(diagnostics.map((found) => [found.level, found.code])).toEqual([["info", "meetings.paper-read"]]);
  });

  it("says what the paper does not print, the meetings' ids, and not the year or organisation it prints", () => {
    const { document, diagnostics } = importMeetingsPages(paper.replace("Dato: 3. januar 2017", "År: 2018"));
    expect(document?.metadata.year).toBe(2018);
    const read = diagnostics.find((found) => found.code === "meetings.paper-read") as Diagnostic;
    expect(diagnosticMessage(read, "en")).toBe(
      "Read as milepael's own meetings paper (a Word export without its copy of the document, or the paper printed to PDF). The meetings' ids are not on the paper and were made from the body and date; the document's organisation and year, where the paper gives none, from the municipality and date.",
    );
  });

  it("reports a line typed into the paper that it does not write, with its line, rather than dropping it", () => {
    const { document, diagnostics } = importMeetingsPages(`${paper}\nMødet blev hævet kl. 18.`);
    expect(document?.meetings[0]?.items[0]?.attachments).toEqual(["Kommissorium.pdf"]);
    const skipped = diagnostics.filter((found) => found.code === "meetings.block-skipped");
    expect(skipped.map((found) => [found.line, found.raw])).toEqual([[14, "Mødet blev hævet kl. 18."]]);
  });

  it("reads the items of a table a column was added to in Word, and reports the added column's cells", () => {
    const added = paper
      .replace("<strong>Udfald</strong>", "<strong>Udfald</strong>\t<strong>Bemærkning</strong>")
      .replace("\tGodkendt\n", "\tGodkendt\tSe bilag\n");
    const { document, diagnostics } = importMeetingsPages(added);
    expect(document?.meetings[0]?.items[0]).toMatchObject({
      title: "Valg af næstformand",
      outcome: "approved",
    });
    const ignored = diagnostics.filter((found) => found.code === "import.cell-ignored");
    expect(ignored.map((found) => [found.line, found.params, found.raw])).toEqual([
      [7, { column: "Bemærkning" }, "Bemærkning: Se bilag"],
    ]);
  });

  it("reads an outcome retyped in Word with a word it does not write from the word or the decision, and says so", () => {
    const retyped = paper.replace("\tGodkendt\n", "\tVedtaget\n");
    const { document, diagnostics } = importMeetingsPages(retyped);
    expect(document?.meetings[0]?.items[0]?.outcome).toBe("approved");
    // The paper's own finding: the word was typed into a Word table, not a CSV file.
    expect(diagnostics.filter((found) => found.code.startsWith("meetings.csv-"))).toEqual([]);
    const unknown = diagnostics.filter((found) => found.code === "meetings.paper-unknown-outcome");
    expect(unknown.map((found) => [found.level, found.line, found.params])).toEqual([
      ["warning", 7, { value: "Vedtaget", outcome: "approved" }],
    ]);
    expect(diagnosticMessage(unknown[0] as Diagnostic, "da")).toBe(
      'Udfaldet "Vedtaget" er ikke et af dem, papiret skriver; punktet er læst som "Godkendt" ud fra ordet eller beslutningen.',
    );
  });

  it("reads an outcome cell emptied in Word from the decision, as a CSV's empty outcome, without calling the empty word unknown", () => {
    const emptied = paper.replace("\tGodkendt\n", "\t\n");
    const { document, diagnostics } = importMeetingsPages(emptied);
    expect(document?.meetings[0]?.items[0]?.outcome).toBe("approved");
    expect(diagnostics.map((found) => found.code)).toEqual(["meetings.paper-read"]);
  });

  it("reads a meeting's heading retyped in Word with the date written as Danes also write it", () => {
    for (const date of ["3.1.2017", "03-01-2017", "3. jan. 2017"]) {
      const retyped = paper.replace("3. januar 2017\n- Tid", `${date}\n- Tid`);
      expect(importMeetingsPages(retyped).document?.meetings[0]?.date, date).toBe("2017-01-03");
    }
  });

  it("reads the paper with a heading of its own added in Word, and reports the heading", () => {
    const headed = paper.replace("### 1.", "## Bemærkninger\n### 1.");
    const { document, diagnostics } = importMeetingsPages(headed);
    expect(document?.meetings[0]?.items[0]?.summary).toBe("Første linje.\nAnden linje.");
    const skipped = diagnostics.filter((found) => found.code === "meetings.block-skipped");
    expect(skipped.map((found) => found.raw)).toEqual(["## Bemærkninger"]);
  });

  it("reads the paper in English too", () => {
    const english = paper
      .replace("## Referat: 17, 4-udvalget, 3. januar 2017", "## Minutes: 17, 4-udvalget, 3 January 2017")
      .replace("- Tidspunkt:", "- Time:");
    expect(importMeetingsPages(english).document?.meetings[0]).toMatchObject({
      kind: "referat",
      date: "2017-01-03",
      end: "18:00",
    });
  });

  it("leaves minutes staff wrote in Word, with a heading of the paper's form among others, to the minutes reader", () => {
    const staff = dedent`
      ## Referat: Økonomiudvalget, 3. januar 2017
      Referat Økonomiudvalget tirsdag den 3. januar 2017 Kl. 16:30 i Rådssalen
      ## 1. Godkendelse af dagsorden
      Sagsnr.: 17/1
      Beslutning Økonomiudvalget den 3. januar 2017:
      Godkendt.
    `;
    expect(isMeetingsPaper(staff)).toBe(false);
    const { document } = importMeetingsPages(staff);
    expect(document?.meetings[0]?.items.map((item) => [item.title, item.caseNumber, item.outcome])).toEqual([
      ["Godkendelse af dagsorden", "17/1", "approved"],
    ]);
  });
});
