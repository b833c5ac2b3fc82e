// A table row the page break cut, read back as one row: pdfLayout on pages of text items.
import { describe, expect, it } from "vitest";
import { type PdfTextItem, pdfLayout } from "./layout";

/** A line of cells, each `[x, text]`, at height `y` on an A4 page, in 10 pt type. */
const cells = (y: number, ...texts: [number, string][]): PdfTextItem[] =>
  texts.map(([x, text]) => ({ text, x, y, width: text.length * 5, size: 10 }));

describe("pdfLayout: a table row split by a page break", () => {
  it("reads the rest of a row's first cell at the top of the next page as that cell's, so the next row keeps its columns", () => {
    const first = [
      ...cells(760, [50, "Dato"], [150, "Aktivitet"], [300, "Ansvarlig"]),
      ...cells(740, [50, "4. januar"]),
      ...cells(740, [150, "Kick-off"], [300, "HR"]),
    ];
    const next = [
      // The rest of the first cell, then a row whose middle cell is empty.
      ...cells(780, [50, "og 5. januar"]),
      ...cells(760, [50, "8. maj"], [300, "Alle"]),
    ];
    const { lines } = pdfLayout([
      { items: first, height: 842 },
      { items: next, height: 842 },
    ]);
    expect(lines.map((line) => line.cells ?? line.text)).toEqual([
      ["Dato", "Aktivitet", "Ansvarlig"],
      ["4. januar", "Kick-off", "HR"],
      ["og 5. januar"],
      ["8. maj", "", "Alle"],
    ]);
  });
});

