import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundStates } from "../../assessment/history.schema";
import { assess, publishRound, startRound } from "../../assessment/operations";
import type { Diagnostic } from "../../diagnostics/diagnostic";
import { diagnosticMessage, formatDiagnostic } from "../../diagnostics/messages";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import {
  type BudgetFollowUp,
  budgetFollowUpSchema,
  economyAmountTypes,
  type Initiative,
  initiativeKinds,
} from "../../model/budgetFollowUp.schema";
import { holdsUnkeptMarkup } from "../../model/safeRichText";
import { sanitizeRichText } from "../../richText/richText";
import {
  followUpArbitrary,
  historyEventArbitrary,
  hostileTextArbitrary,
  metadataArbitrary,
  readingGuideArbitrary,
  roundsArbitrary,
} from "../../rules/followUp.arbitrary";
import { lifecycleStates, statusValues } from "../../status/status";
import { importFollowUpText } from "../followUpText/read";
import { detectFormat, importDocument } from "../importDocument";
import { csvLine } from "../shared/csv";
import { parseDelimited } from "../shared/delimited";
import { csvExportOptionsArbitrary } from "../shared/importProperties.arbitrary";
import { importFollowUpCsv, parseAmount } from "./read";
import { exportFollowUpCsv } from "./write";

/** A follow-up CSV of these lines (the header first), dates without a year read in 2017. */
const importLines2017 = (...lines: string[]) => importFollowUpCsv(lines.join("\r\n"), { year: 2017 });

describe("exportFollowUpCsv, milestone rows", () => {
  it("writes one row per milestone, the initiative's fields repeated, in Danish by default", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017);
    const [header, ...rows] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe(
      "Afsnit nr.;Afsnit;Id;Nr.;Indsats;Art;Forløb;Ansvarligt center;Ansvarligt udvalg;Væsentlige bidragsydere;Beskrivelse;Noter;Runde;Opfølgning;Milepæl;Milepæl: statusnote;Milepæl: status;Status gættet;Økonomi;Økonomi: statusnote;Beløb (kr.);Beløbstype;Økonomi: status;Økonomi: runde",
    );
    const milestones = budgetFollowUp2017.sections
      .flatMap((section) => section.initiatives)
      .reduce((sum, initiative) => sum + Math.max(1, initiative.milestones.length), 0);
    // The table ends at the empty row before the metadata block.
    expect(rows.indexOf("")).toBe(milestones);
    expect(rows.slice(milestones + 1, milestones + 3)).toEqual([
      "#milepael;schemaVersion;1",
      "#milepael;type;budget-follow-up",
    ]);
    expect(csv).toContain(
      ';2017-2;2. budgetopfølgning 2017;Ombygningsprojekterne er igangsat.;Processen er forsinket.;Rød;ja;"Investering i 2017: 29,8 mio. kr.";',
    );
  });
});

