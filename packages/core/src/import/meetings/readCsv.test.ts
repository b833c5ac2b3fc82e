import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meetingsLejre2017 } from "../../fixtures";
import { windows1252Bytes } from "../../fixtures/encodedText";
import {
  decisionOutcomes,
  type MeetingsDocument,
  meetingKinds,
  meetingsDocumentSchema,
} from "../../model/meetings.schema";
import { detectFormat, importDocument } from "../importDocument";
import { importFile } from "../importFile";
import { decodeText } from "../shared/decodeText";
import { csvExportOptionsArbitrary, linesOutside } from "../shared/importProperties.arbitrary";
import { importMeetingsText } from "./importMeetingsText";
import { asMeetingsDocument } from "./meetings.arbitrary";
import { importMeetingsCsv } from "./readCsv";
import { exportMeetingItemsCsv } from "./write";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test");
const seed = (name: string) => readFileSync(path.join(root, "seeds", name), "utf8");

/**
 * The document as far as the CSV carries it. Not carried: an item's summary (Resumé) and case text
 * (Sagsfremstilling); an empty recommendation list or an empty optional text (read as none).
 * Everything else (metadata, each meeting's id, municipality, time, place and absentees, meetings
 * without items, items in order with their outcome, related documents) comes back as it was.
 */
function carried(document: MeetingsDocument): MeetingsDocument {
  return {
    ...document,
    meetings: document.meetings.map((meeting) => ({
      ...meeting,
      items: meeting.items.map(({ summary: _summary, caseText: _caseText, ...item }) => ({
        ...item,
        ...(item.recommendation?.length ? {} : { recommendation: undefined }),
        ...(item.caseNumber === "" ? { caseNumber: undefined } : {}),
        ...(item.decision === "" ? { decision: undefined } : {}),
        ...(item.decisionAuthority === "" ? { decisionAuthority: undefined } : {}),
      })),
    })),
  };
}

const everyOption = [
  { locale: "da", delimiter: ";" },
  { locale: "da", delimiter: "," },
  { locale: "en", delimiter: ";" },
  { locale: "en", delimiter: "," },
] as const;

