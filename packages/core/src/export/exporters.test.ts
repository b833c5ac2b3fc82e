import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { budgetFollowUp2017 } from "../fixtures/budgetFollowUp2017";
import { communicationPlan2017 } from "../fixtures/communicationPlan2017";
import { implementationPlan2017 } from "../fixtures/implementationPlan2017";
import { introductionProgramme2018 } from "../fixtures/introductionProgramme2018";
import { exportFollowUpCsv } from "../import/followUpCsv/write";
import { exportPlanIcs } from "../import/ics/write";
import { importDocument } from "../import/importDocument";
import { importPlanCsv } from "../import/planCsv/read";
import { exportPlanCsv } from "../import/planCsv/write";
import { csvField } from "../import/shared/csv";
import { csvExportOptionsArbitrary } from "../import/shared/importProperties.arbitrary";
import { toDateExpression } from "../model/dateExpression";
import { parseDocumentJson } from "../model/document.schema";
import { type Activity, type PlanDocument, planDocumentSchema, planKinds } from "../model/plan.schema";
import {
  followUpArbitrary,
  hostileTextArbitrary,
  metadataArbitrary,
  richTextArbitrary,
} from "../rules/followUp.arbitrary";
import { exportJson } from "./json";

/** A plan of kind "other" with no tracks: its title and activities. */
const planOf = (title: string, activities: Activity[]): PlanDocument => ({
  schemaVersion: 2,
  type: "plan",
  planKind: "other",
  metadata: { title },
  tracks: [],
  activities,
});

const plans = [implementationPlan2017, communicationPlan2017, introductionProgramme2018];

/** What the table does not hold travels in its metadata block: nothing is given beside it. */
const reimport = (_: PlanDocument, csv: string) => importPlanCsv(csv);

describe("exportJson", () => {
  it("round-trips the fixtures and any valid follow-up unchanged", () => {
    for (const document of [budgetFollowUp2017, ...plans]) {
      expect(parseDocumentJson(exportJson(document))).toEqual({ document, diagnostics: [] });
    }
    fc.assert(
      fc.property(followUpArbitrary, (document) => {
        expect(parseDocumentJson(exportJson(document)).document).toEqual(document);
      }),
      { numRuns: 100 },
    );
  });
});