describe("importFollowUpCsv", () => {
  it("reads its own export of the seed back into the hand-checked fixture", () => {
    for (const locale of ["da", "en"] as const) {
      for (const delimiter of [";", ","] as const) {
        const csv = exportFollowUpCsv(budgetFollowUp2017, { locale, delimiter });
        expect(importFollowUpCsv(csv)).toEqual({
          document: budgetFollowUp2017,
          diagnostics: [],
        });
      }
    }
  });

  it("is found by importDocument and detectFormat", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017);
    expect(detectFormat(csv)).toBe("csv");
    expect(importDocument(csv)).toEqual({ document: budgetFollowUp2017, diagnostics: [] });
  });

  it("reads a table made by hand in English Excel: no ids, rounds from the table", () => {
    const csv = [
      "Section,No.,Initiative,Round,Follow-up,Milestone,Milestone: status,Economy,Economy: status,Amount (DKK)",
      '"5. Jobs",5.01,Startup hub,q1,1st follow-up 2018,Premises found,green,"Budget 2,5 m",Green,"2.500.000"',
      "5. Jobs,5.01,Startup hub,q2,2nd follow-up 2018,Opened,Yellow,,,",
      "5. Jobs,5.02,Harbour plan,q1,1st follow-up 2018,Hearing held,Red,,,",
    ].join("\n");
    const { document, diagnostics } = importFollowUpCsv(csv, { year: 2018 });
    expect(document?.sections).toEqual([
      {
        title: "5. Jobs",
        initiatives: [
          {
            id: "5.01",
            number: "5.01",
            title: "Startup hub",
            description: "",
            keyContributors: [],
            milestones: [
              { round: "q1", text: "Premises found", status: "green" },
              { round: "q2", text: "Opened", status: "yellow" },
            ],
            economy: { text: "Budget 2,5 m", amount: 2500000, status: "green" },
          },
          {
            id: "5.02",
            number: "5.02",
            title: "Harbour plan",
            description: "",
            keyContributors: [],
            milestones: [{ round: "q1", text: "Hearing held", status: "red" }],
          },
        ],
      },
    ]);
    expect(document?.rounds).toEqual([
      { id: "q1", label: "1st follow-up 2018", kind: "follow-up", cutOff: "2018-03-31" },
      { id: "q2", label: "2nd follow-up 2018", kind: "follow-up", cutOff: "2018-06-30" },
    ]);
    expect(diagnostics.map((found) => [found.level, found.code, found.line])).toEqual([
      ["info", "import.round-cut-off-assumed", 2],
      ["info", "import.round-cut-off-assumed", 3],
    ]);
  });

  it("dates a round by the day its label states, as the text importer does", () => {
    const { document, diagnostics } = importLines2017(
      "Afsnit;Id;Indsats;Runde;Milepæl;Milepæl: status",
      "Erhverv;x;Skole;Pr. 30.06.2017;Byggeri;Grøn",
      "Erhverv;x;Skole;1. halvår 2017;Indflytning;Gul",
    );
    expect(document?.rounds.map((round) => [round.label, round.cutOff, round.kind])).toEqual([
      ["Pr. 30.06.2017", "2017-06-30", "follow-up"],
      ["1. halvår 2017", "2017-06-30", "half-year"],
    ]);
    // The half-year's end is a reading of its name, and said with the day taken; the stated day is not.
    expect(
      diagnostics
        .filter((found) => found.code === "import.round-cut-off-assumed")
        .map((found) => [found.line, found.params]),
    ).toEqual([[3, { round: "1. halvår 2017", cutOff: "2017-06-30" }]]);
  });

  it("says so when an Id stands under two sections (a section cell edited on one row)", () => {
    const { document, diagnostics } = importLines2017(
      "Afsnit;Id;Indsats;Runde;Milepæl;Milepæl: status",
      "Erhverv;x;Skole;r1;Byggeri;Grøn",
      "erhverv;x;Skole;r2;Indflytning;Grøn",
    );
    expect(
      document?.sections.map((section) => section.initiatives.map((initiative) => initiative.id)),
    ).toEqual([["x"], ["x-2"]]);
    const found = diagnostics.find((finding) => finding.code === "import.id-in-two-sections");
    expect(found).toMatchObject({
      level: "warning",
      line: 3,
      params: { id: "x", section: "Erhverv", kept: "x-2" },
    });
    expect(diagnosticMessage(found as Diagnostic, "da")).toBe(
      'Id\'et "x" står også under afsnittet "Erhverv"; rækken er læst som en anden indsats med id\'et "x-2". Ret afsnittet, hvis det er den samme indsats.',
    );
  });

  it("keeps what it cannot read in diagnostics with line and text, and sanitises HTML", () => {
    const { document, diagnostics } = importLines2017(
      "Id;Indsats;Beskrivelse;Runde;Milepæl;Milepæl: status;Farve;Beløb (kr.);Økonomi: status",
      'x1;Skole;"<p onclick=""steal()"">Ny <script>alert(1)</script>skole</p>";r1;Byggeri;Lilla;rød-ish;mange;Grøn',
      ";;;r1;Forældreløs milepæl;Grøn;;;",
    );
    const initiative = document?.sections[0]?.initiatives[0];
    expect(initiative?.description).toBe("Ny skole");
    expect(initiative?.milestones).toEqual([{ round: "r1", text: "Byggeri", status: "not-assessed" }]);
    expect(initiative?.economy).toEqual({ text: "", status: "green" });
    expect(diagnostics).toEqual(
      expect.arrayContaining([
        // Columns named as the file's header writes them, not by milepael's internal keys.
        expect.objectContaining({
          code: "import.invalid-value",
          line: 2,
          raw: "Lilla",
          params: { column: "Milepæl: status", value: "Lilla" },
        }),
        expect.objectContaining({
          code: "import.cell-ignored",
          line: 2,
          params: { column: "Farve" },
          raw: "Farve: rød-ish",
        }),
        expect.objectContaining({
          code: "import.invalid-value",
          line: 2,
          raw: "mange",
          params: { column: "Beløb (kr.)", value: "mange" },
        }),
        expect.objectContaining({ code: "import.row-without-initiative", line: 3 }),
      ]),
    );
    expect(budgetFollowUpSchema.safeParse(document).success).toBe(true);
  });

  it("reports a row's unread cells once, every cell's text kept, however many columns it has", () => {
    // 500 columns milepael does not know, and 3 cells beyond the header (named by their place).
    const extra = Array.from({ length: 500 }, (_, index) => `Ekstra ${index + 1}`);
    const { diagnostics } = importLines2017(
      ["Id", "Indsats", "Runde", "Milepæl", "Milepæl: status", ...extra].join(";"),
      [
        "x1",
        "Skole",
        "r1",
        "Byggeri",
        "Grøn",
        ...extra.map((_, index) => `v${index + 1}`),
        "a",
        "",
        "c",
      ].join(";"),
    );
    const ignored = diagnostics.filter((found) => found.code === "import.cell-ignored");
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ line: 2, params: { column: "Ekstra 1–#508", count: 502 } });
    expect(diagnosticMessage(ignored[0] as Diagnostic, "da")).toBe(
      "502 celler i kolonner, der ikke kendes (Ekstra 1–#508), er ikke læst; teksten er vist her.",
    );
    expect(diagnosticMessage(ignored[0] as Diagnostic, "en")).toBe(
      "502 cells in columns that are not known (Ekstra 1–#508) were not read; their text is shown here.",
    );
    const texts = ignored[0]?.raw?.split("\n");
    expect(texts).toHaveLength(502);
    expect(texts?.slice(-3)).toEqual(["Ekstra 500: v500", "#506: a", "#508: c"]);
  });

  it("reports a missing round and never invents cut-offs without a year", () => {
    const { document, diagnostics } = importFollowUpCsv(
      "Indsats;Runde;Milepæl;Milepæl: status\nA;;Tekst;Grøn\nA;r9;Mere;Gul\n",
    );
    expect(document?.sections[0]?.initiatives[0]?.milestones).toEqual([
      { round: "r9", text: "Mere", status: "yellow" },
    ]);
    expect(document?.rounds).toEqual([]);
    expect(diagnostics).toMatchObject([
      { code: "import.milestone-without-round", line: 2, raw: "Tekst" },
      { code: "import.round-cut-off-unknown", line: 3 },
    ]);
  });

  it("infers a round's cut-off from its label as the text importer does, not from its column", () => {
    const csv =
      "Indsats;Runde;Opfølgning;Milepæl: status\r\nA;b2;2. budgetopfølgning 2017;Grøn\r\nA;b1;1. budgetopfølgning 2017;Gul\r\nA;r;Regnskab 2017;Rød\r\n";
    const fromCsv = importFollowUpCsv(csv);
    // The follow-up seed's text with its year-end round called "Regnskab 2017".
    const seed = readFileSync(
      new URL("../../../test/seeds/budgetopfoelgning-2017-3-del1.txt", import.meta.url),
      "utf8",
    );
    const text = importFollowUpText(seed.replaceAll("31.12.2017", "Regnskab 2017"));
    const cutOffs = (rounds: readonly { label: string; cutOff: string; kind: string }[] | undefined) =>
      Object.fromEntries((rounds ?? []).map((round) => [round.label, [round.cutOff, round.kind]]));
    expect(cutOffs(fromCsv.document?.rounds)).toEqual({
      "1. budgetopfølgning 2017": ["2017-03-31", "follow-up"],
      "2. budgetopfølgning 2017": ["2017-06-30", "follow-up"],
      "Regnskab 2017": ["2017-12-31", "year-end"],
    });
    const fromText = cutOffs(text.document?.rounds);
    expect(fromText).toMatchObject(cutOffs(fromCsv.document?.rounds));
  });

  it("says a round without a year is left out, instead of naming an empty year end", () => {
    const { diagnostics } = importFollowUpCsv("Indsats;Runde;Milepæl;Milepæl: status\nA;r9;Mere;Gul\n");
    const unknown = diagnostics.find((found) => found.code === "import.round-cut-off-unknown");
    expect(unknown && formatDiagnostic(unknown, "da")).toBe(
      '2: advarsel: Opfølgningen "r9" har ingen kendt skæringsdato, og året kendes ikke; den er ikke med blandt dokumentets opfølgninger.',
    );
  });

  it("never throws on random or mangled text", () => {
    const header = exportFollowUpCsv(budgetFollowUp2017).split("\r\n", 1)[0] as string;
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            "a",
            ";",
            '"',
            "\n",
            "\r",
            "Grøn",
            "r1",
            " ",
            "<",
            "#milepael;",
            "round;",
            "currentRound;",
            "date;",
            "title;",
            "follow-up;",
            "2017-03-31",
            "2017-02-30",
          ),
        }),
        (body) => {
          const result = importFollowUpCsv(`${header}\r\n${body}`);
          expect(result.document === null || budgetFollowUpSchema.safeParse(result.document).success).toBe(
            true,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("parseAmount", () => {
  it("reads amounts the way Danish and English Excel write them", () => {
    expect(parseAmount("29800000")).toBe(29800000);
    expect(parseAmount("29.800.000")).toBe(29800000);
    expect(parseAmount("-1,5")).toBe(-1.5);
    expect(parseAmount("1.5")).toBe(1.5);
    expect(parseAmount("2 500 000 kr.")).toBe(2500000);
    expect(parseAmount("mange")).toBeUndefined();
    expect(parseAmount("500.000,50")).toBe(500000.5);
    expect(parseAmount("1,500,000")).toBe(1500000);
    expect(parseAmount("500.000", "da")).toBe(500000);
    expect(parseAmount("500,000", "en")).toBe(500000);
    expect(parseAmount("1,500", "da")).toBe(1.5);
    expect(parseAmount("1.500", "en")).toBe(1.5);
  });
});

describe("kinds as staff type them in Excel", () => {
  it("reads the kind in the words the follow-up itself writes: anlæg, Drift, drift og anlæg, øvrig finansiering", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017);
    const kinds = (text: string) =>
      importFollowUpCsv(text).document?.sections.flatMap((section) =>
        section.initiatives.map((initiative) => initiative.kind),
      );
    const expected = kinds(csv);
    expect(expected).toContain("anlaeg");
    const { diagnostics } = importFollowUpCsv(csv.replace(/;anlaeg;/g, ";Anlæg;"));
    expect(kinds(csv.replace(/;anlaeg;/g, ";Anlæg;"))).toEqual(expected);
    expect(diagnostics.map((entry) => entry.code)).not.toContain("import.invalid-value");
    expect(kinds(csv.replace(/;drift;/g, ";Drift;"))).toEqual(expected);
    const other = (word: string) => kinds(csv.replace(/;anlaeg;/g, `;${word};`));
    expect(other("drift og anlæg")).toEqual(
      expected?.map((kind) => (kind === "anlaeg" ? "drift-og-anlaeg" : kind)),
    );
    expect(other("Øvrig finansiering")).toEqual(
      expected?.map((kind) => (kind === "anlaeg" ? "oevrig-finansiering" : kind)),
    );
  });
});

