import { describe, expect, it } from "vitest";
import { importLocatedLines } from "../importLocatedLines";
import { importMeetingsPages } from "../meetings/meetingsPaper";
import { dedent } from "../shared/testing";
import { meetingsPaperLines } from "./meetingsPaper";

/** A PDF's lines read as importPdf reads them, each on a line of page 1. */
function importPdfLines(text: string) {
  const lines = text
    .split("\n")
    .map((line, index) => ({ text: line, location: { page: 1, line: index + 1 } }));
  return importLocatedLines(meetingsPaperLines(lines), {}, { readMeetings: importMeetingsPages });
}

// milepael's meetings paper as the PDF's layout reads it once printed: the title and a meeting's
// heading both "#", an item's "##", the title page's fields and the table's header as plain cells.
const printed = dedent`
  # Møder i 17, 4-udvalget
  Dato\t3. januar 2017
  År\t2018
  # Referat: 17, 4-udvalget, 3. januar 2017
  - Tidspunkt: 16:30–18:00
  - Afbud: Bo Berg (V)
  Punkt\tSag\tSagsnr.\tIndstilling\tBeslutning\tUdfald
  1\tValg af næstformand\t13/20237\t<p>at udvalget vælger</p><p>at &amp; så videre</p>\tGodkendt.\tGodkendt
  ## 1. Valg af næstformand
  **Resumé**
  #1 prioritet: Første linje.
  **Bilag**
  - Kommissorium.pdf
  # Andre dokumenter
  Titel\tArt\tKommune\tDato
  Sundhedspolitik\tpolitik\tLejre\t21. september 2017
`;

describe("meetingsPaperLines: milepael's meetings paper printed to PDF", () => {
  it("reads the paper by its layout, its headings a level down and its fields and header as plain cells", () => {
    const { document: read, diagnostics } = importPdfLines(printed);
    const document = read?.type === "meetings" ? read : null;
    expect(diagnostics.map((found) => [found.level, found.code])).toEqual([["info", "meetings.paper-read"]]);
    expect(document?.metadata).toMatchObject({
      title: "Møder i 17, 4-udvalget",
      date: "2017-01-03",
      year: 2018,
    });
    expect(document?.meetings[0]).toMatchObject({
      start: "16:30",
      end: "18:00",
      absent: [{ name: "Bo Berg", affiliation: "V" }],
    });
    expect(document?.meetings[0]?.items).toEqual([
      {
        number: "1",
        title: "Valg af næstformand",
        caseNumber: "13/20237",
        recommendation: ["at udvalget vælger", "at & så videre"],
        decision: "Godkendt.",
        outcome: "approved",
        summary: "#1 prioritet: Første linje.",
        attachments: ["Kommissorium.pdf"],
      },
    ]);
    expect(document?.relatedDocuments).toEqual([
      { title: "Sundhedspolitik", kind: "politik", municipality: "Lejre", date: "2017-09-21" },
    ]);
  });

  it("reads a paper of one page without a word about its running head, the title, which no other page repeats for the layout to drop", () => {
    // Its small type lost a space the title keeps.
    const { document, diagnostics } = importPdfLines(`Møder i 17,4-udvalget\n${printed}`);
    expect(diagnostics.map((found) => found.code)).toEqual(["meetings.paper-read"]);
    expect(document?.metadata.title).toBe("Møder i 17, 4-udvalget");
  });

  it("reads the Word export saved as PDF, whose meeting and item headings are printed alike", () => {
    const saved = printed
      .replace("# Referat:", "## Referat:")
      .replace("# Andre dokumenter", "## Andre dokumenter");
    expect(saved).toContain("## 1. Valg af næstformand");
    const { document, diagnostics } = importPdfLines(saved);
    expect(diagnostics.map((found) => found.code)).toEqual(["meetings.paper-read"]);
    expect(document?.type === "meetings" && document.meetings[0]?.items[0]).toMatchObject({
      summary: "#1 prioritet: Første linje.",
      attachments: ["Kommissorium.pdf"],
    });
  });

  it("keeps the title a title when it reads like a meeting's heading", () => {
    const titled = printed.replace("# Møder i 17, 4-udvalget", "# Referat: 17, 4-udvalget, 3. januar 2017");
    const { document } = importPdfLines(titled);
    expect(document?.metadata.title).toBe("Referat: 17, 4-udvalget, 3. januar 2017");
    expect(document?.type === "meetings" && document.meetings).toHaveLength(1);
  });

  it("leaves minutes a meeting system printed to PDF to the minutes reader", () => {
    const minutes = dedent`
      # Referat Økonomiudvalget tirsdag den 3. januar 2017 Kl. 16:30 i Rådssalen
      ## 1. Godkendelse af dagsorden
      Sagsnr.: 17/1
      Beslutning Økonomiudvalget den 3. januar 2017:
      Godkendt.
    `;
    const { document, diagnostics } = importPdfLines(minutes);
    expect(diagnostics.map((found) => found.code)).not.toContain("meetings.paper-read");
    expect(
      document?.type === "meetings" &&
        document.meetings[0]?.items.map((item) => [item.title, item.caseNumber, item.outcome]),
    ).toEqual([["Godkendelse af dagsorden", "17/1", "approved"]]);
  });
});
