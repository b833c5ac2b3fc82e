import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Diagnostic, hasErrors } from "../../diagnostics/diagnostic";
import { formatDiagnostic } from "../../diagnostics/messages";
import { meetingsLejre2017 } from "../../fixtures";
import { validateDocument } from "../../model/document.schema";
import type { Meeting } from "../../model/meetings.schema";
import { dedent } from "../shared/testing";
import { importMeetingsText } from "./importMeetingsText";
import { splitItemFields } from "./itemFields";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test");
const read = (name: string) => readFileSync(path.join(root, name), "utf8");
const seed = read("seeds/referater-lejre-2017.txt");

/** The first meeting of a test file, which the importer reads with nothing worse than info. */
function firstMeetingWithoutWarnings(name: string) {
  const { document, diagnostics } = importMeetingsText(read(name));
  expect(diagnostics.filter((entry) => entry.level !== "info")).toEqual([]);
  return document?.meetings[0];
}

/** A meeting's header in one line, as a reader notes it: kind, body, municipality, date, time, place. */
function header(meeting: Meeting | undefined) {
  if (meeting === undefined) return undefined;
  const time = meeting.end === undefined ? meeting.start : `${meeting.start}-${meeting.end}`;
  const parts = [meeting.kind, meeting.body, meeting.municipality, meeting.date, time, meeting.place];
  return parts.filter((part) => part !== undefined).join(" · ");
}

/** Who was absent, as "name (affiliation)". */
const absentees = (meeting: Meeting | undefined) =>
  meeting?.absent.map(({ name, affiliation }) =>
    affiliation === undefined ? name : `${name} (${affiliation})`,
  );

