import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { unicodeSmiley } from "../import/docx/smiley";
import { importFollowUpCsv } from "../import/followUpCsv/read";
import { importFollowUpText } from "../import/followUpText/read";
import {
  sadFaces,
  smileyFaces,
  statusByWord,
  statusFaces,
  statusWord,
  wingdingsFaces,
  wingdingsSymbol,
} from "./vocabulary";

const followUp = readFileSync(
  new URL("../../test/seeds/budgetopfoelgning-2017-3-del1.txt", import.meta.url),
  "utf8",
);
const milestoneLine = "Milepæl\tAfklaring med staten pågår.\t1. budgetopfølgning 2017\t☺";

describe("one status vocabulary for every reader", () => {
  it.each(Object.keys(smileyFaces).filter((face) => !sadFaces.has(face)))(
    "reads %s in a follow-up's text as the Word reader reads it",
    (face) => {
      const text = followUp.replace(milestoneLine, milestoneLine.replace("☺", face));
      const { document, diagnostics } = importFollowUpText(text);
      expect(document?.sections[0]?.initiatives[0]?.milestones[0]?.status).toBe(unicodeSmiley(face)?.status);
      expect(diagnostics.map((found) => found.code)).not.toContain("import.unknown-smiley");
    },
  );

  it("reads a status written as a word the same way in text and CSV, in either language", () => {
    const text = followUp.replace(milestoneLine, milestoneLine.replace("☺", "Ikke vurderet"));
    const fromText = importFollowUpText(text);
    expect(fromText.document?.sections[0]?.initiatives[0]?.milestones[0]?.status).toBe("not-assessed");
    expect(fromText.diagnostics.map((found) => found.code)).not.toContain("import.unknown-smiley");
    const csv = "Indsats;Runde;Milepæl: status\r\nA;r1;Ikke vurderet\r\nB;r1;Red\r\n";
    const fromCsv = importFollowUpCsv(csv, { year: 2017 });
    expect(fromCsv.document?.sections[0]?.initiatives.map((found) => found.milestones[0]?.status)).toEqual([
      "not-assessed",
      "red",
    ]);
  });

  it("names statuses in messages with the labels' words", () => {
    expect(statusByWord(" GUL ")).toBe("yellow");
    expect(statusWord("not-assessed", "da")).toBe("ikke vurderet");
    expect(statusWord("red", "en")).toBe("red");
    expect(statusWord("purple", "en")).toBe("purple");
  });
});

describe("one face per status", () => {
  it("writes each assessed status with a face every reader reads back as that status", () => {
    for (const status of ["green", "yellow", "red"] as const)
      expect(smileyFaces[statusFaces[status]]).toBe(status);
    expect(statusFaces["not-assessed"]).toBe("");
  });

  it("gives Word's Wingdings letters the same faces, stored with the symbol-font offset", () => {
    expect(Object.values(wingdingsFaces)).toEqual([statusFaces.green, statusFaces.yellow, statusFaces.red]);
    expect(wingdingsSymbol("J")).toBe("\uF04A");
    expect(wingdingsSymbol("L")).toBe("\uF04C");
  });
});
