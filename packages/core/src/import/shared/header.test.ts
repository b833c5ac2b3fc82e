import { describe, expect, it } from "vitest";
import { importFollowUpText } from "../followUpText/read";
import { importPlanText } from "../planText/read";
import { readHeader } from "./header";
import { sourceLines } from "./lines";

describe("readHeader", () => {
  it("reads the fields written as a table's two cells, before or right after the title, as a paper printed to PDF lays them out", () => {
    const fields = ["Dato\t27. oktober 2017", "Tlf. dir.\t4477 2206", "Sagsid:\t00.30.00-S00-6-16"];
    for (const text of [
      ["# Opfølgning på budget 2017", ...fields, "", "Brødtekst"].join("\n"),
      [...fields, "# Opfølgning på budget 2017", "Brødtekst"].join("\n"),
    ]) {
      const lines = sourceLines(text);
      const header = readHeader(lines);
      expect(header.metadata).toEqual({
        title: "Opfølgning på budget 2017",
        date: "2017-10-27",
        phone: "4477 2206",
        caseId: "00.30.00-S00-6-16",
      });
      expect(lines[header.bodyStart]?.text).not.toMatch(/\t/);
    }
  });

  it("reads the day milepael's English paper prints under its Danish label, and no day a month lacks", () => {
    const header = readHeader(
      sourceLines("# Follow-up on budget 2017\nDato\t27 October 2017\nTlf. dir.\t4477 2206"),
    );
    expect(header.metadata).toEqual({
      title: "Follow-up on budget 2017",
      date: "2017-10-27",
      phone: "4477 2206",
    });
    expect(readHeader(sourceLines("Titel\nDato: 31 April 2017")).metadata.date).toBeUndefined();
  });

  it("leaves a table's header row that starts with a field's name to the table", () => {
    for (const columns of ["Dato\tKontakt", "Kontakt\tTelefon"]) {
      const lines = sourceLines(`Plan 2017\n${columns}\n8. maj 2017\tHans`);
      const header = readHeader(lines);
      expect(header.metadata).toEqual({ title: "Plan 2017" });
      expect(lines[header.bodyStart]?.text).toBe(columns);
    }
  });

  it("reads the year a paper prints among its fields ('År: 2018'), and leaves 'År' over a table's column to the table", () => {
    const header = readHeader(sourceLines("Dato: 6. oktober 2017\nÅr: 2018\n# Introduktionsprogram\nTekst"));
    expect(header.metadata).toEqual({ title: "Introduktionsprogram", date: "2017-10-06", year: 2018 });
    const columns = sourceLines("Plan\nÅr\tAktivitet\n2018\tKick-off");
    expect(readHeader(columns).metadata).toEqual({ title: "Plan" });
  });
});

describe("a header's 'Dato:' line whose value is no day", () => {
  const plan = (date: string) =>
    importPlanText(`Dato: ${date}\nKommunikationsplan 2017\n\nDato\tAktivitet\n8. maj 2017\tKick-off`);
  const followUp = (date: string) =>
    importFollowUpText(
      `Dato: ${date}\nOpfølgning på budget 2017\n1. Skoler\n1.01. Kildedal\tKort\tTid\tSmiley\nMilepæl\tByggeri\t1. budgetopfølgning 2017\t☺`,
    );
  const said = (result: ReturnType<typeof plan> | ReturnType<typeof followUp>) =>
    result.diagnostics
      .filter((found) => found.line === 1)
      .map(({ level, code, params, raw }) => ({ level, code, params, raw }));

  it.each([
    ["plan", plan],
    ["follow-up", followUp],
  ])("is reported with its text in a %s, not dropped, and the document read without a date", (_, read) => {
    const result = read("27. oktober 2017 (rettet 30. oktober)");
    expect(result.document?.metadata.date).toBeUndefined();
    expect(said(result)).toEqual([
      {
        level: "warning",
        code: "import.date-not-understood",
        params: { text: "27. oktober 2017 (rettet 30. oktober)", reason: "not-a-date" },
        raw: "Dato: 27. oktober 2017 (rettet 30. oktober)",
      },
    ]);
    // A month is a date, but no day: the line is shown as one the document had no place for.
    expect(said(read("oktober 2017"))).toEqual([
      { level: "warning", code: "import.unrecognized-line", params: {}, raw: "Dato: oktober 2017" },
    ]);
  });
});