describe("importMeetingsText on the Lejre seed (minutes of 3 January 2017 and related documents)", () => {
  const { document, diagnostics } = importMeetingsText(seed);
  const meetings = document?.meetings ?? [];
  const first = meetings[0];

  it("reads the minutes of 3 January 2017: body, kind, date, time, place and municipality", () => {
    expect(hasErrors(diagnostics)).toBe(false);
    expect(header(first)).toBe(
      "referat · 17, 4-udvalget · Lejre · 2017-01-03 · 16:30 · Mødelokale 1, Lejrevej 15, 4320, Allerslev",
    );
    expect(first?.absent).toEqual([]);
  });

  it("reads its five items with case numbers, recommendations, decisions and outcomes", () => {
    expect(
      first?.items.map((item) => [item.number, item.title, item.caseNumber, item.decision, item.outcome]),
    ).toEqual([
      ["1", "17,4 - Godkendelse af dagsorden", undefined, "Godkendt.", "approved"],
      ["2", "17,4 - Valg af næstformand", "13/20237", "Gert Fabrin blev valgt som næstformand.", "approved"],
      ["3", "17,4 - Introduktion til arbejdet", "16/16318", "Taget til efterretning.", "noted"],
      [
        "4",
        "17,4 - Møde- og procesplan samt beslutning om hvilke kerneopgaver der arbejdes med først",
        "16/16318",
        "Tiltrådt.",
        "approved",
      ],
      ["5", "17,4 - Eventuelt", undefined, "Intet.", "unknown"],
    ]);
    expect(first?.items[1]).toMatchObject({
      recommendation: ["at udvalget vælger en næstformand"],
      decisionAuthority: "17,4-udvalget",
    });
    expect(first?.items[3]?.recommendation).toEqual([
      "at mødeplan godkendes",
      "at der startes op med kerneopgaverne Bæredygtig vækst og Målrettet (visiteret) støtte",
    ]);
    expect(first?.items[2]?.attachments).toEqual([
      "Valcon - Tilbud på A - Kerneopgaver.pdf",
      "Strategisk grundlag enkelt sidet.pdf",
      "17, stk. 4-udvalg.docx",
      "Vores sted.pdf",
      "ØU - Organisering af arbejdet med kerneopgaverne i 2017",
    ]);
    expect(first?.items[3]?.caseText).toContain("følgende søndage; 12. marts, 26. marts og 7. maj");
    expect(first?.items[1]?.summary).toMatch(
      /^Kommunalbestyrelsen besluttede på sit møde den 28\. november 2016/,
    );
  });

  it("reads every meeting in the related list with body, kind, date and time", () => {
    expect(
      meetings.slice(1).map((meeting) => [meeting.kind, meeting.body, meeting.date, meeting.start]),
    ).toEqual([
      ["referat", "Kernevelfærdsudvalget", "2017-01-03", "16:30"],
      ["referat", "Kernevelfærdsudvalget", "2017-04-04", "16:30"],
      ["dagsorden", "17, 4-udvalget", "2017-01-24", "16:30"],
      ["referat", "Kernevelfærdsudvalget", "2017-08-08", "16:30"],
      ["referat", "Kernevelfærdsudvalget", "2017-10-10", "16:30"],
      ["referat", "17, 4-udvalget", "2017-01-24", "16:30"],
      ["referat", "Kernevelfærdsudvalget", "2018-01-17", "16:30"],
    ]);
    expect(meetings[2]?.place).toBe("Kantinen rådhuset i Allerslev");
    expect(meetings[2]?.absent).toEqual([
      { name: "Lars Holten", affiliation: "LEUF" },
      { name: "Ole Blickfeldt", affiliation: "O" },
      { name: "Søren Kræmer", affiliation: "Foreningslivet" },
      { name: "Villy Hauritz", affiliation: "F" },
    ]);
    expect(new Set(meetings.map((meeting) => meeting.id)).size).toBe(meetings.length);
  });

  it("keeps the other texts as related documents, never as forced meetings", () => {
    // Titles, municipalities and dates as the fixture holds them (checked by hand against the seed).
    expect(document?.relatedDocuments).toEqual(meetingsLejre2017.relatedDocuments);
    expect(document?.relatedDocuments?.map((related) => related.kind)).toEqual([
      "mødepunkt",
      "kodeks",
      "strategi",
      "politik",
      "notat",
    ]);
  });

  it("reports what it did not read as items, with lines: the attachment pages, repaired titles, years from context", () => {
    const found = (code: string) => diagnostics.filter((entry) => entry.code === code);
    expect(found("meetings.attachment-pages-skipped")).toMatchObject([
      { line: 32, params: { fromPage: 12, toPage: 75, toLine: 158 } },
    ]);
    expect(found("meetings.title-repaired").map((entry) => entry.line)).toEqual([14, 16, 20, 26, 30]);
    expect(found("meetings.year-from-context").map((entry) => [entry.line, entry.params.year])).toEqual([
      [1, 2017],
      [160, 2017],
      [172, 2017],
      [184, 2017],
    ]);
    expect(found("meetings.furniture-removed")[0]?.params.count).toBeGreaterThan(20);
    expect(found("meetings.item-not-in-toc")).toEqual([]);
    for (const entry of diagnostics) expect(formatDiagnostic(entry, "en")).not.toContain("undefined");
  });

  it("repairs titles whose short name Word wrote with an en dash ('17,4 – Valg af næstformand')", () => {
    const dashed = importMeetingsText(seed.replace(/,4 - /g, ",4 – "));
    expect(dashed.document?.meetings[0]?.items.map((item) => item.title)).toEqual(
      first?.items.map((item) => item.title.replace(" - ", " – ")),
    );
    expect(
      dashed.diagnostics
        .filter((entry) => entry.code === "meetings.title-repaired")
        .map((entry) => entry.line),
    ).toEqual([14, 16, 20, 26, 30]);
  });
});

