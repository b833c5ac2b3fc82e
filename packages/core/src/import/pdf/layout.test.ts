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
  /** The lines read from a paragraph's lines printed at the left margin, 12 pt apart from the top. */
  const paragraphText = (...printed: string[]) =>
    pdfLayout([
      { items: printed.flatMap((text, index) => cells(700 - 12 * index, [50, text])), height: 842 },
    ]).lines.map((line) => line.text);

  it("joins a word broken at the hyphen after a number ('17,4-' + 'udvalget') without a space, as one after a letter", () => {
    expect(
      paragraphText("Økonomiudvalget repræsenterer Kommunalbestyrelsen i 17,4-", "udvalget. Ud over"),
    ).toEqual(["Økonomiudvalget repræsenterer Kommunalbestyrelsen i 17,4-udvalget. Ud over"]);
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
    expect(
      paragraphText(
        "Sagen er journaliseret under sagsnummer 00.01.00-A00-",
        "1-17 og blev behandlet af udvalget i perioden 2016-",
        "2017.",
      ),
    ).toEqual([
      "Sagen er journaliseret under sagsnummer 00.01.00-A00-1-17 og blev behandlet af udvalget i perioden 2016-2017.",
    ]);
  });
});

describe("pdfLayout: where a paragraph stands", () => {
  it("points each paragraph of a text block at its own first line, for the findings about it", () => {
    // A blank line's space between paragraphs: one block of text as the PDF draws it.
    const items = [
      ...cells(700, [50, "Dato: 4. maj 2017"]),
      ...cells(676, [50, "Kommunikationsplan 2017"]),
      ...cells(652, [50, "Planen beskriver årets aktiviteter."]),
    ];
    const { lines } = pdfLayout([{ items, height: 842 }]);
    expect(lines.map((line) => [line.text, line.location])).toEqual([
      ["Dato: 4. maj 2017", { page: 1, line: 1 }],
      ["Kommunikationsplan 2017", { page: 1, line: 2 }],
      ["Planen beskriver årets aktiviteter.", { page: 1, line: 3 }],
    ]);
  });
});

describe("pdfLayout: a table's header row repeated at the top of the next page", () => {
  /** The title's and the kind's cells of an initiative's header row, each on two lines, and the four cells' left edges. */
  interface WrappedHeader {
    columns: [number, number, number, number];
    title: [string, string];
    kind: [string, string];
  }
  const dialog: WrappedHeader = {
    columns: [50, 227, 390, 486],
    title: ["5.04 Dialog med erhvervslivet om", "håndværkerudbud 2018"],
    kind: ["Kort beskrivelse af indsatsen", "(drift)"],
  };
  // Long round labels widen "Tid": "Kort beskrivelse af indsatsen" wraps in its cell.
  const pederstrup: WrappedHeader = {
    columns: [50, 216, 350, 486],
    title: ["6.13 Udvikling af Pederstrup", "Landsby og Grantoftegaard"],
    kind: ["Kort beskrivelse af", "indsatsen (drift)"],
  };
  /** An initiative's header row as Chromium prints milepael's report, its top line at `top`. */
  const wrappedHeader = (top: number, { columns, title, kind }: WrappedHeader) => [
    ...cells(top, [columns[0], title[0]]),
    ...cells(top - 14, [columns[0], title[1]]),
    ...cells(top, [columns[1], kind[0]]),
    ...cells(top - 14, [columns[1], kind[1]]),
    ...cells(top, [columns[2], "Tid"], [columns[3], "Smiley"]),
  ];
  /** The text of the lines read from pages of items, each page A4. */
  const laidOutText = (...pages: PdfTextItem[][]) =>
    pdfLayout(pages.map((items) => ({ items, height: 842 }))).lines.map((line) => line.text);

  it("leaves out every line of a repeated header whose cells wrap, not only each cell's first", () => {
    // milepael's report printed by Chromium: an initiative's header row, its title and kind
    // wrapping onto a second line, repeated above the rest of the table on the next page.
    const first = [
      ...wrappedHeader(750, dialog),
      ...cells(700, [50, "Milepæl"], [227, "Skabelon for udbud."], [390, "31.12.2017"]),
      ...cells(700, [486, "☺ Grøn"]),
    ];
    const next = [
      ...wrappedHeader(750, dialog),
      ...cells(700, [50, "Økonomi"], [227, "Ingen særskilt effekt."], [486, "Ikke vurderet"]),
    ];
    expect(laidOutText(first, next)).toEqual([
      "5.04 Dialog med erhvervslivet om håndværkerudbud 2018\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
      "Milepæl\tSkabelon for udbud.\t31.12.2017\t☺ Grøn",
      "Økonomi\tIngen særskilt effekt.\t\tIkke vurderet",
    ]);
  });

  it("reads an initiative's header row alone at a page's foot, \"Kort beskrivelse af indsatsen\" wrapped in its cell, as the header, and the description at the top of the next page as a row of its own", () => {
    // Chromium: the description row, too tall for what is left of the page, starts below the
    // header repeated on the next.
    const next = [
      ...wrappedHeader(776, pederstrup),
      ...cells(739, [50, "Pederstrup er en historisk"]),
      ...cells(725, [50, "landsby i Ballerup Kommune."]),
      ...cells(739, [216, "Ansvarligt center: Politisk Sekretariat"]),
      ...cells(690, [50, "Milepæl"], [216, "Dialog indledt."], [350, "1. budgetopfølgning"], [486, "☺ Grøn"]),
    ];
    expect(laidOutText(wrappedHeader(120, pederstrup), next)).toEqual([
      "6.13 Udvikling af Pederstrup Landsby og Grantoftegaard\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
      "Pederstrup er en historisk landsby i Ballerup Kommune.\tAnsvarligt center: Politisk Sekretariat",
      "Milepæl\tDialog indledt.\t1. budgetopfølgning\t☺ Grøn",
    ]);
  });
});