describe("smileys as staff paste them from Word into a status cell", () => {
  // The seed with every milestone assessed green, yellow or red in turn (none marked guessed) and
  // every economy green or red: the seed itself has no yellow.
  const cycle = ["green", "yellow", "red"] as const;
  let count = 0;
  const assessed: BudgetFollowUp = {
    ...budgetFollowUp2017,
    sections: budgetFollowUp2017.sections.map((section) => ({
      ...section,
      initiatives: section.initiatives.map((initiative, index) => ({
        ...initiative,
        milestones: initiative.milestones.map(({ statusGuessed: _guessed, ...milestone }) => ({
          ...milestone,
          status: cycle[count++ % 3] ?? "green",
        })),
        ...(initiative.economy === undefined
          ? {}
          : { economy: { ...initiative.economy, status: index % 2 === 0 ? "green" : "red" } }),
      })),
    })),
  };
  const csv = exportFollowUpCsv(assessed);
  const seedRead = importFollowUpCsv(csv).document;
  const statuses = (document: BudgetFollowUp | null | undefined) =>
    document?.sections.flatMap((section) =>
      section.initiatives.flatMap((initiative) => [
        ...initiative.milestones.map((milestone) => [milestone.status, milestone.statusGuessed ?? false]),
        [initiative.economy?.status, "economy"],
      ]),
    );

  it.each([
    ["faces", "☺", "😐"],
    ["faces with variation selectors", "☺\uFE0F", "😐\uFE0E"],
    ["Wingdings letters", "J", "K"],
    ["Wingdings symbol-font characters", "\uF04A", "\uF04B"],
  ])("reads green and yellow written as %s as the words", (_written, green, yellow) => {
    expect(csv).toContain(";Grøn;");
    expect(csv).toContain(";Gul;");
    const { document, diagnostics } = importFollowUpCsv(
      csv.replaceAll(";Grøn;", `;${green};`).replaceAll(";Gul;", `;${yellow};`),
    );
    expect(document).toEqual(seedRead);
    expect(diagnostics.map((entry) => entry.code)).not.toContain("import.invalid-value");
    const letters = diagnostics.filter((entry) => entry.code === "import.wingdings-smiley");
    expect(letters.length > 0).toBe(/^[JK]$/.test(green) || green === "\uF04A");
  });

  it("reads a sad face as red, guessed and said so on a milestone, certain on the economy scale", () => {
    const { document, diagnostics } = importFollowUpCsv(csv.replaceAll(";Rød;", ";☹;"));
    // The rows with a red milestone (columns 16 and 17: status, "Status gættet" empty), by the line they start on.
    const guessedLines = parseDelimited(csv, ";")
      .filter((row) => row.cells[16] === "Rød" && row.cells[17] === "")
      .map((row) => row.line);
    expect(guessedLines.length).toBeGreaterThan(0);
    expect(
      diagnostics.filter((entry) => entry.code === "import.smiley-guessed").map((entry) => entry.line),
    ).toEqual(guessedLines);
    expect(diagnostics.map((entry) => entry.code)).not.toContain("import.invalid-value");
    // Every status as before; a milestone whose "Status gættet" cell was empty is now marked guessed.
    const before = statuses(seedRead) ?? [];
    const after = statuses(document) ?? [];
    expect(after.map(([status]) => status)).toEqual(before.map(([status]) => status));
    const newlyGuessed = after.filter(
      ([status, guessed], index) => status === "red" && guessed === true && before[index]?.[1] === false,
    );
    expect(newlyGuessed).toHaveLength(guessedLines.length);
  });

  it("still reports a symbol that is no smiley, and reads it as not assessed", () => {
    const { document, diagnostics } = importFollowUpCsv(csv.replace(";Grøn;", ";★;"));
    const found = diagnostics.filter((entry) => entry.code === "import.invalid-value");
    expect(found.map((entry) => entry.params)).toEqual([{ column: "Milepæl: status", value: "★" }]);
    expect(statuses(document)?.filter(([status]) => status === "not-assessed").length).toBe(
      (statuses(seedRead)?.filter(([status]) => status === "not-assessed").length ?? 0) + 1,
    );
  });
});