describe("importMeetingsText on other municipalities' meeting systems", () => {
  it("reads an agenda printed 'Dagsorden til møde i … Mødetidspunkt 17-12-2018 17:00 Mødeafholdelse …'", () => {
    const meeting = firstMeetingWithoutWarnings("meetings/dagsorden-oekonomiudvalget-2018.txt");
    expect(header(meeting)).toBe(
      "dagsorden · Økonomiudvalget · Favrskov · 2018-12-17 · 17:00 · Rådssalen, Rådhuset i Hinnerup",
    );
    expect(absentees(meeting)).toEqual(["Anders Brandt Sørensen (V)", "Mette Holm Kristensen (A)"]);
    expect(meeting?.items.map((item) => [item.number, item.title, item.caseNumber, item.outcome])).toEqual([
      ["1", "Godkendelse af dagsorden", "00.01.00-A00-1-18", "unknown"],
      ["2", "Budgetopfølgning pr. 30. november 2018", "00.30.14-S00-3-18", "unknown"],
      ["3", "Anlægsbevilling til ny daginstitution i Hinnerup", "82.06.00-G01-4-17", "unknown"],
    ]);
    expect(meeting?.items[1]).toMatchObject({
      recommendation: [
        "at budgetopfølgningen tages til efterretning",
        "at mindreforbruget overføres til 2019",
      ],
      attachments: ["Budgetopfølgning november 2018.pdf", "Oversigt over overførsler.xlsx"],
    });
    expect(meeting?.items[2]?.decisionAuthority).toBe("Byrådet");
  });

  it("reads minutes printed body first: 'Landsbyudvalget REFERAT … Sted: … Dato: … Start kl.: … Slut kl.: …'", () => {
    const meeting = firstMeetingWithoutWarnings("meetings/referat-landsbyudvalget-2019.txt");
    expect(header(meeting)).toBe(
      "referat · Landsbyudvalget · Holbæk · 2019-10-08 · 18:00-19:30 · Borgerhuset i Tølløse, lokale 2",
    );
    expect(absentees(meeting)).toEqual(["Hanne Lund (Landsbyrådet)", "Per Kjær (Ø)"]);
    expect(meeting?.items.map((item) => [item.title, item.outcome])).toEqual([
      ["Godkendelse af dagsorden", "approved"],
      ["Landsbypuljen 2020", "amended"],
      ["Landsbystrategi, høring", "postponed"],
      ["Lukning af Kvanløse forsamlingshus", "rejected"],
    ]);
    expect(meeting?.items[1]?.decision).toBe(
      "Tiltrådt med den tilføjelse, at Landsbyrådet inddrages i næste års kriterier.",
    );
  });

  it("reads 'ØKONOMIUDVALGET REFERAT for mødet den 27.08.2013, kl. 15:00 i Rådhuset' and labels printed as headings", () => {
    const meeting = firstMeetingWithoutWarnings("meetings/referat-oekonomiudvalget-2013.txt");
    expect(header(meeting)).toBe(
      "referat · ØKONOMIUDVALGET · Norddjurs · 2013-08-27 · 15:00-16:45 · Rådhuset, mødelokale 1",
    );
    expect(absentees(meeting)).toEqual(["Jens Meilvang (V)"]);
    expect(meeting?.items.map((item) => [item.title, item.caseNumber, item.decision, item.outcome])).toEqual([
      ["ØU - Godkendelse af dagsorden", "13/1", "Godkendt.", "approved"],
      ["ØU - Halvårsregnskab 2013", "13/9125", "Taget til efterretning.", "noted"],
      ["ØU - Salg af grund ved Grenaa Havn", "12/5511", "Udsat.", "postponed"],
    ]);
    expect(meeting?.items[1]?.caseText).toMatch(/^Halvårsregnskabet viser/);
  });

  it("never moves a heading's 29. februar into March when the year it takes from the text is no leap year", () => {
    const minutes = (year: number) =>
      `Referat Økonomiudvalget den 29. februar Kl. 16:30 i Kantinen\n\n1. Godkendelse af dagsorden\nSagsnr.: 17/123\nBeslutning Økonomiudvalget den 1. marts ${year}:\nGodkendt.\n`;
    const leap = importMeetingsText(minutes(2016));
    expect(leap.document?.meetings.map((meeting) => meeting.date)).toEqual(["2016-02-29"]);
    const { document, diagnostics } = importMeetingsText(minutes(2017));
    expect(document).toBeNull();
    expect(diagnostics.map((entry) => [entry.code, entry.line])).toContainEqual(["meetings.date-missing", 1]);
    expect(diagnostics.map((entry) => entry.code)).not.toContain("meetings.year-from-context");
    const given = importMeetingsText(minutes(2017).replace(" 2017:", ":"), { year: 2019 });
    expect(given.document).toBeNull();
  });

  it("reads 'nobody' written as a dash, and absentees separated by semicolons, without inventing people", () => {
    const absent = (line: string) =>
      absentees(
        importMeetingsText(
          `Referat Økonomiudvalget tirsdag den 3. januar 2017 Kl. 16:30 i Kantinen\n${line}\n\n1. Valg\nSagsnr.: 17/1\nBeslutning:\nGodkendt.\n`,
        ).document?.meetings[0],
      );
    expect(absent("Fraværende: -")).toEqual([]);
    expect(absent("Afbud: –")).toEqual([]);
    expect(absent("Afbud: Anne Hansen (A); Bo Berg (V)")).toEqual(["Anne Hansen (A)", "Bo Berg (V)"]);
    expect(absent("Afbud: Anne Hansen; Bo Berg")).toEqual(["Anne Hansen", "Bo Berg"]);
  });

  it("reads absentees listed one a line under 'Afbud:' without reporting their lines as skipped", () => {
    const { document, diagnostics } = importMeetingsText(
      "Referat Økonomiudvalget tirsdag den 3. januar 2017 Kl. 16:30 i Kantinen\nAfbud:\nAnne Hansen (A)\nBo Berg (V) (syg)\nMødeleder: Kis Lund\nSagsbehandler Ib\n\n1. Valg\nSagsnr.: 17/1\nBeslutning:\nGodkendt.\n",
    );
    expect(absentees(document?.meetings[0])).toEqual(["Anne Hansen (A)", "Bo Berg (V)"]);
    expect(
      diagnostics.filter((entry) => entry.code === "meetings.block-skipped").map((entry) => entry.line),
    ).toEqual([6]);
    const continued = importMeetingsText(
      "Referat Økonomiudvalget tirsdag den 3. januar 2017 Kl. 16:30 i Kantinen\nAfbud: Anne Hansen (A)\nBo Berg (V)\n\n1. Valg\nSagsnr.: 17/1\nBeslutning:\nGodkendt.\n",
    );
    expect(absentees(continued.document?.meetings[0])).toEqual(["Anne Hansen (A)", "Bo Berg (V)"]);
    expect(continued.diagnostics).toEqual([]);
    const unmarked = importMeetingsText(
      "Referat Økonomiudvalget tirsdag den 3. januar 2017 Kl. 16:30 i Kantinen\nAfbud: Anne Hansen\nBo Berg\n\n1. Valg\nSagsnr.: 17/1\nBeslutning:\nGodkendt.\n",
    );
    expect(absentees(unmarked.document?.meetings[0])).toEqual(["Anne Hansen", "Bo Berg"]);
    expect(unmarked.diagnostics).toEqual([]);
    const broken = importMeetingsText(
      "Referat Økonomiudvalget tirsdag den 3. januar 2017 Kl. 16:30 i Kantinen\nAfbud: Anne Hansen (A), Bo\nBerg (V), Kis Lund (C)\n\n1. Valg\nSagsnr.: 17/1\nBeslutning:\nGodkendt.\n",
    );
    expect(absentees(broken.document?.meetings[0])).toEqual([
      "Anne Hansen (A)",
      "Bo Berg (V)",
      "Kis Lund (C)",
    ]);
    expect(broken.diagnostics).toEqual([]);
  });

  it("reports no header line it read as skipped: 'Mødetid: 16.30', 'Mødet afholdes i Kantinen'", () => {
    const { document, diagnostics } = importMeetingsText(
      "Referat Økonomiudvalget\nDato: 3. januar 2017\nMødetid: 16.30\nMødet afholdes i Kantinen\n\n1. Valg\nSagsnr.: 17/1\nBeslutning:\nGodkendt.\n",
    );
    expect(header(document?.meetings[0])).toBe("referat · Økonomiudvalget · 2017-01-03 · 16:30 · Kantinen");
    expect(diagnostics).toEqual([]);
  });

  it("reads a body named with '&' and a time range, and warns when the weekday contradicts the date", () => {
    const text =
      "Referat Udvalget for Kultur & Fritid tirsdag den 6. marts 2019 kl. 17.00-19.00 på Kulturhuset\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n";
    const { document, diagnostics } = importMeetingsText(text);
    expect(header(document?.meetings[0])).toBe(
      "referat · Udvalget for Kultur & Fritid · 2019-03-06 · 17:00-19:00 · Kulturhuset",
    );
    expect(diagnostics.map((entry) => [entry.level, entry.code, entry.line])).toEqual([
      ["warning", "meetings.weekday-mismatch", 1],
    ]);
    expect(diagnostics[0]?.params).toEqual({ weekday: "tirsdag", date: "2019-03-06", actual: "onsdag" });
  });

  it("says so when a heading's time is no time of day, or the meeting ends before it starts, and keeps the rest", () => {
    const read = (heading: string) =>
      importMeetingsText(`${heading}\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n`);
    const invalid = read("Referat Økonomiudvalget tirsdag den 3. januar 2017 Kl. 25:30 i Kantinen");
    expect(header(invalid.document?.meetings[0])).toBe("referat · Økonomiudvalget · 2017-01-03 · Kantinen");
    expect(
      invalid.diagnostics.map(({ level, code, line, params }) => ({ level, code, line, params })),
    ).toEqual([{ level: "warning", code: "meetings.time-invalid", line: 1, params: { time: "25:30" } }]);
    expect(formatDiagnostic(invalid.diagnostics[0] as Diagnostic, "da")).toContain(
      'Klokkeslættet "25:30" i mødets overskrift er ikke et klokkeslæt',
    );

    const backwards = read(
      "Referat Økonomiudvalget\nSted: Rådhuset Dato: Tirsdag den 3. januar 2017 Start kl.: 18:00 Slut kl.: 17:30",
    );
    expect(header(backwards.document?.meetings[0])).toBe(
      "referat · Økonomiudvalget · 2017-01-03 · 18:00-17:30 · Rådhuset",
    );
    expect(backwards.diagnostics.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: "meetings.end-before-start", params: { start: "18:00", end: "17:30" } },
    ]);
  });

  it("reads items whose labels are printed in capitals as it reads them printed as words", () => {
    // Some systems print every label in capitals: "SAGSNR.:", "RESUMÉ:", "BESLUTNING 17, STK. 4-UDVALGET DEN :".
    const capitals = seed.replace(
      /(Sagsnr\.|Resumé|Indstilling|Beslutningskompetence|Beslutning[^:\n]{0,80}|Sagsfremstilling|Bilag):/g,
      (label) => label.toUpperCase(),
    );
    expect(capitals).not.toBe(seed);
    expect(capitals).toContain("SAGSNR.:");
    const items = (text: string) =>
      importMeetingsText(text).document?.meetings.map((meeting) =>
        meeting.items.map(({ number, title, caseNumber, summary, decision, outcome }) => ({
          number,
          title,
          caseNumber,
          summary,
          decision,
          outcome,
        })),
      );
    const asWords = items(seed);
    expect(asWords?.flat().filter((item) => item.caseNumber !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(items(capitals)).toEqual(asWords);
    // In any other case a label's word is text: "beslutning:" inside a sentence starts no field.
    expect(splitItemFields("Udvalget traf beslutning: Godkendt.").fields).toEqual([]);
  });

  it("reads 'Referat fra mødet i … den 3.5.2018 kl. 16.00' and a council's own decision among several", () => {
    const text = dedent`
      Referat fra mødet i Børne- og Ungeudvalget den 3.5.2018 kl. 16.00 i mødelokale 2

      Punkt 1. Skolestruktur
      Sagsnr.: 17/99
      Beslutning i Økonomiudvalget den 24.4.2018:
      Anbefales.
      Beslutning i Børne- og Ungeudvalget den 3.5.2018:
      Udsat til næste møde.
    `;
    const meeting = importMeetingsText(text).document?.meetings[0];
    expect(header(meeting)).toBe("referat · Børne- og Ungeudvalget · 2018-05-03 · 16:00 · mødelokale 2");
    expect(meeting?.items[0]).toMatchObject({ number: "1", title: "Skolestruktur", outcome: "postponed" });
  });

  it("keeps the other bodies' decisions on an item as its case text, not only the meeting's own", () => {
    const text =
      "Referat Byrådet tirsdag den 3. januar 2017 kl. 16.30\n\n1. Skolestruktur\nSagsnr.: 17/99\nBeslutning i Økonomiudvalget den 20-12-2016:\nAnbefales.\nBeslutning i Byrådet den 03-01-2017:\nGodkendt.\n";
    expect(importMeetingsText(text).document?.meetings[0]?.items[0]).toMatchObject({
      decision: "Godkendt.",
      outcome: "approved",
      caseText: "Beslutning i Økonomiudvalget den 20-12-2016: Anbefales.",
    });
  });

  it("reads a header printed over two lines ('Byrådet' / 'Dagsorden') with Mødedato, Mødetidspunkt, Mødested", () => {
    const text = dedent`
      Byrådet
      Dagsorden
      Mødedato: 24. april 2019
      Mødetidspunkt: 19:00
      Mødested: Byrådssalen

      1. Regnskab 2018
      Sagsnr.: 19/1
      Indstilling: Økonomiudvalget indstiller, at regnskabet godkendes.
    `;
    const { document, diagnostics } = importMeetingsText(text);
    expect(diagnostics.filter((entry) => entry.level !== "info")).toEqual([]);
    expect(document?.meetings[0]).toMatchObject({
      kind: "dagsorden",
      body: "Byrådet",
      date: "2019-04-24",
      start: "19:00",
      place: "Byrådssalen",
      items: [
        {
          number: "1",
          title: "Regnskab 2018",
          recommendation: ["at regnskabet godkendes"],
          outcome: "unknown",
        },
      ],
    });
  });

  it("drops the header a system prints again at the top of every page", () => {
    const text = dedent`
      Referat Teknik- og Miljøudvalget onsdag den 5. juni 2019 kl. 15:00 i Byrådssalen
      1. Vejplan 2019
      Sagsnr.: 18/1
      Sagsfremstilling: Planen omfatter
      Referat Teknik- og Miljøudvalget onsdag den 5. juni 2019 kl. 15:00 i Byrådssalen
      Side 2
      alle kommuneveje.
      Beslutning: Godkendt.
    `;
    const { document } = importMeetingsText(text);
    expect(document?.meetings).toHaveLength(1);
    expect(document?.meetings[0]?.items[0]).toMatchObject({
      caseText: "Planen omfatter alle kommuneveje.",
      decision: "Godkendt.",
      outcome: "approved",
    });
  });

  it("checks the items against the table of contents", () => {
    const text = dedent`
      Dagsorden Teknisk Udvalg mandag den 7. januar 2019 kl. 16:00
      Indholdsfortegnelse
      1. Vejplan 2019
      2. Cykelstier

      1. Vejplan 2019
      Sagsnr.: 18/1
      2. Trafiksikkerhed
      Sagsnr.: 18/2
    `;
    const { diagnostics } = importMeetingsText(text);
    expect(
      diagnostics
        .filter((entry) => entry.code.startsWith("meetings.t") || entry.code === "meetings.item-not-in-toc")
        .map((entry) => [entry.code, entry.line, entry.params.title]),
    ).toEqual([
      ["meetings.item-not-in-toc", 2, "Trafiksikkerhed"],
      ["meetings.toc-item-missing", 2, "Cykelstier"],
    ]);
  });

  it("refuses a text without any meeting, and never throws on odd input", () => {
    const { document, diagnostics } = importMeetingsText(
      "Implementeringsplan\nDato\tAktivitet\n8. maj\tMøde",
    );
    expect(document).toBeNull();
    expect(diagnostics.at(-1)?.code).toBe("meetings.no-meetings");
    for (const odd of [
      "Referat",
      "Referat Økonomiudvalget den 31. februar",
      "Sagsnr.: \n".repeat(50),
      "\u0000",
    ])
      expect(() => importMeetingsText(odd)).not.toThrow();
  });
});

describe("the meetings fixture", () => {
  it("is what the importer reads from the seed, and a valid document", () => {
    expect(importMeetingsText(seed).document).toEqual(meetingsLejre2017);
    expect(validateDocument(meetingsLejre2017).diagnostics).toEqual([]);
  });
});