describe("pdfLayout: paragraphs inside a cell", () => {
  it("tells a cell's paragraphs apart by the space between them where the PDF spaces its paragraphs, and a line its next word only just did not fit on from one a line break ended", () => {
    // milepael's report printed by Chromium: 10 pt lines 14.5 pt apart, paragraphs 3 pt further.
    const wide = "kommunens bygninger, der lejes dyrt.";
    const description = (top: number, topic: string) => [
      ...cells(top, [50, "Parterne er enige om at styrke dette"]),
      // Ends short of the column's edge: its next word only just did not fit after it.
      ...cells(top - 14.5, [50, "på at optimere anvendelsen af"]),
      // Reaches the edge, and ends its paragraph.
      ...cells(top - 29, [50, wide]),
      ...cells(top - 46.5, [50, "Til dette formål."]),
      // A line break typed in the paragraph: the next word would have fitted after the line.
      ...cells(top - 61, [50, "Kontakt: Ejendomme"]),
      // The next cell, drawn after this one's lines.
      ...cells(top, [250, topic]),
    ];
    const items = [
      ...cells(760, [50, "Beskrivelse"], [250, "Emne"]),
      ...description(740, "Bygninger"),
      ...description(660, "Boliger"),
    ];
    const { lines } = pdfLayout([{ items, height: 842 }]);
    const text = `<p>Parterne er enige om at styrke dette på at optimere anvendelsen af ${wide}</p><p>Til dette formål.</p><p>Kontakt: Ejendomme</p>`;
    expect(lines.map((line) => line.cells)).toEqual([
      ["Beskrivelse", "Emne"],
      [text, "Bygninger"],
      [text, "Boliger"],
    ]);
  });
});

describe("pdfLayout: a landscape page's running head", () => {
  it("leaves out the running head of a landscape page, which stands as far from the page's top as a portrait page's, so a row goes on below it", () => {
    // A plan's Word export printed by LibreOffice on landscape A4: the header 45 points from the
    // top, the table's header repeated below it, the description going on.
    const page = (...rows: PdfTextItem[]) => ({
      items: [...cells(550.6, [57, "Plan for fælles kommunikation"]), ...rows],
      height: 595.3,
    });
    const header = cells(528.8, [62, "When"], [184, "Activity"], [305, "Description"]);
    const { lines } = pdfLayout([
      page(
        ...header,
        ...cells(90, [62, "16. januar"], [184, "Distriktsmøde"], [305, "Første del af en lang"]),
        ...cells(78, [305, "beskrivelse, der går"]),
      ),
      page(...header, ...cells(516.6, [305, "videre på næste side."])),
    ]);
    expect(lines.map((line) => line.cells ?? line.text)).toEqual([
      ["When", "Activity", "Description"],
      ["16. januar", "Distriktsmøde", "Første del af en lang beskrivelse, der går videre på næste side."],
    ]);
  });
});

describe("pdfLayout: a word LibreOffice broke without a hyphen in a narrow cell", () => {
  /** A round's cell holding "håndværkervirksomh" / "eder", full to the column's edge, and a line below the table. */
  const read = (below: string) =>
    pdfLayout([
      {
        items: [
          ...cells(700, [50, "Opfølgning"], [150, "Art"]),
          ...cells(680, [50, "håndværkervirksomh"]),
          ...cells(668, [50, "eder og erhverv"]),
          ...cells(680, [150, "Budgetopfølgning"]),
          ...cells(640, [40, below]),
        ],
        height: 842,
      },
    ]).lines.map((line) => line.cells ?? line.text);

  it("joins the word again where the PDF writes it whole elsewhere", () => {
    expect(read("Dokumentet rapporterer på: håndværkervirksomheder og erhverv")[1]).toEqual([
      "håndværkervirksomheder og erhverv",
      "Budgetopfølgning",
    ]);
  });

  it("keeps the space where the PDF writes the word nowhere else: two words are as likely", () => {
    expect(read("Dokumentet rapporterer på: noget andet")[1]).toEqual([
      "håndværkervirksomh eder og erhverv",
      "Budgetopfølgning",
    ]);
  });
});
