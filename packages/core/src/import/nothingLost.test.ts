import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDanishDate } from "../date/parseDanishDate";
import { budgetFollowUp2017 } from "../fixtures/budgetFollowUp2017";
import { communicationPlan2017 } from "../fixtures/communicationPlan2017";
import { importFollowUpCsv } from "./followUpCsv/read";
import { importFollowUpText } from "./followUpText/read";
import { detectFormat, importDocument } from "./importDocument";
import { importPlanCsv } from "./planCsv/read";
import { importPlanText } from "./planText/read";
import { normalizeInput } from "./shared/normalize";
import type { ImportResult } from "./shared/result";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../test/seeds");
const seed = (name: string) => readFileSync(path.join(seeds, name), "utf8");
const followUp = seed("budgetopfoelgning-2017-3-del1.txt");
const plan = seed("kommunikationsplan-2017.txt");
const codes = (diagnostics: readonly { code: string }[]) => diagnostics.map((found) => found.code);

describe("text pasted from Word: invisible characters", () => {
  it("reads the follow-up with non-breaking spaces and soft hyphens in its labels, and says so", () => {
    const fromWord = followUp
      .replace(/Kort beskrivelse af indsatsen/g, "Kort\u00a0beskrivelse af indsatsen")
      .replace(/^Milepæl\t/gm, "Mile\u00adpæl\t")
      .replace(/^Økonomi\t/gm, "Øko\u00adnomi\u200b\t");
    const { document, diagnostics } = importFollowUpText(fromWord);
    expect(document).toEqual(budgetFollowUp2017);
    const count = (pattern: RegExp) => followUp.match(pattern)?.length ?? 0;
    const [initiatives, economyLines] = [count(/Kort beskrivelse af indsatsen/g), count(/^Økonomi\t/gm)];
    const normalized = diagnostics.find((found) => found.code === "import.text-normalized");
    expect(normalized).toMatchObject({
      level: "info",
      params: {
        nbsp: initiatives,
        softHyphen: count(/^Milepæl\t/gm) + economyLines,
        zeroWidth: economyLines,
      },
    });
  });

  it("tells the format of a text as its importer will read it", () => {
    expect(detectFormat("Opfølgning\n\n5.01. X\tKort\u00a0beskrivelse af indsatsen (drift)\n")).toBe(
      "followup",
    );
    expect(detectFormat(plan.replace(/\t/g, "    "))).toBe("plan");
  });

  it("never changes the number of lines, and a second pass changes nothing", () => {
    const piece = fc.constantFrom(
      "a",
      " ",
      "  ",
      "\t",
      "\n",
      "\r\n",
      "\u00a0",
      "\u00ad",
      "\u200b",
      "\ufeff",
      "\u030a",
      "|",
      "Milepæl",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (pieces, recoverColumns) => {
        const text = pieces.join("");
        const once = normalizeInput(text, { recoverColumns }).text;
        expect(once.split(/\r\n|\r|\n/).length).toBe(text.split(/\r\n|\r|\n/).length);
        expect(normalizeInput(once, { recoverColumns }).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps line numbers while removing characters", () => {
    const fromWord = followUp.replace(/\n/, "\n\u00ad\u200b").replace(/^Milepæl\t/gm, "Mile\u00adpæl\t");
    const guessed = importFollowUpText(fromWord).diagnostics.find(
      (found) => found.code === "import.smiley-guessed",
    );
    expect(guessed?.line).toBe(45);
  });

  it("recovers columns from a follow-up and a plan whose tabs became spaces", () => {
    const followUpResult = importDocument(followUp.replace(/\t/g, "    "));
    expect(followUpResult.document).toEqual(budgetFollowUp2017);
    expect(followUpResult.diagnostics).toContainEqual(
      expect.objectContaining({ code: "import.columns-recovered", level: "info" }),
    );
    expect(importDocument(plan.replace(/\t/g, "    ")).document).toEqual(communicationPlan2017);
  });

  it("reads text whose letters are decomposed (NFD, as macOS and some PDF extractions give å and é) as the composed text", () => {
    const minutes = seed("referater-lejre-2017.txt");
    for (const text of [followUp, plan, minutes]) {
      const composed = importDocument(text);
      const decomposed = importDocument(text.normalize("NFD"));
      expect(decomposed.document).toEqual(composed.document);
      expect(codes(decomposed.diagnostics)).toEqual(codes(composed.diagnostics));
    }
  });

  it("reads a follow-up and minutes whose lines end in an empty cell (a trailing tab, as a Word table's empty last column leaves) as without it", () => {
    // A plan's text is not in the list: there a line of one cell and a tab is a headerless
    // timetable's row ("Løbende\t"), which a paragraph with a trailing tab cannot be told from.
    const minutes = seed("referater-lejre-2017.txt");
    for (const text of [followUp, minutes]) {
      const plain = importDocument(text);
      const tabbed = importDocument(text.replace(/\n/g, "\t\n"));
      expect(tabbed.document).toEqual(plain.document);
      expect(codes(tabbed.diagnostics)).toEqual(codes(plain.diagnostics));
    }
  });

  it("leaves prose with a double space after a full stop alone", () => {
    const { diagnostics } = importPlanText(
      "Plan\n\nEt notat.  Med to mellemrum.\n\nDato\tAktivitet\n8. maj 2017\tMøde\n",
    );
    expect(codes(diagnostics)).not.toContain("import.columns-recovered");
  });
});

/** No document, and the error that nothing of `kind` was understood. */
function expectNothingUnderstood({ document, diagnostics }: ImportResult<unknown>, kind: string): void {
  expect(document).toBeNull();
  expect(diagnostics).toContainEqual(
    expect.objectContaining({ level: "error", code: "import.nothing-understood", params: { kind } }),
  );
}

describe("nothing understood is an error, not a success", () => {
  it("gives no follow-up, and an error, for text with no initiative", () => {
    const text = "Opfølgning på budgetaftale 2017\n\nMilepæl\tNoget\t1. budgetopfølgning\t☺\n";
    expectNothingUnderstood(importFollowUpText(text), "initiatives");
  });

  it("gives no plan, and an error, for a CSV with a header and no rows", () => {
    expectNothingUnderstood(importPlanCsv("Dato;Aktivitet\r\n"), "activities");
  });

  it("gives no follow-up, and an error, for a follow-up CSV with no initiative", () => {
    expectNothingUnderstood(importFollowUpCsv("Indsats;Runde;Milepæl: status\r\n;;\r\n"), "initiatives");
  });

  it("warns about a follow-up without milestones or economy lines, and still reads it", () => {
    const text =
      "Opfølgning 2017\n\n5. Erhverv\n5.01. Et initiativ\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley\nBeskrivelse\tAnsvarligt center: X\n";
    const { document, diagnostics } = importFollowUpText(text);
    expect(document?.sections[0]?.initiatives).toHaveLength(1);
    expect(diagnostics.filter((found) => found.level === "warning").map((found) => found.code)).toEqual(
      expect.arrayContaining(["import.no-milestones", "import.no-economy"]),
    );
  });
});

describe("smileys and statuses said where they stand", () => {
  it("reads Word's Wingdings letters J, K, L as smileys where a smiley belongs", () => {
    const text = followUp.replace(
      "Milepæl\tAfklaring med staten pågår.\t1. budgetopfølgning 2017\t☺",
      "Milepæl\tAfklaring med staten pågår.\t1. budgetopfølgning 2017\tK",
    );
    expect(text).not.toBe(followUp);
    const { document, diagnostics } = importFollowUpText(text);
    expect(document?.sections[0]?.initiatives[0]?.milestones[0]?.status).toBe("yellow");
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: "import.wingdings-smiley",
        line: 44,
        params: { letter: "K", symbol: "😐" },
      }),
    );
    expect(codes(diagnostics)).not.toContain("import.unknown-smiley");
  });

  it("reports an economy line with 😐 at its line, keeping yellow", () => {
    const text = followUp.replace(
      "Økonomi\tDer er ikke særskilt økonomisk effekt.\t\t",
      "Økonomi\tDer er ikke særskilt økonomisk effekt.\t\t😐",
    );
    const { document, diagnostics } = importFollowUpText(text);
    expect(document?.sections[0]?.initiatives[0]?.economy?.status).toBe("yellow");
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ level: "warning", code: "rules.economy-level-undefined", line: 48 }),
    );
  });

  it("reports an economy status gul in a follow-up CSV at its row", () => {
    const csv = "Indsats;Runde;Milepæl: status;Økonomi;Økonomi: status\r\nA;r1;grøn;Budget;gul\r\n";
    const { diagnostics } = importFollowUpCsv(csv, { year: 2017 });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: "rules.economy-level-undefined", line: 2 }),
    );
  });
});

