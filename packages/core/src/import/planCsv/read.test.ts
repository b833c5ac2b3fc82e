import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../diagnostics/messages";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import { communicationPlan2017 } from "../../fixtures/communicationPlan2017";
import { planDocumentSchema } from "../../model/plan.schema";
import { importFollowUpCsv } from "../followUpCsv/read";
import { exportFollowUpCsv } from "../followUpCsv/write";
import { importDocument } from "../importDocument";
import { DiagnosticCollector } from "../shared/collector";
import { detectDelimiter, parseDelimited } from "../shared/delimited";
import { linesOutside } from "../shared/importProperties.arbitrary";
import { importPlanCsv } from "./read";
import { exportPlanCsv } from "./write";

describe("parseDelimited", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    const rows = parseDelimited('Dato;Aktivitet\r\n8. maj;"Møde; ""vigtigt""\r\nanden linje"\r\n', ";");
    expect(rows).toEqual([
      { cells: ["Dato", "Aktivitet"], line: 1 },
      { cells: ["8. maj", 'Møde; "vigtigt"\nanden linje'], line: 2 },
    ]);
  });

  it("finds the delimiter Danish Excel, English Excel and TSV use", () => {
    expect(detectDelimiter("Dato;Aktivitet;Målgruppe")).toBe(";");
    expect(detectDelimiter("Date,Activity")).toBe(",");
    expect(detectDelimiter("Dato\tAktivitet")).toBe("\t");
    expect(detectDelimiter('"Dato, tid";Aktivitet')).toBe(";");
  });

  it("reports a quote that never closes and keeps the rest", () => {
    const collector = new DiagnosticCollector();
    const rows = parseDelimited('a;b\n1;"åben\n2;3', ";", collector);
    expect(rows[1]?.cells).toEqual(["1", "åben\n2;3"]);
    expect(collector.items).toMatchObject([{ code: "import.unclosed-quote", line: 2 }]);
  });
});

