import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../diagnostics/diagnostic";
import { formatDiagnostic } from "../../diagnostics/messages";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import { importDocx } from "../docx/importDocx";
import { textToWordFile } from "../docx/testing";
import { importFollowUpText } from "./read";

/** A follow-up of one initiative (drift og anlæg) with the given rows under its description row (line 5 on). */
const followUp = (rows: readonly string[]) =>
  [
    "Test på budget 2017",
    "",
    "5. Erhverv",
    "5.10. Init\tKort beskrivelse af indsatsen (drift og anlæg)\tTid\tSmiley",
    "Beskr\tAnsvarligt center: X\t\t",
    "Milepæl\tm\t1. budgetopfølgning 2017\t☺",
    ...rows,
  ].join("\n");

const drift = "Økonomi\tDrift: besparelse opnået på 2 mio. kr.\t\t☺";
const anlaeg = "Økonomi\tAnlæg: budget overskredet.\t\t☹";
const merged = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((found) => found.code === "import.economy-rows-merged");

describe("importFollowUpText: two economy rows merged into one", () => {
  it("names the row above by its text, and says which smiley and which amount were kept and which dropped", () => {
    const { diagnostics } = importFollowUpText(followUp([drift, anlaeg]), { year: 2017 });
    const [finding] = merged(diagnostics);
    expect(finding?.line).toBe(8);
    expect(finding && formatDiagnostic(finding, "da")).toBe(
      '8: advarsel: Indsatsen har mere end én økonomirække: denne og rækken over den ("Drift: besparelse opnået på 2 mio. kr."); begge er vist her. De er lagt sammen til én med teksterne efter hinanden. Smileyen er den dårligste af de to: rød er beholdt, grøn er udeladt. Beløbet 2.000.000 kr. fra rækken ovenfor er beholdt. Kontrollér resultatet.',
    );
    expect(finding && formatDiagnostic(finding, "en")).toBe(
      '8: warning: The initiative has more than one economy row: this one and the one above it ("Drift: besparelse opnået på 2 mio. kr."); both are shown here. They are merged into one, their texts one after the other. The worse of the two smileys is kept: red; green is dropped. The amount DKK 2,000,000 from the row above is kept. Check the result.',
    );
  });

  it("says that neither amount is kept when both rows name one, and that the text keeps both", () => {
    const investment = "Økonomi\tAnlæg: investering på 29,8 mio. kr.\t\t☺";
    const { document, diagnostics } = importFollowUpText(followUp([drift, investment]), { year: 2017 });
    expect(document?.sections[0]?.initiatives[0]?.economy).not.toHaveProperty("amount");
    const [finding] = merged(diagnostics);
    expect(finding?.params).toEqual({
      above: "Drift: besparelse opnået på 2 mio. kr.",
      rowsAbove: 1,
      status: "green",
      amountAbove: 2_000_000,
      amountHere: 29_800_000,
    });
    expect(finding && formatDiagnostic(finding, "da")).toBe(
      '8: advarsel: Indsatsen har mere end én økonomirække: denne og rækken over den ("Drift: besparelse opnået på 2 mio. kr."); begge er vist her. De er lagt sammen til én med teksterne efter hinanden. Begge har smileyen grøn. Begge nævner et beløb (2.000.000 kr. ovenfor, 29.800.000 kr. her); intet af dem er beholdt som indsatsens beløb, for ingen af rækkerne gælder hele indsatsen, men teksten har dem begge. Kontrollér resultatet.',
    );
  });

  it("cuts a long text of the row above short in the message; the raw text keeps both rows whole", () => {
    const long = `Økonomi\t${"Drift ".repeat(30)}\t\t☺`;
    const { diagnostics } = importFollowUpText(followUp([long, anlaeg]), { year: 2017 });
    const [finding] = merged(diagnostics);
    expect(finding?.params.above).toBe(`${"Drift ".repeat(10).trim()}…`);
    expect(finding?.raw).toBe(`${long}\n${anlaeg}`);
  });

  it("with a third row, compares it with what the two above merged into, and says the amount came from them", () => {
    const rows = [
      "Økonomi\tBesparelse 500.000 kr.\t\t☺",
      "Økonomi\tIngen beløb\t\t☺",
      "Økonomi\tStadig intet\t\t☹",
    ];
    const { diagnostics } = importFollowUpText(followUp(rows), { year: 2017 });
    const last = merged(diagnostics).at(-1);
    expect(last?.params).toMatchObject({ rowsAbove: 2, amountAbove: 500_000, status: "red" });
    expect(last?.raw).toBe(rows.join("\n"));
    expect(last && formatDiagnostic(last, "da")).toBe(
      '9: advarsel: Indsatsen har mere end én økonomirække: denne og de 2 rækker over den ("Besparelse 500.000 kr. Ingen beløb"); alle er vist her. De er lagt sammen til én med teksterne efter hinanden. Smileyen er den dårligste: rød er beholdt, grøn er udeladt. Beløbet 500.000 kr. fra rækkerne ovenfor er beholdt. Kontrollér resultatet.',
    );
  });

  it("says which row has the only smiley, that none has one, and quotes no empty row", () => {
    const blank = "Økonomi\t\t\t";
    const message = (rows: string[]) => {
      const [finding] = merged(importFollowUpText(followUp(rows), { year: 2017 }).diagnostics);
      return finding ? formatDiagnostic(finding, "en") : "";
    };
    expect(message([drift, "Økonomi\tAnlæg: ikke vurderet\t\t"])).toContain(
      "Only green is an assessment, and it is kept.",
    );
    const none = message([blank, "Økonomi\tAnlæg\t\t"]);
    expect(none).toContain("None of them has a smiley.");
    expect(none).toContain("this one and the one above it; both are shown here.");
  });

  it("points at the Word table row and names no text line in its message when read from Word", () => {
    const { document, diagnostics } = importDocx(textToWordFile(followUp([drift, anlaeg])));
    const initiative = (document as BudgetFollowUp | null)?.sections[0]?.initiatives[0];
    expect(initiative?.economy?.status).toBe("red");
    const [finding] = merged(diagnostics);
    expect(finding).not.toHaveProperty("line");
    expect(finding?.location).toEqual({ table: 1, row: 5 });
    expect(finding && formatDiagnostic(finding, "da")).toBe(
      'tabel 1, række 5: advarsel: Indsatsen har mere end én økonomirække: denne og rækken over den ("Drift: besparelse opnået på 2 mio. kr."); begge er vist her. De er lagt sammen til én med teksterne efter hinanden. Smileyen er den dårligste af de to: rød er beholdt, grøn er udeladt. Beløbet 2.000.000 kr. fra rækken ovenfor er beholdt. Kontrollér resultatet.',
    );
  });
});
