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
  const plan = (date: string, year?: number) =>
    importPlanText(`Dato: ${date}\nKommunikationsplan 2017\n\nDato\tAktivitet\n8. maj 2017\tKick-off`, {
      year,
    });
  const followUp = (date: string, year?: number) =>
    importFollowUpText(
      `Dato: ${date}\nOpfølgning på budget 2017\n1. Skoler\n1.01. Kildedal\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley\nMilepæl\tByggeri\t1. budgetopfølgning 2017\t☺`,
      { year },
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
    expect(result.document?.metadata.title).toMatch(/2017$/);
    expect(result.document?.metadata.date).toBeUndefined();
    expect(said(result)).toEqual([
      {
        level: "warning",
        code: "import.document-date-not-read",
        params: { text: "27. oktober 2017 (rettet 30. oktober)", reason: "not-a-date" },
        raw: "Dato: 27. oktober 2017 (rettet 30. oktober)",
      },
    ]);
    // A month is a date, but no day.
    expect(said(read("oktober 2017"))).toEqual([
      {
        level: "warning",
        code: "import.document-date-not-read",
        params: { text: "oktober 2017", reason: "not-a-day" },
        raw: "Dato: oktober 2017",
      },
    ]);
  });

  it.each([
    ["plan", plan],
    ["follow-up", followUp],
  ])("without its year is read in the year given to a %s, never in one guessed from its title", (_, read) => {
    // Plans are dated the year before the one they plan ("Dato: 6. oktober 2017" over a programme
    // for 2018): the title's year is no year for the document's own date.
    const guessed = read("27. oktober");
    expect(guessed.document?.metadata.date).toBeUndefined();
    expect(said(guessed)).toMatchObject([
      { code: "import.document-date-not-read", params: { text: "27. oktober", reason: "missing-year" } },
    ]);
    const given = read("27. oktober", 2017);
    expect(given.document?.metadata.date).toBe("2017-10-27");
    expect(said(given)).toEqual([]);
    // A day the month does not have, in the year given, is said as such.
    expect(said(read("30. februar", 2017))).toMatchObject([
      { params: { text: "30. februar", reason: "impossible-date" } },
    ]);
    const empty = read("");
    expect(empty.document?.metadata.date).toBeUndefined();
    expect(said(empty)).toEqual([]);
  });

  it("keeps the first line's day when a later line names another, its year given or written", () => {
    const result = importPlanText(
      "Dato: 27. oktober\nKommunikationsplan 2017\nDato: 28. oktober 2017\n\nDato\tAktivitet\n8. maj 2017\tKick-off",
      {
        year: 2017,
      },
    );
    expect(result.document?.metadata.date).toBe("2017-10-27");
    expect(
      result.diagnostics.filter((found) => found.code === "import.document-date-not-read"),
    ).toMatchObject([{ line: 3, params: { text: "28. oktober 2017", reason: "second-date" } }]);
  });

  it("reads a header laid out as a table whose date cell has no year as the header, not as the table", () => {
    const result = importPlanText(
      "Dato:\t27. oktober\nKommunikationsplan 2017\n\nDato\tAktivitet\n8. maj 2017\tKick-off",
      {
        year: 2017,
      },
    );
    expect(result.document?.metadata).toMatchObject({ title: "Kommunikationsplan 2017", date: "2017-10-27" });
    expect(result.document?.activities.map((activity) => activity.title)).toEqual(["Kick-off"]);
  });

  it("keeps the first of two days and reports the second, other one", () => {
    const result = importPlanText(
      "Dato: 27. oktober 2017\nKommunikationsplan 2017\nDato: 28. oktober 2017\n\nDato\tAktivitet\n8. maj 2017\tKick-off",
    );
    expect(result.document?.metadata.date).toBe("2017-10-27");
    expect(result.diagnostics.filter((found) => found.line === 3)).toMatchObject([
      { code: "import.document-date-not-read", params: { text: "28. oktober 2017", reason: "second-date" } },
    ]);
    // The same day twice is one date.
    const twice = importPlanText("Dato: 27. oktober 2017\nKommunikationsplan 2017\nDato: 27.10.2017\n");
    expect(twice.diagnostics.map((found) => found.code)).not.toContain("import.document-date-not-read");
  });
});