describe("importPlanCsv", () => {
  it("reads a Danish Excel file: BOM, semicolons, CRLF, quoted line breaks", () => {
    const csv =
      '\uFEFFDato;Tema;Aktivitet;Målgruppe\r\nPrimo marts;Strategi;"Ledelsesforum\r\nmed workshop";Ledere\r\n19. april;;Fælles møde;Formænd\r\n';
    const { document, diagnostics } = importPlanCsv(csv, { year: 2017 });
    expect(diagnostics).toEqual([]);
    expect(document?.activities).toEqual([
      {
        id: "a1",
        date: expect.objectContaining({ text: "Primo marts", start: "2017-03-01", end: "2017-03-10" }),
        theme: "Strategi",
        title: "Ledelsesforum\nmed workshop",
        participants: "Ledere",
        tags: [],
      },
      {
        id: "a2",
        date: expect.objectContaining({ start: "2017-04-19" }),
        title: "Fælles møde",
        participants: "Formænd",
        tags: [],
      },
    ]);
  });

  it("reads English headers and an explicit mapping", () => {
    expect(
      importPlanCsv("Date,Activity,Audience\n2017-05-08,Kick-off,All\n").document?.activities[0],
    ).toMatchObject({
      title: "Kick-off",
      participants: "All",
    });
    const mapped = importPlanCsv("Hvornår;Hvad sker der\n8. maj 2017;Kick-off\n", {
      columns: { Hvornår: "date", "Hvad sker der": "title" },
    });
    expect(mapped.document?.activities[0]).toMatchObject({
      title: "Kick-off",
      date: { start: "2017-05-08" },
    });
  });

  it("reads a column named with its optional plural in parentheses ('Deltager(e)', 'Ansvarlig(e)') as that column", () => {
    const read = importPlanCsv(
      "Tidspunkt,Aktivitet,Deltager(e),Ansvarlig(e)\r\n8. maj 2017,Møde,Ledere,HR\r\n",
    );
    const [activity] = read.document?.activities ?? [];
    expect([activity?.participants, activity?.responsible, activity?.tags]).toEqual(["Ledere", "HR", []]);
    expect(read.diagnostics.map((d) => d.code)).not.toContain("import.unknown-columns");
  });

  it("keeps the lines and bullets of a description typed in Excel (Alt+Enter) as paragraphs and a list, also after a round trip", () => {
    const { document } = importPlanCsv(
      'Dato;Aktivitet;Beskrivelse\r\n8. maj 2017;Møde;"• Dagsorden\r\n• Referat & bilag"\r\n9. maj 2017;Kursus;"Formiddag: oplæg\nEftermiddag: øvelser"\r\n',
    );
    expect(document?.activities.map((activity) => activity.description)).toEqual([
      "<ul><li>Dagsorden</li><li>Referat & bilag</li></ul>",
      "<p>Formiddag: oplæg</p><p>Eftermiddag: øvelser</p>",
    ]);
    if (document)
      expect(importPlanCsv(exportPlanCsv(document)).document?.activities).toEqual(document.activities);
  });

  it("says which required column is missing", () => {
    const { diagnostics } = importPlanCsv("Tema;Målgruppe\nx;y\n");
    expect(diagnostics.filter((d) => d.code === "import.missing-column").map((d) => d.params.column)).toEqual(
      ["date", "title"],
    );
  });

  it("sanitises descriptions", () => {
    const { document } = importPlanCsv(
      'Dato;Aktivitet;Beskrivelse\n8. maj 2017;Møde;"<img src=x onerror=alert(1)><b>Vigtigt</b>"\n',
    );
    expect(document?.activities[0]?.description).toBe("<strong>Vigtigt</strong>");
  });

  it("reads the year a date was read in back from Start and Slut", () => {
    const csv =
      "Dato;Aktivitet;Start;Slut\r\n8. maj;Møde;2018-05-08;2018-05-08\r\nuge 1;Start;2018-12-31;2019-01-06\r\n";
    const { document, diagnostics } = importPlanCsv(csv, { year: 2017 });
    expect(document?.activities.map((activity) => [activity.date.start, activity.date.end])).toEqual([
      ["2018-05-08", "2018-05-08"],
      ["2018-12-31", "2019-01-06"],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("reports Start and Slut that no year of the date gives, and reads the date from its text", () => {
    const { document, diagnostics } = importPlanCsv(
      "Dato;Aktivitet;Start;Slut\r\n8. maj;Møde;2018-06-01;2018-06-02\r\n",
      { year: 2017 },
    );
    expect(document?.activities[0]?.date).toMatchObject({ start: "2017-05-08", end: "2017-05-08" });
    expect(diagnostics).toMatchObject([
      {
        level: "warning",
        code: "import.date-columns-disagree",
        line: 2,
        params: { text: "8. maj", start: "2018-06-01", end: "2018-06-02" },
      },
    ]);
  });

  it("reads the metadata block, and reports what in it cannot be read", () => {
    const csv = [
      "Dato;Aktivitet;Spor",
      "8. maj;Møde;t1",
      "",
      "#milepael;title;Plan for X",
      "#milepael;year;tyve",
      "#milepael;date;2017-05-04",
      "#milepael;phone;'+45 1234",
      "#milepael;planKind;roadmap",
      "#milepael;track;t1;1;Første spor;",
      "#milepael;farve;rød",
      "",
    ].join("\r\n");
    const { document, diagnostics } = importPlanCsv(csv, { year: 2017 });
    expect(document).toMatchObject({
      planKind: "other",
      metadata: { title: "Plan for X", date: "2017-05-04", phone: "+45 1234" },
      tracks: [{ id: "t1", label: "1", title: "Første spor" }],
      activities: [{ date: { start: "2017-05-08" }, track: "t1" }],
    });
    expect(document?.metadata.year).toBeUndefined();
    expect(diagnostics.map((found) => [found.code, found.line, found.params.column])).toEqual([
      ["import.invalid-value", 8, "planKind"],
      ["import.invalid-value", 10, "#milepael"],
      ["import.invalid-value", 5, "year"],
    ]);
  });

  it("never throws on any text, and its documents are valid", () => {
    const csvish = fc
      .array(
        fc.constantFrom(
          "Dato",
          "Aktivitet",
          ";",
          ",",
          "\t",
          '"',
          '""',
          "\r\n",
          "\n",
          "8. maj",
          "Løbende",
          "=1+1",
          "\uFEFF",
          "Id",
          "Tags",
          "Start",
          "Slut",
          "2017-05-08",
          "2017-02-30",
          "\r\n#milepael;",
          "title;",
          "year;",
          "date;",
          "planKind;",
          "track;",
          "introduction;",
          "9999",
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), csvish), (text) => {
        const { document, diagnostics } = importPlanCsv(text, { year: 2017 });
        expect(linesOutside(text, diagnostics)).toEqual([]);
        if (document !== null) expect(planDocumentSchema.safeParse(document).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("importPlanCsv on adversarial input (wt-plan-text)", () => {
  it("reports a row's many extra cells once, with their number and the row's text cut short", () => {
    const { document, diagnostics } = importPlanCsv(
      `Dato;Aktivitet\n8. maj 2017;Møde;${"x;".repeat(5_000)}\n`,
    );
    expect(document?.activities).toHaveLength(1);
    const extra = diagnostics.filter((d) => d.code === "import.extra-cells");
    expect(extra).toMatchObject([{ level: "warning", line: 2, params: { count: 5_001 } }]);
    expect(extra[0]?.raw?.startsWith("8. maj 2017;Møde;x;x")).toBe(true);
    expect(extra[0]?.raw?.length).toBeLessThanOrEqual(1_001);
  });

  it("reports a line of many unknown cells once, not once per cell", () => {
    const { document, diagnostics } = importPlanCsv("a;".repeat(5_000));
    expect(document).toBeNull();
    expect(diagnostics.filter((d) => d.code === "import.unknown-column")).toEqual([]);
    expect(diagnostics.filter((d) => d.code === "import.unknown-columns")).toMatchObject([
      { line: 1, params: { count: 5_000 } },
    ]);
    expect(diagnostics.length).toBeLessThan(10);
  });
});

describe("importPlanCsv and a header row as people write it (wt-plan-text)", () => {
  it("recognises column names with a colon or bold marks", () => {
    const { document, diagnostics } = importPlanCsv("Dato:;**Aktivitet**;Sted:\n8. maj 2017;Møde;Rådhuset\n");
    expect(document?.activities[0]).toMatchObject({
      date: { start: "2017-05-08" },
      title: "Møde",
      tags: ["Sted: Rådhuset"],
    });
    expect(diagnostics.filter((d) => d.level === "error")).toEqual([]);
  });
});

describe("milepael's CSV re-saved by Danish Excel", () => {
  // Excel pads every line of a sheet it saves to the sheet's width: the blank line between the
  // table and the metadata block becomes ";;;;;", and short metadata rows get trailing ";".
  const padded = (csv: string) => {
    const lines = csv.replace(/\r\n$/, "").split("\r\n");
    const width = Math.max(...lines.map((line) => parseDelimited(line, ";")[0]?.cells.length ?? 1));
    return lines
      .map((line) => {
        const cells = parseDelimited(line, ";")[0]?.cells.length ?? 1;
        return line + ";".repeat(Math.max(0, width - Math.max(cells, 1)));
      })
      .join("\r\n");
  };

  it("reads a plan's export padded to the sheet's width as the plan, with no phantom activity", () => {
    const csv = exportPlanCsv(communicationPlan2017);
    expect(padded(csv)).toContain("\r\n;;;");
    const read = importPlanCsv(padded(csv));
    expect(read.document).toEqual(importPlanCsv(csv).document);
  });

  it("reads a plan's export below a title typed without the delimiter, the header's delimiter kept", () => {
    const csv = exportPlanCsv(communicationPlan2017).replace(/^\uFEFF/, "");
    const read = importPlanCsv(`Kommunikationsplan 2017\r\n${csv}`);
    expect(read.document).toEqual(importPlanCsv(csv).document);
    expect(read.diagnostics).toEqual([]);
  });

  it("reads the metadata block's dates as Danish Excel writes them back (DD-MM-YYYY)", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017);
    const resaved = csv.replace(/^#milepael;.*$/gm, (line) =>
      line.replace(/(\d{4})-(\d{2})-(\d{2})/g, "$3-$2-$1"),
    );
    expect(resaved).toContain("30-09-2017");
    const read = importFollowUpCsv(resaved);
    expect(read.document).toEqual(importFollowUpCsv(csv).document);
    expect(read.diagnostics.filter((found) => found.code === "import.invalid-value")).toEqual([]);
  });

  it("reads a follow-up's export padded the same way as the follow-up, with no section 'Uden afsnit'", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017);
    const read = importFollowUpCsv(padded(csv));
    expect(read.document).toEqual(importFollowUpCsv(csv).document);
    expect(read.document?.sections.map((section) => section.title)).not.toContain("Uden afsnit");
  });
});

// CSV rich text (wt-html): Start and Slut as Danish Excel and Danish authors write a day.
describe("importPlanCsv's Start and Slut columns in Danish day forms", () => {
  const csv = (start: string, end: string, date = "8. maj") =>
    `Dato;Aktivitet;Start;Slut\r\n${date};Møde;${start};${end}\r\n`;

  it.each([
    ["08-05-2018", "08-05-2018"],
    ["8.5.2018", "8.5.2018"],
    ["08.05.18", "8/5-2018"],
    ["8. maj 2018", "2018-05-08"],
  ])("reads Start %s and Slut %s as the days they are, with no finding", (start, end) => {
    const { document, diagnostics } = importPlanCsv(csv(start, end), { year: 2017 });
    expect(document?.activities[0]?.date).toMatchObject({ start: "2018-05-08", end: "2018-05-08" });
    expect(diagnostics).toEqual([]);
  });

  it("reads the plan's Danish-form Start and Slut through importDocument too", () => {
    const text = `Dato;Aktivitet;Start;Slut\r\nuge 1;Start;31-12-2018;06-01-2019\r\n8. maj 2019;Møde;8.5.2019;8.5.2019\r\n`;
    const { document, diagnostics } = importDocument(text);
    expect(
      document?.type === "plan" && document.activities.map(({ date }) => [date.start, date.end]),
    ).toEqual([
      ["2018-12-31", "2019-01-06"],
      ["2019-05-08", "2019-05-08"],
    ]);
    expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
  });

  it("says an activity whose Dato is empty and whose days make no date has none, showing the days", () => {
    const { document, diagnostics } = importPlanCsv(
      "Dato;Aktivitet;Start;Slut\r\n;Møde;2017-05-20;2017-05-10\r\n",
    );
    expect(document?.activities[0]?.date.kind).toBeNull();
    expect(diagnostics.map((found) => [found.code, found.line, found.raw])).toEqual([
      ["import.activity-without-date", 2, "Start: 2017-05-20; Slut: 2017-05-10"],
    ]);
  });

  it("reads a Dato Danish Excel re-wrote as 08-05-2017 as that day, its text kept, with no finding", () => {
    const { document, diagnostics } = importPlanCsv(
      "Dato;Aktivitet;Start;Slut\r\n08-05-2017;Møde;08-05-2017;08-05-2017\r\n31-02-2017;Intet;;\r\n",
    );
    expect(document?.activities[0]?.date).toMatchObject({
      text: "08-05-2017",
      kind: "day",
      start: "2017-05-08",
      end: "2017-05-08",
    });
    // No day in any calendar: read by the grammar as before, and said not to be understood.
    expect(diagnostics.map((found) => [found.code, found.line])).toEqual([["import.date-not-understood", 3]]);
  });

  it("reads a month Danish Excel re-wrote as maj-17 (its mmm-yy form of 'Maj 2017') as that month, its text kept", () => {
    const { document, diagnostics } = importPlanCsv(
      "Dato;Aktivitet;Start;Slut\r\nmaj-17;Møde;01-05-2017;31-05-2017\r\nokt-18;Seminar;;\r\nxyz-17;Intet;;\r\n",
    );
    expect(document?.activities.map((activity) => activity.date)).toMatchObject([
      { text: "maj-17", kind: "month", start: "2017-05-01", end: "2017-05-31" },
      { text: "okt-18", kind: "month", start: "2018-10-01", end: "2018-10-31" },
      { text: "xyz-17", kind: null },
    ]);
    expect(diagnostics.map((found) => [found.code, found.line])).toEqual([["import.date-not-understood", 4]]);
  });

  it("takes the days of a row whose Dato is empty as its date, writes them out, and says so", () => {
    const text = "Dato;Aktivitet;Start;Slut\r\n;Uge med møder;08-05-2017;12-05-2017\r\n;Møde;2017-05-20;\r\n";
    const { document, diagnostics } = importPlanCsv(text);
    expect(document?.activities.map(({ date }) => [date.text, date.kind, date.start, date.end])).toEqual([
      ["8.5.2017 - 12.5.2017", "day-range", "2017-05-08", "2017-05-12"],
      ["20.5.2017", "day", "2017-05-20", "2017-05-20"],
    ]);
    expect(diagnostics.map((found) => [found.level, found.code, found.line])).toEqual([
      ["info", "import.date-from-day-columns", 2],
      ["info", "import.date-from-day-columns", 3],
    ]);
    const [found] = diagnostics;
    expect(found && formatDiagnostic(found, "da")).toBe(
      '2: info: Datoen er tom, så den er læst af kolonnerne Start og Slut og skrevet som "8.5.2017 - 12.5.2017".',
    );
    // A table with no Slut column.
    const [onlyStart] = importPlanCsv("Dato;Start;Aktivitet\r\n;2017-05-20;Møde\r\n").diagnostics;
    expect(onlyStart && formatDiagnostic(onlyStart, "en")).toBe(
      '2: info: The date is empty, so it was read from the column Start and written as "20.5.2017".',
    );
  });

  it("says which column holds no day and which forms it takes, and reads the date from its text", () => {
    const { document, diagnostics } = importPlanCsv(csv("hej", "31-02-2017"), { year: 2017 });
    expect(document?.activities[0]?.date).toMatchObject({ text: "8. maj", start: "2017-05-08" });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        level: "warning",
        code: "import.day-column-invalid",
        line: 2,
        params: { column: "Start", value: "hej", text: "8. maj" },
      }),
      expect.objectContaining({
        code: "import.day-column-invalid",
        line: 2,
        params: { column: "Slut", value: "31-02-2017", text: "8. maj" },
      }),
    ]);
    const [found] = diagnostics;
    expect(found && formatDiagnostic(found, "da")).toContain(
      'Kolonnen "Start" skal have en dag som 2017-05-08',
    );
    expect(found && formatDiagnostic(found, "en")).toContain('The column "Start" should hold a day such as');
  });

  it("still reports Danish-form days that the date's text does not give", () => {
    const { diagnostics } = importPlanCsv(csv("01-06-2018", "02-06-2018"), { year: 2017 });
    expect(diagnostics).toMatchObject([
      { code: "import.date-columns-disagree", params: { start: "01-06-2018", end: "02-06-2018" } },
    ]);
  });
});