describe("tables copied or without a year", () => {
  it("warns once, with the count, about a row copied 8,000 times", () => {
    const row = "A;r1;Møde holdt;grøn\r\n";
    const csv = `Indsats;Runde;Milepæl;Milepæl: status\r\n${row.repeat(8001)}`;
    const { document, diagnostics } = importFollowUpCsv(csv, { year: 2017 });
    expect(document?.sections[0]?.initiatives[0]?.milestones).toHaveLength(8001);
    const copies = diagnostics.filter((found) => found.code === "import.duplicate-rows");
    expect(copies).toEqual([
      expect.objectContaining({ level: "warning", line: 3, params: { first: 2, count: 8000 } }),
    ]);
  });

  it("warns about copied rows in a plan's CSV", () => {
    const { diagnostics } = importPlanCsv("Dato;Aktivitet\r\n8. maj 2017;Møde\r\n8. maj 2017;Møde\r\n");
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "import.duplicate-rows", line: 3 }));
  });

  it("takes a plan CSV's year from its other date cells and says so", () => {
    const csv = "Dato;Aktivitet\r\n8. maj 2017;Kick-off\r\nPrimo juni;Workshop\r\n";
    const { document, diagnostics } = importPlanCsv(csv);
    expect(document?.activities[1]?.date).toMatchObject({ start: "2017-06-01", end: "2017-06-10" });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        level: "info",
        code: "import.year-inferred",
        params: expect.objectContaining({ year: 2017 }),
      }),
    );
  });

  it("takes a plan CSV's year and title from the title row Excel keeps above the table", () => {
    const csv = "Kommunikationsplan 2017;;\r\n;;\r\nDato;Aktivitet;Målgruppe\r\nPrimo marts;Møde;Ledere\r\n";
    const { document, diagnostics } = importDocument(csv);
    expect(document).toMatchObject({
      type: "plan",
      metadata: { title: "Kommunikationsplan 2017", year: 2017 },
      activities: [{ date: { start: "2017-03-01" }, title: "Møde", participants: "Ledere" }],
    });
    expect(codes(diagnostics)).toContain("import.year-inferred");
    expect(codes(diagnostics)).not.toContain("import.missing-column");
  });

  it("refuses a year written with fewer than four digits instead of moving it to the 1900s", () => {
    expect(parseDanishDate("8. maj 0017")).toMatchObject({ ok: false, reason: "impossible-date" });
    expect(parseDanishDate("13.12.0017")).toMatchObject({ ok: false, reason: "impossible-date" });
    const { document, diagnostics } = importPlanCsv("Dato;Aktivitet\r\n8. maj 0017;Møde\r\n");
    expect(document?.activities[0]?.date).toMatchObject({ text: "8. maj 0017", kind: null });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: "import.date-not-understood", line: 2 }),
    );
  });
});

describe("columns named like JavaScript's own properties", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "reports a plan CSV column named %s as unknown and keeps its cells as tags, with a mapping or without",
    (name) => {
      const csv = `Dato;Aktivitet;${name}\r\n8. maj 2017;Møde;x\r\n`;
      expect(importPlanCsv(csv, { columns: { Titel: "title" } }).document?.activities[0]?.tags).toEqual([
        `${name}: x`,
      ]);
      const { document, diagnostics } = importPlanCsv(csv);
      expect(diagnostics).toContainEqual(
        expect.objectContaining({ code: "import.unknown-column", params: { column: name } }),
      );
      expect(document?.activities[0]?.tags).toEqual([`${name}: x`]);
    },
  );

  it("reports such a column in a plan's text table as unknown too", () => {
    const { diagnostics } = importPlanText("Plan\n\nDato\tAktivitet\tconstructor\n8. maj 2017\tMøde\tx\n");
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: "import.unknown-column", params: { column: "constructor" } }),
    );
  });
});
