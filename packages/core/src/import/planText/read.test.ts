import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Diagnostic, hasErrors } from "../../diagnostics/diagnostic";
import { diagnosticMessage } from "../../diagnostics/messages";
import { communicationPlan2017 } from "../../fixtures/communicationPlan2017";
import { implementationPlan2017 } from "../../fixtures/implementationPlan2017";
import { introductionProgramme2018 } from "../../fixtures/introductionProgramme2018";
import { validateDocument } from "../../model/document.schema";
import { planDocumentSchema } from "../../model/plan.schema";
import { linesOutside } from "../shared/importProperties.arbitrary";
import { importPlanText } from "./read";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test/seeds");
const seed = (name: string) => readFileSync(path.join(seeds, name), "utf8");

describe("importPlanText on the seeds", () => {
  it.each([
    ["implementeringsplan-vision-2029.txt", implementationPlan2017],
    ["kommunikationsplan-2017.txt", communicationPlan2017],
    ["introduktionsprogram-kb-2018-2021.txt", introductionProgramme2018],
  ])("reads %s as the hand-checked document", (name, fixture) => {
    const { document } = importPlanText(seed(name));
    expect(document).toEqual(fixture);
    expect(planDocumentSchema.safeParse(document).success).toBe(true);
  });

  it("reads bullets Word's autoformat wrote with an en dash ('– Juridiske rammer') as bullets written with a hyphen", () => {
    const text = seed("introduktionsprogram-kb-2018-2021.txt");
    expect(text).toMatch(/^ {2}- /m);
    const { document } = importPlanText(text.replace(/^( *)- /gm, "$1– "));
    expect(document).toEqual(introductionProgramme2018);
  });

  it("reads bullets as Word copies them to text ('•' or its Symbol character U+F0B7 and a tab, '·') as bullets, not table rows", () => {
    const text = seed("introduktionsprogram-kb-2018-2021.txt");
    for (const bullet of ["$1•\t", "$1\uf0b7\t", "$1· "]) {
      // The bullets only, not a pipe table's separator row ("- | - | -").
      const { document } = importPlanText(text.replace(/^( *)- (?=[\p{L}*])/gmu, bullet));
      expect(document).toEqual(introductionProgramme2018);
    }
  });

  it("reads a track's numbered items as Word copies them to text ('1.' or 'b)' and a tab), or as the Word reader writes them ('- 1. '), as its bullets", () => {
    const text = seed("introduktionsprogram-kb-2018-2021.txt");
    let number = 0;
    for (const write of [
      () => `${++number}.\t`,
      () => `${String.fromCharCode(97 + (number++ % 26))})\t`,
      () => `- ${++number}. `,
    ]) {
      number = 0;
      // The bold-titled items of the tracks, numbered instead of bulleted.
      const { document } = importPlanText(text.replace(/^- (?=\*\*)/gm, write));
      expect(document).toEqual(introductionProgramme2018);
    }
  });

  it.each([
    [
      "whose first cell is a number and that has more cells",
      "Nr.\tDato\tAktivitet\n1.\t8. maj 2017\tKick-off\n2.\t9. maj 2017\tWorkshop",
      "Workshop",
    ],
    // A plan with a column of numbers and an activity not named yet.
    [
      "of a number, an empty cell and a date",
      "Nr.\tAktivitet\tDato\n1.\tKick-off\t8. maj 2017\n2.\t\t9. maj 2017",
      "",
    ],
  ])("keeps a table row %s as a table row, not a numbered item", (_, rows, secondTitle) => {
    const { document } = importPlanText(`Plan 2017\n\n${rows}\n`);
    expect(document?.activities.map((activity) => [activity.title, activity.date.start])).toEqual([
      ["Kick-off", "2017-05-08"],
      [secondTitle, "2017-05-09"],
    ]);
  });

  it("puts the seeds' activities where a Danish reader would", () => {
    const byTitle = (title: string) =>
      implementationPlan2017.activities.find((a) => a.title.startsWith(title));
    expect(byTitle("Udviklingsarbejde")?.date).toMatchObject({ start: "2017-09-01", end: "2018-02-28" });
    expect(communicationPlan2017.activities[11]?.date).toMatchObject({
      text: "Primo marts",
      start: "2017-03-01",
      end: "2017-03-10",
    });
  });
});

