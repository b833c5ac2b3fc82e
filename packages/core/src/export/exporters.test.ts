import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { budgetFollowUp2017 } from "../fixtures/budgetFollowUp2017";
import { communicationPlan2017 } from "../fixtures/communicationPlan2017";
import { implementationPlan2017 } from "../fixtures/implementationPlan2017";
import { introductionProgramme2018 } from "../fixtures/introductionProgramme2018";
import { importPlanCsv } from "../import/importPlanCsv";
import { toDateExpression } from "../model/dateExpression";
import { parseDocumentJson } from "../model/document.schema";
import type { PlanDocument } from "../model/plan.schema";
import { sanitizeRichText } from "../richText/richText";
import { followUpArbitrary } from "../rules/followUp.arbitrary";
import { csvField, exportFollowUpCsv, exportPlanCsv } from "./csv";
import { exportPlanIcs } from "./ics";
import { exportJson } from "./json";

const plans = [implementationPlan2017, communicationPlan2017, introductionProgramme2018];

/** What a table does not hold travels beside it. */
const reimport = (document: PlanDocument, csv: string) =>
  importPlanCsv(csv, {
    metadata: document.metadata,
    planKind: document.planKind,
    tracks: document.tracks,
    ...(document.introduction === undefined ? {} : { introduction: document.introduction }),
  });

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

  it("round-trips any plan, whatever its cells hold", () => {
    const texts = [
      "Løbende",
      "8. maj",
      "Primo marts",
      "Juni-september",
      "uge 41",
      "Fotografering:",
      "",
      "2018",
    ];
    const cell = fc.string({
      unit: fc.constantFrom("a", "ø", ";", ",", '"', "\n", "=", "+", "-", "@", "'", " ", "\t", "<", "&"),
    });
    const optionalCell = fc.option(
      cell.filter((value) => value !== ""),
      { nil: undefined },
    );
    const activity = fc.record({
      date: fc.constantFrom(...texts).map((text) => toDateExpression(text, { year: 2017 })),
      theme: optionalCell,
      title: cell,
      description: optionalCell.map((value) =>
        value === undefined ? undefined : sanitizeRichText(value).html || undefined,
      ),
      participants: optionalCell,
      responsible: optionalCell,
      tags: fc.array(
        cell.filter((tag) => tag !== "" && !tag.includes(";") && tag === tag.trim()),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 8 }), (rows) => {
        const activities = rows.map((row, index) => {
          const clean = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
          return { id: `a${index + 1}`, ...clean } as PlanDocument["activities"][number];
        });
        const plan: PlanDocument = {
          schemaVersion: 2,
          type: "plan",
          planKind: "other",
          metadata: { title: "Plan", year: 2017 },
          tracks: [],
          activities,
        };
        // A plan without activities is nothing understood (issue #15): an error, no document.
        expect(reimport(plan, exportPlanCsv(plan)).document).toEqual(activities.length === 0 ? null : plan);
      }),
      { numRuns: 300 },
    );
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
    expect(csv).toContain(";Investering i 2017: 29,8 mio. kr.;Rød;29800000\r\n");
    expect(rows.length).toBeGreaterThanOrEqual(14);
  });
});

describe("exportPlanIcs", () => {
  const { ics, skipped } = exportPlanIcs(communicationPlan2017, { timestamp: "2017-01-01T08:00:00Z" });

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
