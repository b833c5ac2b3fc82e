import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { meetingsLejre2017 } from "../../fixtures";
import { detectFormat, importDocument } from "../importDocument";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test");
const read = (name: string) => readFileSync(path.join(root, name), "utf8");

/** The first meeting of a text detected and imported as meetings, read with nothing worse than info. */
function firstMeetingDetected(minutes: string) {
  expect(detectFormat(minutes)).toBe("meetings");
  const { document, diagnostics } = importDocument(minutes);
  expect(diagnostics.filter((entry) => entry.level !== "info")).toEqual([]);
  return document?.type === "meetings" ? document.meetings[0] : undefined;
}

describe("detecting minutes and agendas", () => {
  it.each([
    "seeds/referater-lejre-2017.txt",
    "meetings/dagsorden-oekonomiudvalget-2018.txt",
    "meetings/referat-landsbyudvalget-2019.txt",
    "meetings/referat-oekonomiudvalget-2013.txt",
  ])("tells minutes and agendas of every system: %s", (name) => {
    expect(detectFormat(read(name))).toBe("meetings");
  });

  it("tells a plan that opens with a meeting's name from minutes", () => {
    // The plan and follow-up seeds stay what they are: importDocument.test.ts checks every seed.
    expect(detectFormat("Referat Økonomiudvalget den 3. maj 2017\tUdsendes\nDato\tAktivitet")).toBe("plan");
  });

  it("reads a header whose kind stands on its own line above the body, as Word minutes print it", () => {
    const minutes =
      "Referat\nLandsbyudvalget\nDato: 03-01-2017\nTid: 16.30-18.00\nSted: Forsamlingshuset\n\n1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n";
    expect(firstMeetingDetected(minutes)).toMatchObject({
      kind: "referat",
      body: "Landsbyudvalget",
      date: "2017-01-03",
      start: "16:30",
      end: "18:00",
      place: "Forsamlingshuset",
      items: [{ number: "1", title: "Godkendelse af dagsorden", outcome: "approved" }],
    });
  });

  it("reads minutes as the Word and PDF readers give them: the title as a heading, labels in bold", () => {
    const minutes =
      "# Referat Økonomiudvalget tirsdag den 3. januar 2017 kl. 16.30 i Kantinen\n\n## **1. Godkendelse af dagsorden**\n**Beslutning:**\nGodkendt.\n**2. Budget**\n**Sagsnr.:** 17/2\n**Beslutning:** Tiltrådt.\n";
    const meeting = firstMeetingDetected(minutes);
    expect(meeting).toMatchObject({
      body: "Økonomiudvalget",
      date: "2017-01-03",
      start: "16:30",
      place: "Kantinen",
    });
    expect(meeting?.items.map((item) => [item.number, item.title, item.caseNumber, item.decision])).toEqual([
      ["1", "Godkendelse af dagsorden", undefined, "Godkendt."],
      ["2", "Budget", "17/2", "Tiltrådt."],
    ]);
  });

  it("imports the seed through importDocument into the meetings fixture", () => {
    expect(importDocument(read("seeds/referater-lejre-2017.txt")).document).toEqual(meetingsLejre2017);
    expect(importDocument("Referat Økonomiudvalget", { format: "meetings" }).document).toBeNull();
  });
});
