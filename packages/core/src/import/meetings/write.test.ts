import { describe, expect, it } from "vitest";
import { meetingsLejre2017 } from "../../fixtures";
import { exportMeetingItemsCsv, exportMeetingsIcs } from "./write";

describe("exportMeetingItemsCsv", () => {
  it("writes one row per item with the outcome in words and the decision as written", () => {
    const csv = exportMeetingItemsCsv(meetingsLejre2017);
    expect(csv.startsWith("\uFEFFUdvalg;Type;Dato;Punkt;Titel;Sagsnr.;Udfald;Beslutning;")).toBe(true);
    const rows = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    // Five items of the first meeting, one row for each of the seven meetings without items.
    const table = rows.slice(0, rows.indexOf(""));
    expect(table).toHaveLength(13);
    expect(table[6]).toBe("Kernevelfærdsudvalget;referat;2017-01-03");
    expect(rows[2]).toBe(
      // Cells holding a comma are quoted even in a semicolon file (a comma-locale Excel splits there).
      '"17, 4-udvalget";referat;2017-01-03;2;"17,4 - Valg af næstformand";13/20237;Godkendt;Gert Fabrin blev valgt som næstformand.;at udvalget vælger en næstformand;"17,4-udvalget";',
    );
    expect(rows[3]).toContain(";Taget til efterretning;Taget til efterretning.;");
    expect(exportMeetingItemsCsv(meetingsLejre2017, { locale: "en" })).toContain(
      ";Noted;Taget til efterretning.;",
    );
  });

  it("writes what the rows do not carry in the metadata block below the table", () => {
    const rows = exportMeetingItemsCsv(meetingsLejre2017).trimEnd().split("\r\n");
    const block = rows.slice(rows.indexOf("") + 1);
    expect(block).toContain("#milepael;organisation;Lejre Kommune");
    expect(block.filter((row) => row.startsWith("#milepael;meeting;"))).toHaveLength(8);
    expect(block.filter((row) => row.startsWith("#milepael;relatedDocument;"))).toHaveLength(
      meetingsLejre2017.relatedDocuments.length,
    );
  });
});

describe("exportMeetingsIcs", () => {
  // Unfolded: long lines continue on the next line after a space (RFC 5545 §3.1).
  const ics = exportMeetingsIcs(meetingsLejre2017, { now: "2017-01-04T08:00:00Z" }).replace(/\r\n /g, "");

  it("writes one event per meeting with a unique UID, its time and place", () => {
    const uids = [...ics.matchAll(/^UID:(.*)$/gm)].map((match) => match[1]);
    expect(uids).toHaveLength(meetingsLejre2017.meetings.length);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids[0]).toMatch(/^17-4-udvalget-2017-01-03@[a-z0-9-]+\.milepael\r?$/);
    const first = ics.slice(ics.indexOf("BEGIN:VEVENT"), ics.indexOf("END:VEVENT"));
    expect(first).toContain("DTSTART:20170103T163000\r\n");
    expect(first).toContain("DTEND:20170103T173000\r\n");
    expect(first).toContain("SUMMARY:Referat: 17\\, 4-udvalget\r\n");
    expect(first).toContain("LOCATION:Mødelokale 1\\, Lejrevej 15\\, 4320\\, Allerslev\r\n");
  });

  it("keeps UIDs unique when two meetings of a body fall on one day (minutes and agenda)", () => {
    expect(ics).toContain("UID:17-4-udvalget-2017-01-24-dagsorden@");
    expect(ics).toContain("UID:17-4-udvalget-2017-01-24@");
  });
});