describe("importMeetingsCsv reads milepael's own meetings CSV back (round trip)", () => {
  it.each(everyOption)("gives the minutes seed back from its export ($locale, '$delimiter')", (options) => {
    const csv = exportMeetingItemsCsv(meetingsLejre2017, options);
    const { document, diagnostics } = importMeetingsCsv(csv);
    expect(diagnostics).toEqual([]);
    expect(document).toEqual(carried(meetingsLejre2017));
    expect(meetingsDocumentSchema.safeParse(document).success).toBe(true);
  });

  it("gives the minutes read from the seed text back, through importDocument", () => {
    const fromText = importMeetingsText(seed("referater-lejre-2017.txt")).document as MeetingsDocument;
    const { document } = importDocument(exportMeetingItemsCsv(fromText));
    expect(document).toEqual(carried(fromText));
  });

  it("gives generated meetings documents back in either language and delimiter", () => {
    fc.assert(
      fc.property(meetingsDocumentArbitrary, csvExportOptionsArbitrary, (meetings, options) => {
        const csv = exportMeetingItemsCsv(meetings, options);
        const { document, diagnostics } = importMeetingsCsv(csv);
        expect(
          diagnostics.filter((found) => found.level !== "info" && found.code !== "import.duplicate-rows"),
        ).toEqual([]);
        expect(document).toEqual(carried(meetings));
        expect(meetingsDocumentSchema.safeParse(document).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("reads the table alone (no metadata block) with ids made from body and date", () => {
    const csv = exportMeetingItemsCsv(meetingsLejre2017).split("\r\n\r\n")[0] as string;
    const { document, diagnostics } = importMeetingsCsv(csv);
    expect(diagnostics).toEqual([]);
    expect(document?.meetings.map((meeting) => meeting.id)).toEqual(
      meetingsLejre2017.meetings.map((meeting) => meeting.id),
    );
    expect(document?.metadata).toEqual({ title: "Referat 17, 4-udvalget", date: "2017-01-03", year: 2017 });
    expect(document?.meetings[0]?.items).toEqual(carried(meetingsLejre2017).meetings[0]?.items);
  });
});

describe("importMeetingsCsv reads the CSV as Excel saves it", () => {
  it("reads Windows-1252, semicolons, CRLF, padded rows and re-written dates the same", () => {
    const csv = exportMeetingItemsCsv(meetingsLejre2017);
    // Danish Excel: no BOM, every row padded to the sheet's width, blank rows as ";;;", dates as DD-MM-YYYY.
    const saved = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .map((line) => line.replace(/;(\d{4})-(\d{2})-(\d{2});/, ";$3-$2-$1;"))
      .map((line) => (line === "" ? ";;;;;;;;;;" : `${line};;`))
      .join("\r\n");
    const decoded = decodeText(windows1252Bytes(saved));
    expect(decoded.encoding).toBe("windows-1252");
    const { document, diagnostics } = importDocument(decoded.text ?? "");
    expect(diagnostics).toEqual([]);
    expect(document).toEqual(carried(meetingsLejre2017));
  });

  it("reads the file's bytes as meetings, as the CLI and the demo's import page do (importFile)", async () => {
    const bytes = windows1252Bytes(
      exportMeetingItemsCsv(meetingsLejre2017, { locale: "en" }).replace(/^\uFEFF/, ""),
    );
    const { document, diagnostics } = await importFile(bytes);
    expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
    expect(document).toEqual(carried(meetingsLejre2017));
  });

  it("groups rows sorted in Excel by meeting again, items in the order of their rows", () => {
    const [header, ...rows] =
      exportMeetingItemsCsv(meetingsLejre2017).split("\r\n\r\n")[0]?.split("\r\n") ?? [];
    const sorted = [header, ...rows.reverse()].join("\r\n");
    const { document } = importMeetingsCsv(sorted);
    const first = document?.meetings.find((meeting) => meeting.id === "17-4-udvalget-2017-01-03");
    expect(first?.items.map((item) => item.number)).toEqual(["5", "4", "3", "2", "1"]);
    expect(document?.meetings).toHaveLength(8);
  });

  it("says which of the block's meetings no rows match any more, so their fields are not lost without a word", () => {
    const csv = exportMeetingItemsCsv(meetingsLejre2017);
    // The first meeting's rows re-dated in Excel; the block still names it on its old date.
    const redated = csv.replaceAll(
      '"17, 4-udvalget";referat;2017-01-03;',
      '"17, 4-udvalget";referat;2017-01-04;',
    );
    const { document, diagnostics } = importMeetingsCsv(redated);
    expect(document?.meetings).toHaveLength(meetingsLejre2017.meetings.length);
    expect(diagnostics.filter((found) => found.code === "meetings.csv-block-unmatched")).toMatchObject([
      { level: "warning", params: { id: "17-4-udvalget-2017-01-03", date: "2017-01-03" } },
    ]);
  });

  it("keeps the meetings in the block's order when the sheet's rows were sorted", () => {
    const [table = "", block = ""] = exportMeetingItemsCsv(meetingsLejre2017).split("\r\n\r\n");
    const [header, ...rows] = table.split("\r\n");
    const sorted = [header, ...rows.reverse()].join("\r\n");
    const { document } = importMeetingsCsv(`${sorted}\r\n\r\n${block}`);
    expect(document?.meetings.map((meeting) => meeting.id)).toEqual(
      meetingsLejre2017.meetings.map((meeting) => meeting.id),
    );
  });

  it("reads the decision log widget's CSV (its columns, no kind) as minutes", () => {
    const csv = [
      "Committee,Date,Item,Title,Outcome,Case no.,Decision",
      '"17, 4-udvalget",2017-01-03,2,Valg af næstformand,Approved,13/20237,Gert Fabrin blev valgt.',
    ].join("\r\n");
    expect(detectFormat(csv)).toBe("meetings");
    const { document, diagnostics } = importDocument(csv);
    expect(diagnostics).toEqual([]);
    expect(document).toMatchObject({
      type: "meetings",
      meetings: [
        {
          kind: "referat",
          body: "17, 4-udvalget",
          items: [
            { number: "2", caseNumber: "13/20237", outcome: "approved", decision: "Gert Fabrin blev valgt." },
          ],
        },
      ],
    });
  });

  it("reads headers in any case and the outcome words of either language", () => {
    const csv = [
      "UDVALG;type;dato;punkt;titel;udfald",
      "Byrådet;Referat;2018-05-03;1;Budget;Approved",
      "Byrådet;referat;2018-05-03;2;Skoler;udsat",
    ].join("\n");
    const { document, diagnostics } = importMeetingsCsv(csv);
    expect(diagnostics).toEqual([]);
    expect(document?.meetings[0]?.items.map((item) => item.outcome)).toEqual(["approved", "postponed"]);
  });
});

describe("importMeetingsCsv reports what it could not read, with its line", () => {
  const csv = [
    "Udvalg;Type;Dato;Punkt;Titel;Udfald;Beslutning;Mødested",
    "Byrådet;referat;2018-05-03;1;Budget;Vedtaget;;Rådhuset",
    "Byrådet;referat;;2;Skoler;Godkendt;Godkendt.;",
    "Byrådet;referat;2018-05-03;3;Veje;Klappet af;Godkendt.;",
    "Byrådet;møde;2018-05-03;4;Havn;Godkendt;;",
    ";referat;2018-05-03;1;Kaj;Godkendt;;",
  ].join("\r\n");
  const { document, diagnostics } = importMeetingsCsv(csv);
  const found = (code: string) => diagnostics.filter((diagnostic) => diagnostic.code === code);

  it("keeps an unknown outcome word as the decision, read as its wording says", () => {
    expect(found("meetings.csv-unknown-outcome").map(({ line, params }) => ({ line, params }))).toEqual([
      { line: 2, params: { value: "Vedtaget", outcome: "approved", kept: "decision" } },
      { line: 4, params: { value: "Klappet af", outcome: "approved", kept: "message" } },
    ]);
    expect(document?.meetings[0]?.items[0]).toMatchObject({ decision: "Vedtaget", outcome: "approved" });
  });

  it("reports an unknown column on the header's line and its cells on their rows, named by the column", () => {
    expect(found("meetings.csv-unknown-columns")).toMatchObject([{ line: 1, params: { count: 1 } }]);
    expect(found("import.cell-ignored")).toMatchObject([
      { line: 2, params: { column: "Mødested" }, raw: "Mødested: Rådhuset" },
    ]);
  });

  it("reports a row's cells under many unknown columns once, every cell's text kept in the finding", () => {
    const extra = Array.from({ length: 500 }, (_, index) => `Ekstra ${index + 1}`);
    const csv = [
      ["Udvalg", "Dato", "Punkt", "Titel", "Udfald", ...extra].join(";"),
      ["Byrådet", "2017-01-03", "1", "Budget", "Godkendt", ...extra.map((_, index) => `v${index + 1}`)].join(
        ";",
      ),
    ].join("\r\n");
    const ignored = importMeetingsCsv(csv).diagnostics.filter(
      (found) => found.code === "import.cell-ignored",
    );
    expect(ignored).toHaveLength(1);
    expect(ignored[0]?.params).toEqual({ column: "Ekstra 1–Ekstra 500", count: 500 });
    expect(ignored[0]?.raw?.split("\n")).toHaveLength(500);
    expect(ignored[0]?.raw?.split("\n").at(-1)).toBe("Ekstra 500: v500");
  });

  it("skips a row without a date and says so on its line; an unknown kind is read as minutes", () => {
    expect(found("meetings.csv-date-invalid")).toMatchObject([{ line: 3, level: "warning" }]);
    expect(found("meetings.csv-unknown-kind")).toMatchObject([{ line: 5, params: { value: "møde" } }]);
    expect(document?.meetings[0]?.items.map((item) => item.number)).toEqual(["1", "3", "4"]);
  });

  it('puts a row without a body under "Uden udvalg" and says so on its line', () => {
    expect(found("meetings.csv-body-missing")).toMatchObject([{ line: 6 }]);
    expect(document?.meetings.map((meeting) => meeting.body)).toEqual(["Byrådet", "Uden udvalg"]);
  });

  it("fails with a clear error when the date or title column is missing", () => {
    const result = importMeetingsCsv("Udvalg;Punkt;Titel;Udfald\nByrådet;1;Budget;Godkendt\n");
    expect(result.document).toBeNull();
    expect(result.diagnostics).toMatchObject([
      { level: "error", code: "meetings.csv-missing-column", line: 1, params: { column: "date" } },
    ]);
  });

  it("fails when no row has a date", () => {
    const result = importMeetingsCsv("Udvalg;Dato;Punkt;Titel;Udfald\nByrådet;;1;Budget;Godkendt\n");
    expect(result.document).toBeNull();
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      "meetings.csv-date-invalid",
      "meetings.csv-nothing-read",
    ]);
  });

  it("never throws and points every diagnostic at a line of the text", () => {
    const exported = exportMeetingItemsCsv(meetingsLejre2017);
    fc.assert(
      fc.property(fc.string(), fc.nat({ max: exported.length }), (junk, at) => {
        const text = exported.slice(0, at) + junk + exported.slice(at);
        const result = importMeetingsCsv(text);
        expect(result.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain(
          "import.internal-error",
        );
        expect(linesOutside(text, result.diagnostics)).toEqual([]);
        if (result.document !== null)
          expect(meetingsDocumentSchema.safeParse(result.document).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("detectFormat tells the meetings CSV from a plan's", () => {
  it.each(everyOption)("picks meetings for the export ($locale, '$delimiter')", (options) => {
    expect(detectFormat(exportMeetingItemsCsv(meetingsLejre2017, options))).toBe("meetings");
  });

  it("still picks csv for plan tables and the plan seeds' CSV exports", async () => {
    const { exportPlanCsv } = await import("../planCsv/write");
    const { communicationPlan2017, implementationPlan2017, introductionProgramme2018 } = await import(
      "../../fixtures"
    );
    for (const plan of [communicationPlan2017, implementationPlan2017, introductionProgramme2018])
      expect(detectFormat(exportPlanCsv(plan))).toBe("csv");
    expect(detectFormat("Dato;Aktivitet;Målgruppe\n8. maj 2017;Kick-off;Alle")).toBe("csv");
    expect(detectFormat("Dato;Titel;Beskrivelse;Beslutning\n8. maj 2017;Kick-off;x;y")).toBe("csv");
  });

  it("reads a plan's table that keeps a committee and a case number per activity as a plan, not meetings", () => {
    const plan =
      "Dato;Titel;Beskrivelse;Ansvarlig;Udvalg;Sagsnr.\r\nUltimo april;Temamøde;Om planen;Anne;ØU;17/1\r\nQ3 2017;Høring;;Bo;ØU;17/2\r\n";
    for (const read of [importDocument(plan), importDocument(plan, { format: "csv" })]) {
      expect(read.document?.type).toBe("plan");
      expect(
        read.document?.type === "plan" && read.document.activities.map((activity) => activity.title),
      ).toEqual(["Temamøde", "Høring"]);
    }
  });

  it("reads the export as meetings below a sheet's title row or Excel's empty padded rows, the title kept", () => {
    const csv = exportMeetingItemsCsv(meetingsLejre2017).replace(/^\uFEFF/, "");
    const withoutBlock = csv.split("\r\n#milepael")[0] ?? "";
    const alone = importMeetingsCsv(csv).document;
    expect(alone?.meetings).toHaveLength(meetingsLejre2017.meetings.length);
    for (const above of ["Beslutninger 2017;;;;;;;;;;\r\n", ";;;;;;;;;;\r\n;;;;;;;;;;\r\n"]) {
      const { document } = importDocument(`${above}${csv}`);
      expect(document?.type).toBe("meetings");
      expect(document?.type === "meetings" && document.meetings).toEqual(alone?.meetings);
    }
    // Without its block, the sheet's title row names the document.
    const { document } = importDocument(`Beslutninger 2017;;;;;;;;;;\r\n${withoutBlock}`);
    expect(document?.type === "meetings" && document.metadata.title).toBe("Beslutninger 2017");
  });
});

// Texts as people type them, without line breaks (they split a clause or an attachment) and not
// blank (a blank title is no item, a blank body none).
const word = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter((text) => text.trim() !== "" && !/[\r\n]/.test(text) && !text.trim().startsWith("#milepael"));
const isoDate = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hours, minutes]) => `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`);

const itemArbitrary = fc.record(
  {
    number: word,
    title: word,
    caseNumber: word,
    summary: word,
    recommendation: fc.array(word, { maxLength: 3 }),
    decisionAuthority: word,
    decision: word,
    outcome: fc.constantFrom(...decisionOutcomes),
    caseText: word,
    attachments: fc.array(word, { maxLength: 3 }),
  },
  { requiredKeys: ["number", "title", "outcome", "attachments"] },
);

const meetingArbitrary = fc.record(
  {
    kind: fc.constantFrom(...meetingKinds),
    body: word,
    municipality: word,
    date: isoDate,
    start: clock,
    end: clock,
    place: word,
    absent: fc.array(fc.record({ name: word, affiliation: word, note: word }, { requiredKeys: ["name"] }), {
      maxLength: 2,
    }),
    items: fc.array(itemArbitrary, { maxLength: 4 }),
  },
  { requiredKeys: ["kind", "body", "date", "absent", "items"] },
);

/** Meetings documents; two meetings never share body, kind and date (the CSV would make them one). */
const meetingsDocumentArbitrary: fc.Arbitrary<MeetingsDocument> = fc
  .record({
    title: word,
    meetings: fc.uniqueArray(meetingArbitrary, {
      minLength: 1,
      maxLength: 5,
      selector: (meeting) => `${meeting.body}\u0000${meeting.kind}\u0000${meeting.date}`,
    }),
    related: fc.array(
      fc.record({ title: word, kind: word, date: isoDate }, { requiredKeys: ["title", "kind"] }),
      {
        maxLength: 2,
      },
    ),
  })
  .map(asMeetingsDocument);