describe("descriptions and notes typed in Excel with Alt+Enter", () => {
  it("keeps their lines as paragraphs and their bullets as a list, also after a round trip", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017);
    const [header = "", firstRow = ""] = csv.replace(/^\uFEFF/, "").split("\r\n");
    const columns = header.split(";");
    const cells = parseDelimited(firstRow, ";")[0]?.cells ?? [];
    cells[columns.indexOf("Beskrivelse")] = "Formål: bedre overblik\nMålgruppe: borgere";
    cells[columns.indexOf("Noter")] = "• Dagsorden\r\n• Referat & bilag";
    const { document, diagnostics } = importFollowUpCsv(`${header}\r\n${csvLine(cells, ";")}\r\n`, {
      year: 2017,
    });
    const initiative = document?.sections[0]?.initiatives[0];
    expect(initiative?.description).toBe("<p>Formål: bedre overblik</p><p>Målgruppe: borgere</p>");
    expect(initiative?.notes).toBe("<ul><li>Dagsorden</li><li>Referat & bilag</li></ul>");
    expect(diagnostics.filter((entry) => entry.level !== "info")).toEqual([]);
    if (document) expect(importFollowUpCsv(exportFollowUpCsv(document)).document).toEqual(document);
  });
});

describe("amounts as staff type them in Excel", () => {
  /** The seed's economy amounts after an export in `locale` whose 500000 was typed as `typed`. */
  const amountsAfter = (locale: "da" | "en", typed: string) => {
    const csv = exportFollowUpCsv(budgetFollowUp2017, { locale, delimiter: ";" });
    const { document } = importFollowUpCsv(csv.replace(/;500000;/g, `;${typed};`));
    return document?.sections.flatMap((section) =>
      section.initiatives.flatMap((initiative) =>
        initiative.economy?.amount === undefined ? [] : [initiative.economy.amount],
      ),
    );
  };
  const seedAmounts = budgetFollowUp2017.sections.flatMap((section) =>
    section.initiatives.flatMap((initiative) =>
      initiative.economy?.amount === undefined ? [] : [initiative.economy.amount],
    ),
  );

  // A Danish sheet's thousands point is never a decimal mark (500.000 is not 500); nor an English comma.
  it.each([
    ["da", "500.000"],
    ["da", "500.000,00"],
    ["da", "500.000 kr."],
    ["en", "500,000"],
    ["en", "500,000.00"],
  ] as const)("reads 500000 written in a %s sheet as %s", (language, written) => {
    expect(seedAmounts).toContain(500000);
    expect(amountsAfter(language, written)).toEqual(seedAmounts);
  });
});