describe("exportPlanCsv", () => {
  it("writes what Danish Excel opens: BOM, semicolons, CRLF", () => {
    const csv = exportPlanCsv(implementationPlan2017);
    expect(
      csv.startsWith(
        "\uFEFFId;Dato;Tema;Aktivitet;Beskrivelse;Deltagerkreds;Ansvarlig;Spor;Tags;Start;Slut\r\n",
      ),
    ).toBe(true);
    expect(csv).toContain("\r\na10;Juni-september;");
    expect(csv).toContain(";2017-06-01;2017-09-30\r\n");
  });

  it("writes English headers on request", () => {
    expect(exportPlanCsv(implementationPlan2017, { locale: "en", delimiter: "," })).toMatch(
      /^\uFEFFId,Date,Theme,Activity,/,
    );
  });

  it.each(plans.map((plan) => [plan.metadata.title, plan] as const))(
    "round-trips %s through CSV without loss",
    (_, plan) => {
      const { document, diagnostics } = reimport(plan, exportPlanCsv(plan));
      expect(document).toEqual(plan);
      // Only what the document itself holds is reported again: dates nobody could read.
      const unreadable = plan.activities.filter(
        (activity) => activity.date.kind === null && activity.date.text !== "",
      );
      expect(diagnostics.map((d) => d.params.text)).toEqual(unreadable.map((activity) => activity.date.text));
    },
  );

  it("round-trips any valid plan, whatever its cells and header hold: the whole document", () => {
    const texts = [
      "Løbende",
      "8. maj",
      "8. maj 2017",
      "Primo marts",
      "Ultimo december",
      "Juni-september",
      "April/maj",
      "23.-24. februar",
      "uge 1",
      "uge 41",
      "Efterår/Vinter",
      "vinter",
      "Q4",
      "1. halvår",
      "Fotografering:",
      "30. februar",
      "",
      "2018",
    ];
    const cell = hostileTextArbitrary;
    const filled = cell.filter((value) => value !== "");
    const track = fc.record(
      { label: filled, title: filled, description: richTextArbitrary.filter((value) => value !== "") },
      { requiredKeys: ["title"] },
    );
    const activity = (year: number | undefined, trackIds: string[]) =>
      fc.record(
        {
          // Read in the plan's year or another one (a plan that spans a new year, or an import
          // given --year where the document had none); Start and Slut say which. A date with no
          // interval has no year to tell: it is read in the plan's year.
          date: fc
            .tuple(fc.constantFrom(...texts), fc.constantFrom(year, 1999, 2017, 2018))
            .map(([text, inYear]) => {
              const date = toDateExpression(text, inYear === undefined ? {} : { year: inYear });
              return date.start === null ? toDateExpression(text, year === undefined ? {} : { year }) : date;
            }),
          theme: filled,
          title: cell,
          description: richTextArbitrary.filter((value) => value !== ""),
          participants: filled,
          responsible: filled,
          ...(trackIds.length === 0 ? {} : { track: fc.constantFrom(...trackIds) }),
          tags: fc.array(cell, { maxLength: 3 }),
        },
        { requiredKeys: ["date", "title", "tags"] },
      );
    const plan: fc.Arbitrary<PlanDocument> = fc
      .record({
        metadata: metadataArbitrary,
        planKind: fc.constantFrom(...planKinds),
        introduction: fc.option(richTextArbitrary, { nil: undefined }),
        tracks: fc.uniqueArray(
          fc.tuple(
            filled.filter((id) => id.trim() !== "#milepael"),
            track,
          ),
          {
            maxLength: 3,
            selector: ([id]) => id,
          },
        ),
      })
      .chain(({ metadata, planKind, introduction, tracks }) =>
        fc
          .uniqueArray(
            filled.filter((id) => id.trim() !== "" && id.trim() !== "#milepael"),
            { maxLength: 6 },
          )
          .chain((ids) =>
            fc.tuple(
              ...ids.map((id) =>
                activity(
                  metadata.year,
                  tracks.map(([trackId]) => trackId),
                ).map((fields) => ({ id, ...fields })),
              ),
            ),
          )
          .map(
            (activities): PlanDocument => ({
              schemaVersion: 2,
              type: "plan",
              planKind,
              metadata,
              ...(introduction === undefined ? {} : { introduction }),
              tracks: tracks.map(([id, fields]) => ({ id, ...fields })),
              activities,
            }),
          ),
      );
    fc.assert(
      fc.property(plan, csvExportOptionsArbitrary, (document, options) => {
        expect(planDocumentSchema.safeParse(document).success).toBe(true);
        const csv = exportPlanCsv(document, options);
        // A plan without activities is nothing understood (issue #15): an error, no document.
        const expected = document.activities.length === 0 ? null : document;
        expect(importPlanCsv(csv).document).toEqual(expected);
        expect(importDocument(csv).document).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("quotes a cell holding the other list separator, so no reader splits a formula out of it", () => {
    const plan: PlanDocument = {
      ...implementationPlan2017,
      activities: [{ id: "a1", date: toDateExpression(""), title: "x,=cmd|' /C calc'!A0", tags: [] }],
    };
    expect(exportPlanCsv(plan).split("\r\n")[1]).toBe(`a1;;;"x,=cmd|' /C calc'!A0";;;;;;;`);
    expect(exportPlanCsv(plan, { delimiter: "," }).split("\r\n")[1]).toBe(
      `a1,,,"x,=cmd|' /C calc'!A0",,,,,,,`,
    );
    expect(csvField("x;=1+1", ",")).toBe('"x;=1+1"');
    expect(csvField("a\tb", ";")).toBe('"a\tb"');
  });

  it("keeps Excel from running a cell as a formula", () => {
    expect(csvField('=HYPERLINK("http://x")', ";")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+45 2516 9407", ";")).toBe("'+45 2516 9407");
    expect(csvField("'tekst", ";")).toBe("'tekst");
  });
});

describe("exportFollowUpCsv", () => {
  it("gives a committee one row per initiative, with the milestone and status per round", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017, { layout: "overview" });
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(header).toBe(
      "Afsnit;Nr.;Indsats;Art;Ansvarligt center;Ansvarligt udvalg;1. budgetopfølgning 2017: milepæl;1. budgetopfølgning 2017: status;2. budgetopfølgning 2017: milepæl;2. budgetopfølgning 2017: status;3. budgetopfølgning 2017: milepæl;3. budgetopfølgning 2017: status;31.12.2017: milepæl;31.12.2017: status;Økonomi;Økonomi: status;Beløb (kr.)",
    );
    expect(csv).toContain(
      "7. Borgeren og Kommunen;7.03;UCC - anvendelse og udvikling;anlaeg;Ejendomme;Økonomiudvalget;",
    );
    expect(csv).toContain('"Ombygningsprojekterne er igangsat.\nStatus: Processen er forsinket.";Rød;');
    expect(csv).toContain(';"Investering i 2017: 29,8 mio. kr.";Rød;29800000\r\n');
    expect(rows.length).toBeGreaterThanOrEqual(14);
  });
});

describe("exportPlanIcs", () => {
  const { ics, skipped } = exportPlanIcs(communicationPlan2017, { now: "2017-01-01T08:00:00Z" });

  it("writes a calendar an RFC 5545 parser reads, with an all-day event per dated activity", () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(communicationPlan2017.activities.length);
    expect(skipped).toEqual([]);
    const primo = events.find((event) => event.summary.startsWith("Strategisk Ledelsesforum i forbindelse"));
    expect(primo?.startDate.toString()).toBe("2017-03-01");
    // DTEND is exclusive: "Primo marts" runs 1 to 10 March.
    expect(primo?.endDate.toString()).toBe("2017-03-11");
    expect(primo?.startDate.isDate).toBe(true);
    expect(primo?.description).toContain("Dato: Primo marts (primo marts 2017)");
    expect(primo?.component.getFirstPropertyValue("status")).toBe("TENTATIVE");
  });

  it("folds long lines at 75 octets and ends lines with CRLF", () => {
    const lines = ics.split("\r\n");
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps every line break and control character inside its own property", () => {
    const plan = planOf("Plan\rX-INJECTED:1", [
      {
        id: "a1",
        date: toDateExpression("8. maj 2017"),
        title: "\r=1+1\rEND:VEVENT\r\nBEGIN:VEVENT\nx\u001b]8;;http://x\u0007y\u0000",
        theme: "Tema\r\u2028Ny",
        tags: [],
      },
    ]);
    const { ics } = exportPlanIcs(plan, { now: "2017-05-04T08:00:00Z" });
    // Unfolded: long lines continue after CRLF and a space (RFC 5545 §3.1).
    const lines = ics.replace(/\r\n /g, "").split("\r\n");
    expect(lines).toContain("X-WR-CALNAME:Plan\\nX-INJECTED:1");
    expect(lines).toContain("SUMMARY:\\n=1+1\\nEND:VEVENT\\nBEGIN:VEVENT\\nx]8\\;\\;http://xy");
    expect(lines).toContain("CATEGORIES:Tema\\n\\nNy");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
  });

  it("stamps events with the export's moment, given by the caller", () => {
    const stamps = (now: Date | string) =>
      new Set(exportPlanIcs(communicationPlan2017, { now }).ics.match(/^DTSTAMP:.*$/gm));
    expect(stamps(new Date(Date.UTC(2026, 11, 1, 17, 5, 9, 123)))).toEqual(
      new Set(["DTSTAMP:20261201T170509Z"]),
    );
    expect(stamps("2017-05-04T10:00:00+02:00")).toEqual(new Set(["DTSTAMP:20170504T080000Z"]));
  });

  it("gives the events of two plans different UIDs, even two CSV plans without a title", () => {
    const first = importPlanCsv("Dato;Aktivitet\r\n8. maj 2017;Møde\r\n").document as PlanDocument;
    const second = importPlanCsv("Dato;Aktivitet\r\n8. maj 2017;Frokost\r\n").document as PlanDocument;
    const uids = (plan: PlanDocument) => exportPlanIcs(plan).ics.match(/^UID:.*$/gm) ?? [];
    expect(uids(first)).toHaveLength(1);
    expect(uids(first)[0]).not.toBe(uids(second)[0]);
    // The same plan exported again keeps its UIDs, so a calendar updates instead of doubling.
    expect(uids(structuredClone(first))).toEqual(uids(first));
    expect(uids(first)[0]).toMatch(/^UID:a1@[0-9a-z]{11}\.milepael$/);
  });

  it("gives every event of a document its own UID, also for repeated or look-alike ids", () => {
    const activity = (id: string, text: string) => ({
      id,
      date: toDateExpression(text),
      title: id,
      tags: [],
    });
    const plan = planOf("Plan", [
      activity("a", "April/maj 2018"),
      activity("a/1", "8. maj 2017"),
      activity("a", "8. maj 2017"),
      activity("a", "9. maj 2017"),
    ]);
    const uids = exportPlanIcs(plan).ics.match(/^UID:.*$/gm) ?? [];
    expect(uids).toHaveLength(5);
    expect(new Set(uids).size).toBe(5);
  });

  it("makes one event per alternative of an either-or date, and skips what has no interval", () => {
    const result = exportPlanIcs(introductionProgramme2018);
    const events = new ICAL.Component(ICAL.parse(result.ics))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v));
    const kattegat = events.filter((event) => event.summary.startsWith("Kattegatkursus ("));
    expect(kattegat.map((event) => [event.startDate.toString(), event.endDate.toString()])).toEqual([
      ["2018-03-15", "2018-03-18"],
      ["2018-03-22", "2018-03-25"],
    ]);
    expect(result.skipped.map((activity) => activity.title)).toContain("Fotografering");
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });
});
