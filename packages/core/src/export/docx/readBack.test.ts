// How importDocx reads the layout milepael's Word export writes (issue #21), one rule at a time.
import { describe, expect, it } from "vitest";
import { importDocx } from "../../import/docx/importDocx";
import { paragraph, row, wordFile } from "../../import/docx/testing";
import { importFollowUpText } from "../../import/followUpText/read";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";

const heading = (level: number, text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function followUp(statusCell: string, economyCell = "Ikke vurderet"): Uint8Array {
  return wordFile(
    [
      paragraph("Dato: 27. oktober 2017"),
      heading(1, "Tredje opfølgning på Aftale om budget 2017"),
      heading(2, "5. Erhverv og Beskæftigelse"),
      heading(3, "5.03 Kildedal"),
      `<w:tbl>${row("5.03 Kildedal", "Kort beskrivelse af indsatsen (drift)", "Tid", "Smiley")}${row("Beskrivelse", "Ansvarligt center: Ejendomme")}${row("Milepæl", "Lokalplan vedtaget.", "1. budgetopfølgning 2017", statusCell)}${row("Økonomi", "Ingen effekt.", "", economyCell)}</w:tbl>`,
    ].join(""),
  );
}

const only = (document: unknown) => (document as BudgetFollowUp).sections[0]?.initiatives[0];

describe("reading milepael's Word layout back", () => {
  it("reads a sad face with the word 'Gul' beside it as yellow, with nothing guessed", () => {
    const { document, diagnostics } = importDocx(followUp("☹ Gul"));
    expect(only(document)?.milestones[0]).toEqual({
      round: "2017-1",
      text: "Lokalplan vedtaget.",
      status: "yellow",
    });
    expect(diagnostics.map((found) => found.code)).not.toContain("import.smiley-guessed");
  });

  it("reads a face whose word contradicts it by neither, as an unknown smiley", () => {
    const { document, diagnostics } = importDocx(followUp("☺ Rød"));
    expect(only(document)?.milestones[0]?.status).toBe("not-assessed");
    expect(diagnostics.map((found) => found.code)).toContain("import.unknown-smiley");
  });

  it("reads 'Ikke vurderet' as not assessed", () => {
    const { document, diagnostics } = importDocx(followUp("Ikke vurderet"));
    expect(only(document)?.milestones[0]?.status).toBe("not-assessed");
    expect(only(document)?.economy?.status).toBe("not-assessed");
    expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
  });

  it("reads a section written as a Word heading, and the initiative's heading above its table as no content", () => {
    const { document, diagnostics } = importDocx(followUp("☺ Grøn"));
    const sections = (document as BudgetFollowUp).sections;
    expect(sections.map((section) => [section.number, section.title])).toEqual([
      ["5", "Erhverv og Beskæftigelse"],
    ]);
    expect(sections[0]?.initiatives.map((initiative) => initiative.id)).toEqual(["5.03"]);
    expect(diagnostics.map((found) => found.code)).not.toContain("import.unrecognized-line");
  });

  it("still reports a heading that names no initiative", () => {
    const text = [
      "Opfølgning",
      "5. Afsnit",
      "### Bemærkninger",
      "Løs tekst",
      "5.01 Indsats\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
      "Beskrivelse\tAnsvarligt center: X",
      "Milepæl\tTekst\t1. budgetopfølgning 2017\tgrøn",
    ].join("\n");
    const { diagnostics } = importFollowUpText(text);
    const unread = diagnostics.filter((found) => found.code === "import.unrecognized-line");
    expect(unread.map((found) => found.raw)).toEqual(["### Bemærkninger", "Løs tekst"]);
  });
});