describe("follow-up CSV round trip", () => {
  const cell = hostileTextArbitrary;
  const filled = cell.filter((value) => value.trim() !== "");
  const optional = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
  const rich = cell.map((value) => sanitizeRichText(value).html);
  // A rich-text field as a document read from JSON holds it: as written unless it has markup the
  // sanitiser would not keep (a milestone's text, an economy line's).
  const stored = cell.map((value) => (holdsUnkeptMarkup(value) ? sanitizeRichText(value).html : value));
  const status = fc.constantFrom(...statusValues);
  const initiative = (id: string): fc.Arbitrary<Initiative> =>
    fc
      .record({
        number: optional(filled),
        title: filled,
        kind: optional(fc.constantFrom(...initiativeKinds)),
        description: rich,
        responsibleCenter: optional(filled),
        responsibleCommittee: optional(filled),
        keyContributors: fc.array(
          filled.filter((name) => !/[\r\n]/.test(name)),
          { maxLength: 3 },
        ),
        notes: optional(rich.filter((value) => value !== "")),
        lifecycle: optional(fc.constantFrom(...lifecycleStates)),
        milestones: fc.array(
          fc.record(
            {
              // Rounds may repeat or be unknown: the CSV must carry rule breaks too.
              round: fc.constantFrom("r1", "r2", "r3", "rx", " r 4"),
              text: stored,
              statusNote: optional(cell.filter((value) => value !== "")),
              status,
              statusGuessed: optional(fc.boolean()),
            },
            { requiredKeys: ["round", "text", "status"] },
          ),
          { maxLength: 5 },
        ),
        economy: optional(
          fc.record(
            {
              text: stored,
              statusNote: optional(cell.filter((value) => value !== "")),
              amount: optional(
                fc.oneof(
                  fc.integer({ min: -1e9, max: 1e10 }),
                  fc
                    .double({ min: -1e9, max: 1e9, noNaN: true })
                    .map((amount) => (Object.is(amount, -0) ? 0 : amount)),
                ),
              ),
              amountType: optional(fc.constantFrom(...economyAmountTypes)),
              status,
              // Assessment: the round the status was set at, as written.
              round: optional(fc.constantFrom("r1", "rx", " r 4")),
            },
            { requiredKeys: ["text", "status"] },
          ),
        ),
      })
      .map((fields) => ({ id, ...withoutUndefined(fields) }) as Initiative);

  const followUp: fc.Arbitrary<BudgetFollowUp> = fc
    .array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 })
    .chain((sizes) => {
      let next = 0;
      return fc.tuple(
        ...sizes.map((size, index) =>
          fc
            .tuple(optional(filled), ...Array.from({ length: size }, () => initiative(`i${next++}`)))
            .map(([number, ...initiatives]) => ({
              ...(number === undefined ? {} : { number }),
              title: `Afsnit ${index + 1}`,
              initiatives: initiatives as Initiative[],
            })),
        ),
      );
    })
    .chain((sections) =>
      fc
        .record(
          {
            metadata: metadataArbitrary,
            // Assessment: a round milepael opened has a state, the others none.
            rounds: roundsArbitrary(["r1", "r2", " r 4"]).chain((rounds) =>
              fc.tuple(
                ...rounds.map((round) =>
                  optional(fc.constantFrom(...roundStates)).map((state) =>
                    state === undefined ? round : { ...round, state },
                  ),
                ),
              ),
            ),
            currentRound: fc.constantFrom("r1", "rx", " r 4"),
            readingGuide: readingGuideArbitrary,
            history: fc.array(
              historyEventArbitrary(
                ["r1", "r2", " r 4", "rx"],
                sections.flatMap((section) => section.initiatives.map((initiative) => initiative.id)),
              ),
              { maxLength: 6 },
            ),
          },
          { requiredKeys: ["metadata", "rounds"] },
        )
        .map((fields) => ({
          schemaVersion: 2 as const,
          type: "budget-follow-up" as const,
          ...fields,
          sections,
        })),
    );

  it("is lossless for any valid follow-up, in both languages and delimiters: the whole document, its assessment too", () => {
    fc.assert(
      fc.property(followUp, csvExportOptionsArbitrary, (document, options) => {
        expect(budgetFollowUpSchema.safeParse(document).success).toBe(true);
        const csv = exportFollowUpCsv(document, options);
        for (const reimported of [importFollowUpCsv(csv), importDocument(csv)]) {
          if (document.sections.every((section) => section.initiatives.length === 0)) {
            // No initiative: nothing understood (issue #15), an error and no document.
            expect(reimported).toMatchObject({
              document: null,
              diagnostics: [{ code: "import.nothing-understood" }],
            });
            continue;
          }
          expect(reimported.document).toEqual(document);
          // The rule breaks the table carries are kept and reported where they stand, nothing else.
          const reported = ["rules.economy-level-undefined", "import.duplicate-rows"];
          expect(reimported.diagnostics.filter((found) => !reported.includes(found.code))).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is lossless for the follow-ups the rules are tested on", () => {
    fc.assert(
      fc.property(followUpArbitrary, (document) => {
        const reimported = importFollowUpCsv(exportFollowUpCsv(document));
        if (document.sections.every((section) => section.initiatives.length === 0))
          // No initiative: nothing understood (issue #15), an error and no document.
          expect(reimported.document).toBeNull();
        else {
          expect(reimported.document).toEqual(document);
          // Rule breaks the table carries are reported where they stand, nothing else.
          const reported = ["rules.economy-level-undefined", "import.duplicate-rows"];
          expect(reimported.diagnostics.filter((found) => !reported.includes(found.code))).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reports rounds and dates in the metadata block that are no real dates, and leaves them out", () => {
    const csv = [
      "Indsats;Runde;Milepæl;Milepæl: status",
      "A;r1;Tekst;Grøn",
      "",
      "#milepael;title;Opfølgning",
      "#milepael;date;2017-02-30",
      "#milepael;round;r1;1. runde;follow-up;2017-02-30;",
      "#milepael;round;r2;2. runde;quarterly;2017-06-30;",
      "#milepael;round;r3;3. runde;follow-up;2017-09-30;2017-10-15",
      "#milepael;currentRound;r3",
    ].join("\r\n");
    const { document, diagnostics } = importFollowUpCsv(csv);
    expect(budgetFollowUpSchema.safeParse(document).success).toBe(true);
    expect(document).toMatchObject({
      metadata: { title: "Opfølgning" },
      rounds: [
        { id: "r3", label: "3. runde", kind: "follow-up", cutOff: "2017-09-30", meetingDate: "2017-10-15" },
      ],
      currentRound: "r3",
    });
    expect(document?.metadata.date).toBeUndefined();
    expect(diagnostics.map((found) => [found.level, found.code, found.line])).toEqual([
      ["warning", "import.invalid-value", 6],
      ["warning", "import.invalid-value", 7],
      ["warning", "import.invalid-value", 5],
    ]);
  });

  it("lets options given beside the table win over its metadata block", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017);
    const { document } = importFollowUpCsv(csv, {
      metadata: { title: "Andet" },
      rounds: [],
      currentRound: "x",
    });
    expect(document).toMatchObject({ metadata: { title: "Andet" }, rounds: [], currentRound: "x" });
  });
});

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

describe("follow-up CSV round trip of an assessed follow-up", () => {
  const finance = { by: "Økonomi", at: "2017-10-01T08:00:00Z" };
  const anne = { by: "Anne Jensen, Ejendomme", at: "2017-10-02T09:00:00Z" };
  /** The 2017 follow-up with its third round started, assessed (a milestone and an economy line) and published. */
  const assessed = (() => {
    let document = startRound(budgetFollowUp2017, "2017-3", finance).document;
    const milestone = budgetFollowUp2017.sections
      .flatMap((section) => section.initiatives)
      .flatMap((initiative) =>
        initiative.milestones.flatMap((found, index) =>
          found.round === "2017-3" ? [{ initiativeId: initiative.id, index }] : [],
        ),
      )[0];
    if (milestone === undefined) throw new Error("the fixture has a milestone in round 2017-3");
    const economyOf704 = budgetFollowUp2017.sections
      .flatMap((section) => section.initiatives)
      .find((initiative) => initiative.id === "7.04")?.economy?.status;
    document = assess(document, {
      initiativeId: milestone.initiativeId,
      milestone: milestone.index,
      status: "yellow",
      note: 'Forsinket; "udbud" = 2018',
      ...anne,
    }).document;
    document = assess(document, {
      initiativeId: "7.04",
      milestone: "economy",
      // A change, or no event is recorded.
      status: economyOf704 === "red" ? "green" : "red",
      note: "Merforbrug",
      ...anne,
    }).document;
    return publishRound(document, "2017-3", { by: "Økonomi", at: "2017-10-27T12:00:00Z" }).document;
  })();

  it("keeps the rounds' states, the economy's round and the history, in both languages and delimiters", () => {
    expect(assessed.history?.map((event) => event.type)).toEqual([
      "round-started",
      "assessed",
      "assessed",
      "round-published",
    ]);
    expect(assessed.rounds.map((round) => round.state)).toEqual([
      "published",
      "published",
      "published",
      undefined,
    ]);
    for (const locale of ["da", "en"] as const) {
      for (const delimiter of [";", ","] as const) {
        const csv = exportFollowUpCsv(assessed, { locale, delimiter });
        expect(importFollowUpCsv(csv)).toEqual({ document: assessed, diagnostics: [] });
        expect(importDocument(csv).document).toEqual(assessed);
      }
    }
  });

  it("keeps a published round closed after the round trip: assessing it is refused", () => {
    const reimported = importFollowUpCsv(exportFollowUpCsv(assessed)).document as BudgetFollowUp;
    const result = assess(reimported, {
      initiativeId: "7.04",
      milestone: "economy",
      status: "red",
      note: "x",
      ...anne,
    });
    expect(result.diagnostics.map((found) => found.code)).toContain("assessment.no-open-round");
    expect(startRound(reimported, "2017-3", finance).diagnostics.map((found) => found.level)).toContain(
      "error",
    );
  });

  it("reads a file written before assessment (no state cell, no economy round, no history) as before", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017);
    expect(csv).not.toContain("#milepael;history");
    const old = csv.replace(";Økonomi: runde\r\n", "\r\n").replace(/;(?=\r\n[^#]|\r\n\r\n)/g, "");
    expect(importFollowUpCsv(old)).toEqual({ document: budgetFollowUp2017, diagnostics: [] });
  });

  it("keeps an empty history (a migrated file never assessed) apart from none", () => {
    const migrated: BudgetFollowUp = { ...budgetFollowUp2017, history: [] };
    const csv = exportFollowUpCsv(migrated);
    expect(csv.split("\r\n")).toContain("#milepael;history");
    expect(importFollowUpCsv(csv)).toEqual({ document: migrated, diagnostics: [] });
  });

  it("reports a broken history row or round state with its line and keeps the rest", () => {
    const csv = exportFollowUpCsv(assessed);
    const lines = csv.split("\r\n");
    const historyAt = lines.findIndex((line) => line.startsWith("#milepael;history;"));
    const roundAt = lines.findIndex((line) => line.startsWith("#milepael;round;2017-3;"));
    lines[historyAt] = '#milepael;history;"{""type"":""assessed"",""round"":""2017-3""}"';
    lines[historyAt + 1] = "#milepael;history;{not json";
    lines[roundAt] = (lines[roundAt] as string).replace(/;published$/, ";frozen");
    const edited = lines.join("\r\n");
    // The 1-based line a record starts on, counting the line breaks inside quoted cells too.
    const lineOf = (start: string) =>
      edited.slice(0, edited.indexOf(`\r\n${start}`) + 2).split(/\r\n|\r|\n/).length;
    const roundLine = lineOf("#milepael;round;2017-3;") - 1;
    const historyLine = lineOf("#milepael;history;") - 1;
    const { document, diagnostics } = importFollowUpCsv(edited);
    expect(document?.history).toEqual(assessed.history?.slice(2));
    expect(document?.rounds.find((round) => round.id === "2017-3")).not.toHaveProperty("state");
    expect(diagnostics.map((found) => [found.level, found.code, found.line, found.params.column])).toEqual([
      ["warning", "import.invalid-value", roundLine + 1, "state"],
      ["warning", "import.invalid-value", historyLine + 1, "history"],
      ["warning", "import.invalid-value", historyLine + 2, "history"],
    ]);
    expect(budgetFollowUpSchema.safeParse(document).success).toBe(true);
  });
});

describe("importFollowUpCsv, a sheet sorted or edited in Excel", () => {
  /** The export's records (a quoted cell may hold line breaks): header, table rows, the rest. */
  const records = (csv: string) => {
    const found: string[] = [];
    let record: string | undefined;
    for (const line of csv.replace(/^\uFEFF/, "").split("\r\n")) {
      record = record === undefined ? line : `${record}\r\n${line}`;
      if ((record.match(/"/g)?.length ?? 0) % 2 === 0) {
        found.push(record);
        record = undefined;
      }
    }
    const [header = "", ...rest] = found;
    const end = rest.indexOf("");
    return { header, rows: rest.slice(0, end), after: rest.slice(end) };
  };
  const cellsOf = (record: string) => parseDelimited(record, ";")[0]?.cells ?? [];
  const file = (header: string, rows: readonly string[], after: readonly string[]) =>
    `\uFEFF${[header, ...rows, ...after].join("\r\n")}`;
  /** The export with its table rows sorted (stably) by one column, as Excel's sort does. */
  const sortedBy = (csv: string, column: string) => {
    const { header, rows, after } = records(csv);
    const index = cellsOf(header).indexOf(column);
    const key = (row: string) => cellsOf(row)[index] ?? "";
    return file(
      header,
      [...rows].sort((a, b) => key(a).localeCompare(key(b), "da")),
      after,
    );
  };
  /** Sections, initiatives and milestones in a fixed order: what a sort may change. */
  const canonical = (document: BudgetFollowUp | null | undefined) => ({
    ...document,
    sections: [...(document?.sections ?? [])]
      .map((section) => ({
        ...section,
        initiatives: [...section.initiatives]
          .map((initiative) => ({
            ...initiative,
            milestones: [...initiative.milestones].sort((a, b) =>
              JSON.stringify(a).localeCompare(JSON.stringify(b)),
            ),
          }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      }))
      .sort((a, b) => `${a.number}${a.title}`.localeCompare(`${b.number}${b.title}`)),
  });
  const initiativesOf = (document: BudgetFollowUp | null | undefined) =>
    document?.sections.flatMap((section) => section.initiatives) ?? [];

  it("reads an export sorted by any column as the unsorted export: rows grouped by section and Id", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017);
    for (const column of ["Milepæl: status", "Økonomi: status", "Runde", "Ansvarligt center"]) {
      const { document, diagnostics } = importFollowUpCsv(sortedBy(csv, column));
      expect(diagnostics, column).toEqual([]);
      expect(initiativesOf(document)).toHaveLength(initiativesOf(budgetFollowUp2017).length);
      expect(canonical(document), column).toEqual(canonical(budgetFollowUp2017));
    }
  });

  it("orders initiatives by their first rows and milestones by their rows; rows without an Id stay adjacent", () => {
    const { document } = importLines2017(
      "Afsnit;Id;Nr.;Indsats;Runde;Milepæl;Milepæl: status",
      "A;a1;1;Et;r1;m1;Grøn",
      "A;a2;2;To;r1;m2;Grøn",
      "B;b1;3;Tre;r1;m3;Rød",
      "A;a1;1;Et;r2;m4;Rød",
      ";;;;;;",
      "A;;4;Fire;r1;m5;Grøn",
      "A;;4;Fire;r2;m6;Grøn",
      "A;a2;2;To;r2;m7;Rød",
      "A;;4;Fire;r3;m8;Grøn",
    );
    expect(
      document?.sections.map((section) => [
        section.title,
        section.initiatives.map((initiative) => [
          initiative.id,
          initiative.milestones.map((milestone) => milestone.text),
        ]),
      ]),
    ).toEqual([
      [
        "A",
        [
          ["a1", ["m1", "m4"]],
          ["a2", ["m2", "m7"]],
          ["4", ["m5", "m6"]],
          ["4-2", ["m8"]],
        ],
      ],
      // The line of empty cells (a blank line as Excel saves it) makes no section "Uden afsnit".
      ["B", [["b1", ["m3"]]]],
    ]);
  });

  it("warns when a later row disagrees with the first on a repeated cell, and keeps the edited value", () => {
    const csv = exportFollowUpCsv(budgetFollowUp2017);
    const { header, rows, after } = records(csv);
    const columns = cellsOf(header);
    const rowsOf503 = rows.flatMap((row, index) => (cellsOf(row)[2] === "5.03" ? [index] : []));
    expect(rowsOf503).toHaveLength(4);
    const edit = (row: number, column: string, value: string) => {
      const cells = cellsOf(rows[row] as string);
      cells[columns.indexOf(column)] = value;
      rows[row] = csvLine(cells, ";");
    };
    // Staff filtered on the second round and set the economy there; the title was fixed on the top row.
    const [first = 0, second = 0] = rowsOf503;
    edit(second, "Økonomi: status", "Rød");
    edit(first, "Indsats", "Kildedal erhvervsområde");
    const { document, diagnostics } = importFollowUpCsv(file(header, rows, after));
    const initiative = initiativesOf(document).find((found) => found.id === "5.03");
    expect(initiative?.economy?.status).toBe("red");
    expect(initiative?.title).toBe("Kildedal erhvervsområde");
    expect(initiativesOf(document)).toHaveLength(initiativesOf(budgetFollowUp2017).length);
    const lineOf = (row: number) => row + 2;
    const original = "Udvikling af nyt erhvervsområde i Kildedal i Måløv";
    const differs = (
      row: number,
      column: string,
      cells: { first: string; value: string; kept: string; notKept: string },
    ) =>
      expect.objectContaining({
        level: "warning",
        code: "import.repeated-cell-differs",
        line: lineOf(row),
        params: { column, ...cells, firstLine: lineOf(rowsOf503[0] ?? 0) },
      });
    const title = "Kildedal erhvervsområde";
    const titleEdited = { first: title, value: original, kept: title, notKept: original };
    expect(diagnostics).toEqual([
      differs(second, "Indsats", titleEdited),
      differs(second, "Økonomi: status", {
        first: "Ikke vurderet",
        value: "Rød",
        kept: "Rød",
        notKept: "Ikke vurderet",
      }),
      ...rowsOf503.slice(2).map((row) => differs(row, "Indsats", titleEdited)),
    ]);
    const economy = diagnostics[1];
    expect(economy && formatDiagnostic(economy, "da")).toContain('"Rød"');
    expect(economy && formatDiagnostic(economy, "en")).toContain('"Ikke vurderet"');
  });

  it("reports a word it cannot read on the line it was kept from", () => {
    const { document, diagnostics } = importLines2017(
      "Id;Indsats;Art;Runde;Milepæl;Milepæl: status",
      "x;Skole;drift;r1;Byggeri;Grøn",
      "x;Skole;drift;r2;Indretning;Grøn",
      "x;Skole;anlæg og lidt;r3;Indflytning;Grøn",
    );
    expect(document?.sections[0]?.initiatives).toHaveLength(1);
    expect(diagnostics.map((found) => [found.code, found.line, found.raw])).toEqual([
      ["import.repeated-cell-differs", 4, "anlæg og lidt"],
      ["import.invalid-value", 4, "anlæg og lidt"],
      ["import.round-cut-off-assumed", 2, undefined],
      ["import.round-cut-off-assumed", 3, undefined],
      ["import.round-cut-off-assumed", 4, undefined],
    ]);
  });

  // One initiative (Id x), a row per round, its title cell as each row spells it.
  const titledPerRow = (...titles: string[]) =>
    importLines2017(
      "Id;Indsats;Runde;Milepæl;Milepæl: status",
      ...titles.map((title, index) => `x;${title};r${index + 1};m${index + 1};Grøn`),
    );

  // CSV rich text (wt-html): two rows of an initiative that differ are a tie; the rule a user can
  // predict is the first row's value, the row that opens the initiative, wherever the edit was.
  it.each([
    ["the second row", "Kildedal", "Kildedal erhvervsområde"],
    ["the first row", "Kildedal erhvervsområde", "Kildedal"],
  ])(
    "keeps the first row's value when two rows differ and %s was edited, and names both values",
    (_, top, bottom) => {
      const { document, diagnostics } = titledPerRow(top, bottom);
      expect(document?.sections[0]?.initiatives.map((initiative) => initiative.title)).toEqual([top]);
      const differs = diagnostics.filter((found) => found.code === "import.repeated-cell-differs");
      expect(differs).toMatchObject([
        {
          line: 3,
          params: { column: "Indsats", first: top, firstLine: 2, value: bottom, kept: top, notKept: bottom },
        },
      ]);
      const [found] = differs;
      expect(found && formatDiagnostic(found, "da")).toContain(`"${top}" er brugt, "${bottom}" er ikke.`);
      expect(found && formatDiagnostic(found, "en")).toContain(`"${top}" is used, "${bottom}" is not.`);
    },
  );

  it("keeps, of several values that tie, the one that comes first in the file", () => {
    const { document, diagnostics } = titledPerRow("A", "A", "B", "C");
    // A is on two rows; B and C on one each: B comes first of the two.
    expect(document?.sections[0]?.initiatives[0]?.title).toBe("B");
    expect(
      diagnostics
        .filter((found) => found.code === "import.repeated-cell-differs")
        .map((found) => [found.line, found.params.kept, found.params.notKept]),
    ).toEqual([
      [4, "B", "A"],
      [5, "B", "C"],
    ]);
  });
});

describe("importFollowUpCsv, a sheet with its title above the table", () => {
  const csv = exportFollowUpCsv(budgetFollowUp2017).replace(/^\uFEFF/, "");
  const withoutBlock = csv.split("\r\n#milepael")[0] ?? "";
  const padding = ";".repeat(12);

  it.each([
    ["a title row", `Budgetopfølgning 2017${padding}\r\n`],
    ["Excel's empty padded rows", `${padding}\r\n${padding}\r\n`],
    ["a title, a subtitle cell and an empty row", `Budgetopfølgning;\r\n;1. opfølgning\r\n${padding}\r\n`],
    // Typed above the table by hand: lines without the delimiter, which is told from the header.
    ["a title typed without padding", "Budgetopfølgning 2017\r\n"],
    ["a quoted title holding the delimiter, without padding", '"Budget; 3. opfølgning 2017"\r\n'],
    ["a blank first line", "\r\n"],
  ])("reads the export below %s as the follow-up, losing nothing", (_, above) => {
    const alone = importFollowUpCsv(csv).document;
    for (const { document, diagnostics } of [
      importFollowUpCsv(`${above}${csv}`),
      importDocument(`${above}${csv}`),
    ]) {
      expect(document?.type).toBe("budget-follow-up");
      expect(document).toEqual(alone);
      expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
    }
  });

  it("names a file without a block by the sheet's title", () => {
    for (const { document, diagnostics } of [
      importFollowUpCsv(`Budgetopfølgning 2017${padding}\r\n${withoutBlock}`, { year: 2017 }),
      importDocument(`Budgetopfølgning 2017${padding}\r\n${withoutBlock}`, { year: 2017 }),
    ]) {
      expect(document?.metadata.title).toBe("Budgetopfølgning 2017");
      expect(document?.type === "budget-follow-up" && document.sections).toEqual(
        importFollowUpCsv(withoutBlock, { year: 2017 }).document?.sections,
      );
      expect(diagnostics.filter((found) => found.level === "error")).toEqual([]);
    }
  });

  it("reports the missing columns on the first row when no row of the first ten is the header", () => {
    const { document, diagnostics } = importFollowUpCsv(
      `Budgetopfølgning 2017\r\nAfsnit;Indsats;Milepæl\r\nSkoler;Kildedal;Byggeri\r\n`,
    );
    expect(document).toBeNull();
    expect(
      diagnostics.filter((found) => found.code === "import.missing-column").map((found) => found.line),
    ).toEqual([1, 1, 1]);
  });
});
