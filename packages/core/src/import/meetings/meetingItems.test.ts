import { describe, expect, it } from "vitest";
import { importMeetingsText } from "./importMeetingsText";

const minutes = (items: string) =>
  `Referat Økonomiudvalget tirsdag den 3. januar 2017 kl. 16.30 i Kantinen\n\n${items}`;

/** The items of the first meeting as "number title: decision (outcome)". */
function itemsOf(text: string) {
  const { document, diagnostics } = importMeetingsText(text);
  return {
    items: document?.meetings[0]?.items.map(
      (item) => `${item.number} ${item.title}: ${item.decision ?? ""} (${item.outcome})`,
    ),
    warnings: diagnostics.filter((entry) => entry.level !== "info").map((entry) => entry.code),
  };
}

/** Expects minutes of these items to read as `expected`, as `itemsOf` writes them, with no warning. */
function expectItems(items: string, expected: string[]) {
  expect(itemsOf(minutes(items))).toEqual({ items: expected, warnings: [] });
}

describe("readMeetingItems", () => {
  it.each(["Punkt 1", "Punkt 1.", "Pkt. 1", "Pkt 1:", "1."])("reads items numbered '%s'", (label) => {
    const second = label.replace("1", "2");
    expectItems(
      `${label} Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n${second} Budget 2018\nBeslutning:\nTiltrådt.\n`,
      ["1 Godkendelse af dagsorden: Godkendt. (approved)", "2 Budget 2018: Tiltrådt. (approved)"],
    );
  });

  it("reads a decision label broken over two lines ('Beslutning i Økonomiudvalget den⏎03-01-2017:')", () => {
    expectItems("1. Budget\nSagsnr.: 17/1\nBeslutning i Økonomiudvalget den\n03-01-2017:\nGodkendt.\n", [
      "1 Budget: Godkendt. (approved)",
    ]);
  });

  it("keeps the text after the case number, under a heading it does not know, as the case text", () => {
    const { document } = importMeetingsText(
      minutes("1. Budget\nSagsnr.: 17/1\nBaggrund\nKommunen har fået et tilbud.\nBeslutning: Godkendt.\n"),
    );
    expect(document?.meetings[0]?.items[0]).toMatchObject({
      caseNumber: "17/1",
      caseText: "Baggrund Kommunen har fået et tilbud.",
      decision: "Godkendt.",
    });
  });

  it("reads attachments listed as bullets, one each, as Word's lists give them", () => {
    const { document } = importMeetingsText(
      minutes(
        "1. Budget\nSagsnr.: 17/1\nBeslutning:\nGodkendt.\nBilag:\n- Tilbud - revideret.pdf\n• Kommissorium.docx\n",
      ),
    );
    expect(document?.meetings[0]?.items[0]?.attachments).toEqual([
      "Tilbud - revideret.pdf",
      "Kommissorium.docx",
    ]);
  });

  it("takes 'Åbent møde' and 'Lukket møde' for section headings, not for the decision above them", () => {
    expectItems(
      "Åbent møde\n1. Budget\nSagsnr.: 17/1\nBeslutning:\nGodkendt.\nLukket møde\n2. Salg af grund\nSagsnr.: 17/2\nBeslutning:\nTiltrådt.\n",
      ["1 Budget: Godkendt. (approved)", "2 Salg af grund: Tiltrådt. (approved)"],
    );
  });

  it("reads a decision under a heading 'Beslutning i Økonomiudvalget den …' printed without a colon", () => {
    expectItems(
      "1. Budget\nSagsnr.: 17/124\nBeslutning i Økonomiudvalget den 03-01-2017\nGodkendt.\n\n2. Beslutning om skolestruktur\nSagsnr.: 17/125\nBeslutning Økonomiudvalget\nTaget til efterretning.\n",
      ["1 Budget: Godkendt. (approved)", "2 Beslutning om skolestruktur: Taget til efterretning. (noted)"],
    );
  });

  it("reads the numbered items of a landsbyudvalg's minutes written without field labels", () => {
    const text =
      "Landsbyudvalget REFERAT\nDato: tirsdag den 8. oktober 2019 kl. 19.00\nAfbud: Bo Berg\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Nyt fra formanden\nFormanden orienterede om mødet med kommunen.\nUdvalget tog orienteringen til efterretning.\n\n3. Eventuelt\nIntet.\nMødet blev hævet kl. 20.15\n";
    const { document, diagnostics } = importMeetingsText(text);
    expect(diagnostics.filter((entry) => entry.level !== "info")).toEqual([]);
    expect(document?.meetings[0]).toMatchObject({
      start: "19:00",
      end: "20:15",
      absent: [{ name: "Bo Berg" }],
    });
    expect(itemsOf(text).items).toEqual([
      "1 Godkendelse af dagsorden: Godkendt. (approved)",
      "2 Nyt fra formanden: Formanden orienterede om mødet med kommunen. Udvalget tog orienteringen til efterretning. (noted)",
      "3 Eventuelt: Intet. (unknown)",
    ]);
  });

  it("reads an agenda's numbered items without field labels, their text as the case and no decision", () => {
    const { document, diagnostics } = importMeetingsText(
      "Dagsorden Landsbyudvalget tirsdag den 8. oktober 2019 kl. 19.00 i Forsamlingshuset\n\n1. Godkendelse af dagsorden\n2. Trafiksikkerhed på Hovedgaden\nVi drøfter kommunens svar.\n1. at svaret sendes videre\n3. Eventuelt\n",
    );
    expect(diagnostics.filter((entry) => entry.level !== "info")).toEqual([]);
    expect(
      document?.meetings[0]?.items.map((item) => [item.number, item.title, item.caseText, item.decision]),
    ).toEqual([
      ["1", "Godkendelse af dagsorden", undefined, undefined],
      [
        "2",
        "Trafiksikkerhed på Hovedgaden",
        "Vi drøfter kommunens svar. 1. at svaret sendes videre",
        undefined,
      ],
      ["3", "Eventuelt", undefined, undefined],
    ]);
  });

  it("reads a closed item printed with its title only, not as the decision of the item before", () => {
    expectItems(
      "1. Budget\nIndstilling:\n1. at sagen behandles som lukket punkt\nBeslutning:\nTiltrådt.\n\n2. Lukket punkt: Salg af grund\n\n3. Personalesag (lukket)\n\n4. Eventuelt\nBeslutning:\nIntet.\n",
      [
        "1 Budget: Tiltrådt. (approved)",
        "2 Lukket punkt: Salg af grund:  (unknown)",
        "3 Personalesag (lukket):  (unknown)",
        "4 Eventuelt: Intet. (unknown)",
      ],
    );
  });

  it("takes a Word table's 'Tid' row for header material, not a skipped block", () => {
    const text =
      "REFERAT\nLandsbyudvalget\nDato\t8. oktober 2019\nTid\tkl. 19.00\nSted\tForsamlingshuset\n\n1. Godkendelse af dagsorden\nGodkendt.\n";
    expect(itemsOf(text)).toEqual({
      items: ["1 Godkendelse af dagsorden: Godkendt. (approved)"],
      warnings: [],
    });
  });
});
