import { describe, expect, it } from "vitest";
import { DiagnosticCollector } from "../shared/collector";
import { readDelimited } from "../shared/delimited";
import { csvDelimiter, sheetHead, sheetOf } from "./sheet";

const rowsOf = (text: string) => readDelimited(text, ";", new DiagnosticCollector());
const isHeader = (cells: readonly string[]) => cells.includes("Dato") && cells.includes("Titel");

describe("sheetOf", () => {
  it("finds the header below a sheet's title and padded rows, and keeps what stood above", () => {
    const sheet = sheetOf(
      rowsOf("Kommunikationsplan; 2017 \r\n;;\r\nDato;Titel\r\n8. maj;Møde\r\n"),
      { found: false },
      isHeader,
    );
    expect(sheet.header?.cells).toEqual(["Dato", "Titel"]);
    expect(sheet.header?.line).toBe(3);
    expect(sheet.body.map((row) => row.cells)).toEqual([["8. maj", "Møde"]]);
    // The padded row is no row once read (readDelimited leaves empty rows out).
    expect(sheet.preamble).toEqual([["Kommunikationsplan", "2017"]]);
    expect(sheet.sheetTitle).toBe("Kommunikationsplan");
  });

  it("takes the first row for the header when none of the first ten is one", () => {
    const above = Array.from({ length: 10 }, (_, index) => `Række ${index + 1};`).join("\r\n");
    const sheet = sheetOf(rowsOf(`${above}\r\nDato;Titel\r\n`), { found: false }, isHeader);
    expect(sheet.header?.cells).toEqual(["Række 1", ""]);
    expect(sheet.body).toHaveLength(10);
    expect(sheet.preamble).toEqual([]);
    expect(sheet.sheetTitle).toBeUndefined();
  });

  it("has no header in a file without rows", () => {
    expect(sheetOf([], { found: false }, isHeader)).toEqual({
      header: undefined,
      body: [],
      preamble: [],
      sheetTitle: undefined,
      block: { found: false },
    });
  });
});

describe("sheetHead", () => {
  it("gives the first ten rows as the importers read them, past long title rows and the block", () => {
    // Rows longer than the start it reads first, a quoted cell holding the delimiter and a line break.
    const long = "x".repeat(5000);
    const above = Array.from({ length: 8 }, (_, index) => `"${long} ${index};\n"${";".repeat(3)}`);
    const text = `#milepael;title;Plan\r\n${above.join("\r\n")}\r\n;;;\r\nDato;Titel\r\n8. maj;Møde\r\n`;
    const { delimiter, rows } = sheetHead(text);
    expect(delimiter).toBe(";");
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual([`${long} 0;\n`, "", "", ""]);
    expect(rows[8]).toEqual(["Dato", "Titel"]);
    expect(rows[9]).toEqual(["8. maj", "Møde"]);
  });
});

describe("csvDelimiter", () => {
  it("tells the delimiter from the first line that holds one outside quotes", () => {
    expect(csvDelimiter("\uFEFFBudgetopfølgning 2017\r\n\r\nAfsnit;Indsats, drift;Runde\r\n")).toBe(";");
    expect(csvDelimiter('"Plan; 2017"\nDato\tTitel\n')).toBe("\t");
    expect(csvDelimiter("Dato,Titel,Sted;\n")).toBe(",");
  });
});
