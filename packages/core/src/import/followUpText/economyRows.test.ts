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