describe("pdfLayout: a table row continued on the next pages", () => {
  /** The lines read from pages of items, each page A4. */
  const laidOut = (...pages: PdfTextItem[][]) =>
    pdfLayout(pages.map((items) => ({ items, height: 842 }))).lines;

  it("reads a milestone whose text runs onto the next page as one row, its whole text in order", () => {
    // LibreOffice: the label and round fit on the first page, the text's last lines go on.
    const first = [
      ...cells(760, [78, "6.13. Pederstrup"], [190, "Kort beskrivelse af"]),
      ...cells(748.5, [190, "indsatsen (drift)"]),
      ...cells(760, [303, "Tid"], [416, "Smiley"]),
      ...cells(112, [78, "Milepæl"], [190, "Aftalen om, hvad"]),
      ...cells(100.5, [190, "Grantoftegaards"]),
      ...cells(89, [190, "rolle i skabelsen af"]),
      ...cells(112, [303, "2. budgetopfølgning"], [416, "☺"]),
    ];
    const next = [
      ...cells(760, [190, "organisation og"]),
      ...cells(748.5, [190, "struktur for"]),
      ...cells(737, [190, "Pederstrup er på"]),
      ...cells(725.5, [190, "plads."]),
      ...cells(702, [78, "Milepæl"], [190, "Undersøgt."], [303, "31.12.2017"], [416, "☺"]),
    ];
    expect(laidOut(first, next).map((line) => [line.cells, line.location])).toEqual([
      [["6.13. Pederstrup", "Kort beskrivelse af indsatsen (drift)", "Tid", "Smiley"], { page: 1, line: 1 }],
      [
        [
          "Milepæl",
          "Aftalen om, hvad Grantoftegaards rolle i skabelsen af organisation og struktur for Pederstrup er på plads.",
          "2. budgetopfølgning",
          "grøn",
        ],
        { page: 1, line: 3 },
      ],
      [["Milepæl", "Undersøgt.", "31.12.2017", "grøn"], { page: 2, line: 5 }],
    ]);
  });

  it("keeps a description's responsibility cell when only the description runs onto the next page", () => {
    const first = [
      ...cells(760, [78, "7.03. UCC"], [190, "Kort beskrivelse af"]),
      ...cells(748.5, [190, "indsatsen (anlæg)"]),
      ...cells(760, [303, "Tid"], [416, "Smiley"]),
      ...cells(100.5, [78, "Kommunen arbejder"]),
      ...cells(89, [78, "på at optimere de"]),
      ...cells(77.5, [78, "bygninger, der kan"]),
      ...cells(100.5, [190, "Ansvarligt center:"]),
      ...cells(89, [190, "Ejendomme"]),
    ];
    const next = [
      ...cells(760, [78, "udstykkes til"]),
      ...cells(748.5, [78, "private boliger."]),
      ...cells(736.5, [78, "Milepæl"], [190, "Rammer fastlagt."], [303, "31.12.2017"], [416, "☺"]),
    ];
    expect(laidOut(first, next).map((line) => line.cells)).toEqual([
      ["7.03. UCC", "Kort beskrivelse af indsatsen (anlæg)", "Tid", "Smiley"],
      [
        "Kommunen arbejder på at optimere de bygninger, der kan udstykkes til private boliger.",
        "Ansvarligt center: Ejendomme",
      ],
      ["Milepæl", "Rammer fastlagt.", "31.12.2017", "grøn"],
    ]);
  });

  it("reads a row taller than a page as one row over two page breaks, the header repeated above each piece left out", () => {
    // Chromium: the table's header repeated on each page, the long description's cell and the
    // participants' cell both going on.
    const header = (top: number) =>
      cells(top, [50, "Tid"], [110, "Aktivitet"], [250, "Beskrivelse"], [420, "Deltagerkreds"]);
    const description = (page: number) =>
      Array.from({ length: 45 }, (_, line) =>
        cells(740 - 14 * line, [250, `Side ${page} linje ${line + 1} af beskrivelsen,`]),
      ).flat();
    const first = [
      ...header(760),
      ...cells(740, [50, "8. maj"], [110, "Workshop"]),
      ...description(1),
      ...cells(740, [420, "Ledere og"]),
    ];
    const second = [...header(760), ...description(2)];
    const third = [
      ...header(760),
      ...cells(740, [250, "og til sidst opsamling."], [420, "medarbejdere"]),
      ...cells(720, [50, "9. maj"], [110, "Opfølgning"], [250, "Kort."], [420, "Alle"]),
    ];
    const lines = laidOut(first, second, third);
    const text = [
      ...Array.from({ length: 45 }, (_, line) => `Side 1 linje ${line + 1} af beskrivelsen,`),
      ...Array.from({ length: 45 }, (_, line) => `Side 2 linje ${line + 1} af beskrivelsen,`),
      "og til sidst opsamling.",
    ].join(" ");
    expect(lines.map((line) => line.cells)).toEqual([
      ["Tid", "Aktivitet", "Beskrivelse", "Deltagerkreds"],
      ["8. maj", "Workshop", text, "Ledere og medarbejdere"],
      ["9. maj", "Opfølgning", "Kort.", "Alle"],
    ]);
    expect(lines[1]?.location).toEqual({ page: 1, line: 2 });
  });

  it("reads a short row right after a page break as a row of its own, not the rest of the row above", () => {
    const first = [
      ...cells(760, [50, "Tid"], [110, "Aktivitet"], [250, "Beskrivelse"]),
      ...cells(90, [50, "4. januar"], [110, "Kick-off"], [250, "Første linje af en"]),
      ...cells(78, [250, "beskrivelse der slutter."]),
    ];
    const next = [
      ...cells(760, [50, "Tid"], [110, "Aktivitet"], [250, "Beskrivelse"]),
      ...cells(740, [50, "5. januar"], [110, "Intro"], [250, "Kort."]),
    ];
    expect(laidOut(first, next).map((line) => line.cells)).toEqual([
      ["Tid", "Aktivitet", "Beskrivelse"],
      ["4. januar", "Kick-off", "Første linje af en beskrivelse der slutter."],
      ["5. januar", "Intro", "Kort."],
    ]);
  });
});

describe("pdfLayout: a very long row", () => {
  it("reads a row that goes on over 2,000 pages, 100,000 lines and more in one cell, without running out of stack", () => {
    const header = cells(760, [50, "Tid"], [110, "Beskrivelse"]);
    const page = (number: number) => [
      ...header,
      ...(number === 1 ? cells(740, [50, "8. maj"]) : []),
      ...Array.from({ length: 55 }, (_, line) => cells(740 - 12 * line, [110, `linje ${line}`])).flat(),
    ];
    const pages = Array.from({ length: 2000 }, (_, index) => ({ items: page(index + 1), height: 842 }));
    const { lines } = pdfLayout(pages);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.cells?.[1]?.split(" linje ")).toHaveLength(110_000);
  });
});

