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

describe("readMeetingItems", () => {
  it.each(["Punkt 1", "Punkt 1.", "Pkt. 1", "Pkt 1:", "1."])("reads items numbered '%s'", (label) => {
    const second = label.replace("1", "2");
    expect(
      itemsOf(
        minutes(
          `${label} Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n${second} Budget 2018\nBeslutning:\nTiltrådt.\n`,
        ),
      ),
    ).toEqual({
      items: ["1 Godkendelse af dagsorden: Godkendt. (approved)", "2 Budget 2018: Tiltrådt. (approved)"],
      warnings: [],
    });
  });

  it("reads a decision under a heading 'Beslutning i Økonomiudvalget den …' printed without a colon", () => {
    expect(
      itemsOf(
        minutes(
          "1. Budget\nSagsnr.: 17/124\nBeslutning i Økonomiudvalget den 03-01-2017\nGodkendt.\n\n2. Beslutning om skolestruktur\nSagsnr.: 17/125\nBeslutning Økonomiudvalget\nTaget til efterretning.\n",
        ),
      ),
    ).toEqual({
      items: [
        "1 Budget: Godkendt. (approved)",
        "2 Beslutning om skolestruktur: Taget til efterretning. (noted)",
      ],
      warnings: [],
    });
  });
});
