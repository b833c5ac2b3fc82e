import { describe, expect, it } from "vitest";
import { DiagnosticCollector } from "../shared/collector";
import { readDelimited } from "../shared/delimited";
import { sheetOf } from "./sheet";

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