describe("pdfLayout: a cell's paragraphs across a page break", () => {
  it("starts a paragraph at the top of the next page where its first word would have fitted on the line above, though the PDF spaces its paragraphs", () => {
    // Chromium keeps a paragraph on one page: the break falls between two of them, and no space
    // is there to tell it. The last line leaves room for "Parterne" as the next line's letters are wide.
    const header = cells(760, [50, "Emne"], [150, "Beskrivelse"], [360, "Ansvarlig"]);
    const first = [
      ...header,
      ...cells(740, [50, "Bygninger og"]),
      ...cells(725.5, [50, "grunde"]),
      ...cells(708, [50, "Boliger"]),
      ...cells(740, [150, "Første afsnit er skrevet her og"]),
      ...cells(725.5, [150, "fylder to linjer."]),
      ...cells(708, [150, "Andet afsnit er skrevet her og"]),
      ...cells(693.5, [150, "slutter nederst på siden nu."]),
      ...cells(740, [360, "HR"]),
    ];
    const next = [...header, ...cells(740, [150, "Parterne er enige på næste side."])];
    const { lines } = pdfLayout([
      { items: first, height: 842 },
      { items: next, height: 842 },
    ]);
    expect(lines.map((line) => line.cells)).toEqual([
      ["Emne", "Beskrivelse", "Ansvarlig"],
      [
        "<p>Bygninger og grunde</p><p>Boliger</p>",
        "<p>Første afsnit er skrevet her og fylder to linjer.</p><p>Andet afsnit er skrevet her og slutter nederst på siden nu.</p><p>Parterne er enige på næste side.</p>",
        "HR",
      ],
    ]);
  });
});

describe("pdfLayout: a follow-up's table of rounds cut by a page break", () => {
  /** The rows of the table of rounds ("Om dokumentet") read from two pages of a follow-up paper. */
  const rounds = (foot: PdfTextItem[], next: PdfTextItem[]) =>
    pdfLayout([
      {
        items: [
          ...cells(700, [50, "Opfølgning"], [200, "Art"], [300, "Opgjort pr."]),
          ...cells(680, [50, "1. opfølgning"], [200, "Budgetopfølgning"], [300, "31. marts 2017"]),
          ...foot,
        ],
        height: 842,
      },
      {
        items: [
          // The table's header repeated, the next round, and an initiative's table: a follow-up.
          ...cells(770, [50, "Opfølgning"], [200, "Art"], [300, "Opgjort pr."]),
          ...next,
          ...cells(600, [50, "5.01 Indsats"], [200, "Kort beskrivelse af indsatsen (drift)"]),
          ...cells(600, [400, "Tid"], [480, "Smiley"]),
        ],
        height: 842,
      },
    ]).lines.flatMap((line) => (/opfølgning/.test(line.cells?.[0] ?? "") ? [line.cells] : []));
  const third = cells(750, [50, "3. opfølgning"], [200, "Budgetopfølgning"], [300, "30. september 2017"]);
  /** The three rounds as they must read back, the second with the label its test gives it. */
  const threeRounds = (secondLabel: string) => [
    ["1. opfølgning", "Budgetopfølgning", "31. marts 2017"],
    [secondLabel, "Budgetopfølgning", "30. juni 2017"],
    ["3. opfølgning", "Budgetopfølgning", "30. september 2017"],
  ];

  it("starts a round at the top of the page when its kind stands where the round above had ended its kind, though the label above filled its last line", () => {
    const foot = [
      ...cells(122, [50, "2. budgetopfølgning 2017 med"]),
      ...cells(110, [50, "særlig opfølgning på de"]),
      ...cells(98, [50, "store anlægsprojekter og"]),
      ...cells(86, [50, "driftsområderne i kommunen"]),
      ...cells(122, [200, "Budgetopfølgning"], [300, "30. juni 2017"]),
    ];
    expect(rounds(foot, third)).toEqual(
      threeRounds(
        "2. budgetopfølgning 2017 med særlig opfølgning på de store anlægsprojekter og driftsområderne i kommunen",
      ),
    );
  });

  it("starts a round at the top of the page after a round of one line at the page's foot: the rule that a follow-up's rows start with their label is its initiatives' tables'", () => {
    const foot = cells(86, [50, "2. opfølgning"], [200, "Budgetopfølgning"], [300, "30. juni 2017"]);
    expect(rounds(foot, third)).toEqual(threeRounds("2. opfølgning"));
  });

  it("still joins a label that wraps over the page break, where only the label's column goes on", () => {
    const foot = [
      ...cells(98, [50, "2. budgetopfølgning 2017 med"]),
      ...cells(86, [50, "særlig opfølgning på alle"]),
      ...cells(98, [200, "Budgetopfølgning"], [300, "30. juni 2017"]),
    ];
    const next = [
      ...cells(750, [50, "anlægsprojekter"]),
      ...cells(730, ...third.map((item) => [item.x, item.text] as [number, string])),
    ];
    expect(rounds(foot, next)).toEqual(
      threeRounds("2. budgetopfølgning 2017 med særlig opfølgning på alle anlægsprojekter"),
    );
  });
});