describe("importPlanText", () => {
  it("joins a row continued after a page break, and a word hyphenated across it", () => {
    const text =
      "Titel\n\nDato\tAktivitet\tMålgruppe\n21. maj 2017\tCykeltur\tÅben invitation i Bal-\n\n\n\t\tlerup Bladet\n";
    const { document } = importPlanText(text);
    expect(document?.activities).toHaveLength(1);
    expect(document?.activities[0]?.participants).toBe("Åben invitation i Ballerup Bladet");
  });

  it("says when a line of several cells without a date is joined to the row above, which may be an activity of its own", () => {
    const { document, diagnostics } = importPlanText(
      "Plan 2017\n\nDato\tTema\tAktivitet\tMålgruppe\n8. maj\tFormidling\tMøde\tChefgruppen\n\tFormidling\tWorkshop\tLedere\n",
    );
    expect(document?.activities).toHaveLength(1);
    expect(diagnostics.filter((d) => d.code === "import.row-joined")).toMatchObject([
      { level: "info", line: 5 },
    ]);
  });

  it("keeps the hyphen before 'og' when a cell is split there", () => {
    const text = "Titel\n\nDato\tAktivitet\n4. maj 2017\tMøde om Børne-\n\tog Ungestrategien\n";
    expect(importPlanText(text).document?.activities[0]?.title).toBe("Møde om Børne- og Ungestrategien");
  });

  it("maps English column names and an explicit mapping", () => {
    const english = importPlanText("Plan\n\nDate\tActivity\tTarget group\n8. maj 2017\tKick-off\tAlle\n");
    expect(english.document?.activities[0]).toMatchObject({ title: "Kick-off", participants: "Alle" });
    const mapped = importPlanText("Plan\n\nDato\tHvornår mødes vi\tHvem\n8. maj 2017\tKick-off\tAlle\n", {
      columns: { "Hvornår mødes vi": "title" },
    });
    expect(mapped.document?.activities[0]).toMatchObject({ title: "Kick-off", participants: "Alle" });
  });

  it("reads a column named with its optional plural in parentheses ('Målgruppe(r)', 'Ansvarlig(e)') as that column", () => {
    const { document, diagnostics } = importPlanText(
      "Plan\n\nHvornår\tAktivitet\tMålgruppe(r)\tAnsvarlig(e)\n8. maj 2017\tMøde\tLedere\tHR\n",
    );
    expect(document?.activities[0]).toMatchObject({
      title: "Møde",
      participants: "Ledere",
      responsible: "HR",
    });
    expect(document?.activities[0]?.tags).toEqual([]);
    expect(diagnostics.some((d) => d.code === "import.unknown-column")).toBe(false);
  });

  it("finds the header of a plan that calls its date column 'Tidsplan', and reads no header cell as a date", () => {
    const { document } = importPlanText(
      "Plan\n\nAktivitet\tTidsplan\tMålgruppe\nMøde\t8. maj 2017\tLedere\n",
    );
    expect(document?.activities).toHaveLength(1);
    expect(document?.activities[0]).toMatchObject({ title: "Møde", participants: "Ledere" });
    expect(document?.activities[0]?.date).toMatchObject({ text: "8. maj 2017", start: "2017-05-08" });
  });

  it("reads a header row repeated on each printed page (Word's repeated header row, in a PDF) as the header, not as an activity", () => {
    const { document, diagnostics } = importPlanText(
      "Kommunikationsplan 2017\n\nDato\tAktivitet\tMålgruppe\n8. maj\tMøde\tLedere\n\nSide 1 af 2\n\n**Dato**\tAktivitet\tMålgruppe\n9. maj\tKursus\tAlle\n",
    );
    expect(document?.activities.map((activity) => activity.title)).toEqual(["Møde", "Kursus"]);
    expect(diagnostics.filter((d) => d.code !== "import.year-inferred")).toMatchObject([
      { level: "info", code: "import.header-repeated", line: 8 },
    ]);
  });

  it("keeps columns it does not know as tags and says so", () => {
    const { document, diagnostics } = importPlanText(
      "Plan\n\nDato\tAktivitet\tSted\n8. maj 2017\tMøde\tRådhuset\n",
    );
    expect(document?.activities[0]?.tags).toEqual(["Sted: Rådhuset"]);
    expect(diagnostics.find((d) => d.code === "import.unknown-column")).toMatchObject({
      line: 3,
      params: { column: "Sted" },
    });
  });

  it("keeps a date it does not understand, with a warning on its line", () => {
    const { document, diagnostics } = importPlanText("Plan\n\nDato\tAktivitet\n30. februar 2018\tMøde\n");
    expect(document?.activities[0]?.date).toMatchObject({
      text: "30. februar 2018",
      kind: null,
      reason: "impossible-date",
    });
    expect(diagnostics.find((d) => d.code === "import.date-not-understood")?.line).toBe(4);
  });

  it("sanitises HTML in cells", () => {
    const { document } = importPlanText(
      'Plan\n\nDato\tAktivitet\n8. maj 2017\tMøde <ul><li onclick="x()">punkt<script>alert(1)</script></li></ul>\n',
    );
    expect(document?.activities[0]).toMatchObject({ title: "Møde", description: "<ul><li>punkt</li></ul>" });
  });

  it("reports a text with no table as an error and makes no plan of it", () => {
    const { document, diagnostics } = importPlanText("Et notat\n\nBare tekst her.\n");
    expect(diagnostics.some((d) => d.code === "import.no-table" && d.level === "error")).toBe(true);
    expect(document).toBeNull();
  });

  it("refuses tab-separated text with no title and no date it understood, and says why", () => {
    const { document, diagnostics } = importPlanText("Indsats\tMilepæl\nNavn\tAfdeling\n");
    expect(document).toBeNull();
    const refusal = diagnostics.find((d) => d.code === "import.nothing-understood");
    expect(refusal?.level).toBe("error");
    expect(diagnosticMessage(refusal as Diagnostic, "da")).toMatch(/hverken en titel eller en eneste dato/);
  });

  it("still reads rows without a single date when the text has a title (undated plans exist)", () => {
    const { document } = importPlanText("Introforløb\n\nHvornår\tAktivitet\nEfter aftale\tMentor\n");
    expect(document?.activities.map((activity) => activity.title)).toEqual(["Mentor"]);
  });

  it("never throws on any text, and points every diagnostic at a real line", () => {
    const pieces = [
      "Dato\tAktivitet",
      "8. maj\tMøde",
      "\t\tfortsat",
      "| 1. maj | x |",
      "- **Navn:** tekst (8. maj 2018)",
      "## Ad 1) Spor",
      "  - under",
      "<ul>",
      "Løbende\t",
      "\t",
      "#",
      "* ",
    ];
    const planish = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(fc.oneof(fc.string(), planish), (text) => {
        const { document, diagnostics } = importPlanText(text);
        expect(linesOutside(text, diagnostics)).toEqual([]);
        if (document !== null) expect(planDocumentSchema.safeParse(document).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("importPlanText on adversarial input (wt-plan-text)", () => {
  it("reports a row's many extra cells once, with their number and the row's text cut short", () => {
    const row = `8. maj 2017\tMøde\tAlle\tLeder\t${"x\t".repeat(5_000)}`;
    const { document, diagnostics } = importPlanText(`Plan 2017\n\n${row}\n`);
    const extra = diagnostics.filter((d) => d.code === "import.extra-cells");
    expect(extra).toHaveLength(1);
    expect(extra[0]).toMatchObject({ level: "warning", line: 3, params: { count: 5_001 } });
    expect(extra[0]?.raw?.startsWith("8. maj 2017\tMøde")).toBe(true);
    expect(extra[0]?.raw?.length).toBeLessThanOrEqual(1_001);
    // The cells themselves are kept in the activity's description.
    expect(document?.activities[0]?.description?.split("x").length).toBe(5_001);
  });

  it("reports a header's many unknown columns once", () => {
    const header = `Dato\tAktivitet\t${Array.from({ length: 1_000 }, (_, index) => `K${index}`).join("\t")}`;
    const { diagnostics } = importPlanText(`Plan 2017\n\n${header}\n8. maj\tMøde\n`);
    expect(diagnostics.filter((d) => d.code === "import.unknown-column")).toEqual([]);
    expect(diagnostics.filter((d) => d.code === "import.unknown-columns")).toMatchObject([
      { level: "info", line: 3, params: { count: 1_000 } },
    ]);
  });

  it("gives a track heading that repeats an id of its own, and the document still validates", () => {
    const text = seed("introduktionsprogram-kb-2018-2021.txt");
    const second = text.indexOf("## Ad 3)");
    const repeated = `${text.slice(0, second)}## Ad 2) Introforløb for den samlede nye kommunalbestyrelse (fortsat)\n\n- **Temamøde:** Om budgettet (8. maj 2018)\n\n${text.slice(second)}`;
    const { document } = importPlanText(repeated);
    const ids = document?.tracks.map((track) => track.id) ?? [];
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids.filter((id) => id.startsWith("ad-2"))).toEqual(["ad-2", "ad-2-2"]);
    expect(document?.activities.find((a) => a.title === "Temamøde")?.track).toBe("ad-2-2");
    expect(hasErrors(validateDocument(document).diagnostics)).toBe(false);
  });
});

describe("importPlanText and a track's activities in a table", () => {
  it("reads a table under a track's heading as the track's activities, and a table after its items as none of its", () => {
    const header = "Tid\tAktivitet\tDeltagerkreds";
    const text = [
      "Introduktionsprogram 2018",
      "## Ad 1) Introforløb for nye medlemmer",
      "Forløbet består af:",
      header,
      "3.1.2018\tInformationsmøde om IT\tNye medlemmer",
      "## Ad 2) Introforløb for udvalgene",
      "- **Temamøde:** Om budgettet (8. maj 2018)",
      header,
      "Juni 2018\tOpfølgning\tAlle",
    ].join("\n");
    const plan = importPlanText(text).document;
    expect(plan?.activities.map((activity) => [activity.title, activity.track ?? null])).toEqual([
      ["Informationsmøde om IT", "ad-1"],
      ["Temamøde", "ad-2"],
      ["Opfølgning", null],
    ]);
  });
});

describe("importPlanText and the year of a plan named by it (wt-plan-text)", () => {
  it.each(["Kommunikationsplan 2017", "Handleplan 2017"])(
    "reads dates without a year in %s's year",
    (title) => {
      const { document, diagnostics } = importPlanText(
        `${title}\n\nDato\tAktivitet\tMålgruppe\n4. januar\tMøde\tAlle\n`,
      );
      expect(document?.activities[0]?.date).toMatchObject({ kind: "day", start: "2017-01-04" });
      expect(document?.metadata.year).toBe(2017);
      expect(diagnostics.find((d) => d.code === "import.year-inferred")?.params).toEqual({
        year: 2017,
        source: `"${title.toLowerCase()}"`,
      });
      expect(diagnostics.filter((d) => d.code === "import.date-not-understood")).toEqual([]);
    },
  );

  it("reports a date it cannot place once for its line, also when the row continues after a page break", () => {
    const { document, diagnostics } = importPlanText(
      "Plan\n\nDato\tAktivitet\tMålgruppe\n4. januar\tMøde\tAlle\n\tog frokost\t\n",
    );
    expect(document?.activities[0]?.title).toBe("Møde og frokost");
    expect(diagnostics.filter((d) => d.line === 4).map((d) => d.code)).toEqual([
      "import.date-not-understood",
    ]);
  });
});

describe("importPlanText and a header row as Word writes it (wt-plan-text)", () => {
  it.each([
    [
      "bold as HTML",
      "<strong>Tid</strong>\t<strong>Tema</strong>\t<strong>Aktivitet</strong>\t<strong>Sted</strong>",
    ],
    ["bold as Markdown", "**Tid**\t**Tema**\t**Aktivitet**\t**Sted**"],
    ["names with a colon", "Dato:\tTema:\tAktivitet:\tSted:"],
    ["a pipe table", "| **Tid** | Tema | Aktivitet | Sted |\n|---|---|---|---|"],
  ])("recognises the header row with %s", (_, header) => {
    const row = header.startsWith("|") ? "| 8. maj | A | B | Rådhuset |" : "8. maj\tA\tB\tRådhuset";
    const { document, diagnostics } = importPlanText(`Plan i 2017\n\n${header}\n${row}\n`);
    expect(document?.activities).toHaveLength(1);
    expect(document?.activities[0]).toMatchObject({
      date: { start: "2017-05-08" },
      theme: "A",
      title: "B",
      tags: ["Sted: Rådhuset"],
    });
    expect(diagnostics.filter((d) => d.level !== "info")).toEqual([]);
    expect(diagnostics.find((d) => d.code === "import.unknown-column")?.params).toEqual({ column: "Sted" });
  });
});

describe("importPlanText on a long line of cells (wt-plan-text)", () => {
  it("shows each diagnostic's row cut short", () => {
    const { diagnostics } = importPlanText(`Plan 2017\n\n${"a\t".repeat(10_000)}\n`);
    expect(diagnostics.length).toBeLessThan(10);
    for (const found of diagnostics) expect(found.raw?.length ?? 0).toBeLessThanOrEqual(1_001);
  });
});
