import { describe, expect, it } from "vitest";
import { type PdfTextItem, pdfLayout } from "./layout";

/** A line of cells, each `[x, text]`, at height `y` on an A4 page, in 10 pt type. */
const cells = (y: number, ...texts: [number, string][]): PdfTextItem[] =>
  texts.map(([x, text]) => ({ text, x, y, width: text.length * 5, size: 10 }));

describe("pdfLayout: a table's rows as cells by column", () => {
  it("keeps a list indented in its cell in that cell's column, not in a column of its own", () => {
    // A plan as milepael's report prints it: the theme column empty, a description a list whose
    // items start a bullet's width right of the column's edge.
    const items = [
      ...cells(
        700,
        [50, "Tid"],
        [110, "Tema"],
        [160, "Aktivitet"],
        [300, "Beskrivelse"],
        [420, "Deltagerkreds"],
      ),
      ...cells(680, [50, "4. januar"], [160, "Kick-off"], [318, "mindset,"]),
      ...cells(668, [318, "mødestruktur"]),
      ...cells(680, [420, "Alle medarbejdere"]),
      ...cells(650, [50, "5. januar"], [160, "Intro-program"], [420, "Alle nyansatte"]),
    ];
    const { lines } = pdfLayout([{ items, height: 842 }]);
    expect(lines.map((line) => line.cells)).toEqual([
      ["Tid", "Tema", "Aktivitet", "Beskrivelse", "Deltagerkreds"],
      ["4. januar", "", "Kick-off", "mindset, mødestruktur", "Alle medarbejdere"],
      ["5. januar", "", "Intro-program", "", "Alle nyansatte"],
    ]);
  });
});

describe("pdfLayout: a paragraph's wrapped lines", () => {
  it("joins a word broken at the hyphen after a number ('17,4-' + 'udvalget') without a space, as one after a letter", () => {
    const items = [
      ...cells(700, [50, "Økonomiudvalget repræsenterer Kommunalbestyrelsen i 17,4-"]),
      ...cells(688, [50, "udvalget. Ud over"]),
    ];
    const { lines } = pdfLayout([{ items, height: 842 }]);
    expect(lines.map((line) => line.text)).toEqual([
      "Økonomiudvalget repræsenterer Kommunalbestyrelsen i 17,4-udvalget. Ud over",
    ]);
  });

  it("joins a bold heading broken at a hyphen ('17,4-' + 'udvalget') without a space, as plain text", () => {
    const bold = (y: number, text: string): PdfTextItem => ({
      text,
      x: 50,
      y,
      width: text.length * 13,
      size: 18,
      bold: true,
    });
    const items = [
      bold(700, "Møder i Økonomiudvalget og 17,4-"),
      bold(678, "udvalget 2017"),
      ...cells(640, [
        50,
        "Brødtekst i ti punkt, længere end overskriften, så den er sidens almindelige tekst.",
      ]),
    ];
    const { lines } = pdfLayout([{ items, height: 842 }]);
    expect(lines[0]?.text).toBe("# Møder i Økonomiudvalget og 17,4-udvalget 2017");
  });

  it("joins a case number or a range broken at a hyphen before a digit ('00.01.00-A00-' + '1-17') without a space", () => {
    const items = [
      ...cells(700, [50, "Sagen er journaliseret under sagsnummer 00.01.00-A00-"]),
      ...cells(688, [50, "1-17 og blev behandlet af udvalget i perioden 2016-"]),
      ...cells(676, [50, "2017."]),
    ];
    const { lines } = pdfLayout([{ items, height: 842 }]);
    expect(lines.map((line) => line.text)).toEqual([
      "Sagen er journaliseret under sagsnummer 00.01.00-A00-1-17 og blev behandlet af udvalget i perioden 2016-2017.",
    ]);
  });
});
