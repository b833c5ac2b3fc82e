import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../diagnostics/messages";
import { sanitizeRichText } from "../richText/richText";
import { importDocx } from "./docx/importDocx";
import { paragraph, row, wordFile } from "./docx/testing";
import { importFollowUpCsv } from "./followUpCsv/read";
import { importFollowUpText } from "./followUpText/read";
import { importDocument } from "./importDocument";
import { importPlanCsv } from "./planCsv/read";
import { importPlanText } from "./planText/read";
import { csvLine } from "./shared/csv";
import type { ImportResult } from "./shared/result";

// CSV rich text (wt-html): what sanitising a cell removes is reported on the cell's line, with
// the column where the importer knows it, and the cell's text is kept.

const removals = (result: ImportResult<unknown>) =>
  result.diagnostics
    .filter((found) => found.code === "import.html-removed")
    .map(({ level, line, params, raw }) => ({ level, line, params, raw }));

const hostile = {
  script: "<p>Skolen bygges om.</p><script>alert(1)</script>",
  iframe: 'Skolen bygges om.<iframe src="https://example.com"></iframe>',
  onclick: '<p onclick="alert(1)">Skolen bygges <b onmouseover=alert(1)>om</b>.</p>',
};

/** A CSV file's text as Excel writes it: rows ended by CRLF. */
const csvText = (...rows: string[]) => rows.join("\r\n");
/** A CSV row of cells separated by semicolons, as milepael's exports write one (quoted where needed). */
const csvRow = (...cells: string[]) => csvLine(cells, ";");

describe("import.html-removed: what it says of the text", () => {
  it("says that what stood inside embedded content went with it, not that all the cell's text is kept", () => {
    const result = importPlanCsv(
      "Dato;Aktivitet;Beskrivelse\r\n8. maj 2017;Møde;Der er ikke <object>særskilt</object> økonomisk effekt.\r\n",
    );
    expect(result.document?.activities[0]?.description).toBe("Der er ikke økonomisk effekt.");
    const found = result.diagnostics.find((diagnostic) => diagnostic.code === "import.html-removed");
    expect(found && formatDiagnostic(found, "da")).toContain(
      "Cellens tekst er bevaret, undtagen hvad der stod inde i kode og indlejret indhold",
    );
  });
});

describe("import.html-removed in the follow-up CSV importer", () => {
  const csv = (description: string, notes = "") =>
    csvText(
      "Afsnit;Id;Indsats;Beskrivelse;Noter;Runde;Milepæl;Milepæl: status",
      "Skoler;5.03;Kildedal;Kort;;2017-1;Byggeri;Grøn",
      csvRow("Skoler", "5.04", "Måløv", description, notes, "2017-1", "Byggeri", "Grøn"),
    );
  const description = (result: ReturnType<typeof importFollowUpCsv>) =>
    result.document?.sections[0]?.initiatives[1]?.description;

  it.each([
    ["script", hostile.script, "script", "Skolen bygges om."],
    ["iframe", hostile.iframe, "iframe", "Skolen bygges om."],
    ["onclick", hostile.onclick, "onclick, onmouseover", "Skolen bygges <strong>om</strong>."],
  ])("reports a description's %s on its line and column, and keeps its text", (_, cell, elements, kept) => {
    const result = importFollowUpCsv(csv(cell), { year: 2017 });
    expect(removals(result)).toEqual([
      { level: "warning", line: 3, params: { elements, column: "Beskrivelse" }, raw: cell },
    ]);
    expect(description(result)).toBe(kept);
  });

  it("reports the notes column's removals apart from the description's", () => {
    const result = importFollowUpCsv(csv("Kort", hostile.iframe), { year: 2017 });
    expect(removals(result)).toEqual([
      { level: "warning", line: 3, params: { elements: "iframe", column: "Noter" }, raw: hostile.iframe },
    ]);
    expect(result.document?.sections[0]?.initiatives[1]?.notes).toBe("Skolen bygges om.");
  });

  it("says which column lost what, in Danish and English", () => {
    const [found] = importFollowUpCsv(csv(hostile.script), { year: 2017 }).diagnostics.filter(
      (diagnostic) => diagnostic.code === "import.html-removed",
    );
    expect(found && formatDiagnostic(found, "da")).toContain('i kolonnen "Beskrivelse": script');
    expect(found && formatDiagnostic(found, "en")).toContain('in the column "Beskrivelse": script');
  });

  it("reports what a milestone's and an economy line's text lose, on their line and column, and keeps the text", () => {
    const milestone = "Afklaring <b onclick=x>med</b> staten <iframe>SKJULT</iframe>";
    const economy = "<p>Merforbrug</p><script>alert(1)</script>";
    const text = csvText(
      "Afsnit;Id;Indsats;Runde;Milepæl;Milepæl: status;Økonomi;Økonomi: status",
      csvRow("Skoler", "5.03", "Kildedal", "2017-1", "Byggeri", "Grøn", "", ""),
      csvRow("Skoler", "5.04", "Måløv", "2017-1", milestone, "Grøn", economy, "Grøn"),
    );
    for (const result of [importFollowUpCsv(text, { year: 2017 }), importDocument(text, { year: 2017 })]) {
      expect(removals(result)).toEqual([
        {
          level: "warning",
          line: 3,
          params: { elements: "onclick, iframe", column: "Milepæl" },
          raw: milestone,
        },
        { level: "warning", line: 3, params: { elements: "script", column: "Økonomi" }, raw: economy },
      ]);
      const document = result.document;
      const initiative =
        document?.type === "budget-follow-up" ? document.sections[0]?.initiatives[1] : undefined;
      expect(initiative?.milestones[0]?.text).toBe("Afklaring <strong>med</strong> staten");
      expect(initiative?.economy?.text).toBe("Merforbrug");
    }
  });

  it("says nothing about a description with only the markup milepael keeps", () => {
    const result = importFollowUpCsv(csv("<p>a</p><ul><li>b</li></ul>"), { year: 2017 });
    expect(removals(result)).toEqual([]);
  });
});

describe("import.html-removed in the plan CSV importer", () => {
  const csv = (cell: string) =>
    csvText(
      "Dato;Aktivitet;Beskrivelse",
      "8. maj 2017;Kick-off;Kort",
      csvRow("9. maj 2017", "Møde", cell),
      "",
    );

  it.each([
    ["script", hostile.script, "script", "Skolen bygges om."],
    ["iframe", hostile.iframe, "iframe", "Skolen bygges om."],
    ["onclick", hostile.onclick, "onclick, onmouseover", "Skolen bygges <strong>om</strong>."],
  ])("reports a description's %s on its line and column, and keeps its text", (_, cell, elements, kept) => {
    for (const result of [importPlanCsv(csv(cell)), importDocument(csv(cell))]) {
      expect(removals(result)).toEqual([
        { level: "warning", line: 3, params: { elements, column: "Beskrivelse" }, raw: cell },
      ]);
      const document = result.document;
      expect(document?.type === "plan" && document.activities[1]?.description).toBe(kept);
    }
  });
});

describe("import.html-removed in a plan CSV's metadata block", () => {
  it("reports what the introduction and a track's description lose, on the block row's line, and keeps their text", () => {
    const introduction = "<p onclick=x>For at <iframe>SKJULT</iframe>lykkes</p>";
    const track = "Skoler<script>alert(1)</script>";
    const text = csvText(
      "Dato;Aktivitet;Spor",
      "8. maj 2017;Kick-off;s1",
      "#milepael;title;Kommunikationsplan 2017",
      csvRow("#milepael", "introduction", introduction),
      "#milepael;track;s1;A;Skolespor;Ingen markup & intet fjernet",
      csvRow("#milepael", "track", "s2", "B", "Dagtilbud", track),
    );
    for (const result of [importPlanCsv(text), importDocument(text)]) {
      expect(removals(result)).toEqual([
        { level: "warning", line: 4, params: { elements: "onclick, iframe" }, raw: introduction },
        { level: "warning", line: 6, params: { elements: "script" }, raw: track },
      ]);
      const document = result.document;
      expect(document?.type === "plan" && document.introduction).toBe("For at lykkes");
      expect(document?.type === "plan" && document.tracks.map((found) => found.description)).toEqual([
        "Ingen markup & intet fjernet",
        "Skoler",
      ]);
    }
  });
});

describe("import.html-removed in the plan text importer", () => {
  // A plan titled "Kommunikationsplan 2017" whose table (header and rows) starts on line 3.
  const planText = (...table: string[]) => ["Kommunikationsplan 2017", "", ...table].join("\n");

  it("reports what a table row's rich cells lose on the row's line, and keeps their text", () => {
    const text = planText(
      "Dato\tAktivitet\tBeskrivelse",
      "8. maj 2017\tKick-off\tKort",
      `9. maj 2017\tMøde <ul><li onclick="x()">Udlevering</li></ul>\t${hostile.iframe}`,
    );
    const result = importPlanText(text);
    expect(removals(result).map(({ line, params }) => [line, params.elements])).toEqual([
      [5, "onclick"],
      [5, "iframe"],
    ]);
    expect(result.document?.activities[1]?.description).toBe("<ul><li>Udlevering</li></ul>Skolen bygges om.");
  });

  it("reports what the document's title loses, on its line, and keeps its text", () => {
    const text = [
      "<p>Kommunikationsplan 2017<script>alert(1)</script></p>",
      "",
      "Dato\tAktivitet",
      "8. maj 2017\tKick-off",
    ].join("\n");
    const result = importPlanText(text);
    expect(removals(result).map(({ line, params, raw }) => [line, params.elements, raw])).toEqual([
      [1, "script", "<p>Kommunikationsplan 2017<script>alert(1)</script></p>"],
    ]);
    expect(result.document?.metadata.title).toBe("Kommunikationsplan 2017");
  });

  it("reports what the cells it reads as plain text lose (title, participants), and keeps their text", () => {
    const text = planText(
      "Dato\tAktivitet\tMålgruppe",
      "8. maj 2017\tKick-off<script>alert(1)</script>\t<p onclick=x()>Alle ledere</p>",
    );
    const result = importPlanText(text);
    expect(removals(result).map(({ line, params, raw }) => [line, params.elements, raw])).toEqual([
      [4, "onclick", "<p onclick=x()>Alle ledere</p>"],
      [4, "script", "Kick-off<script>alert(1)</script>"],
    ]);
    expect(result.document?.activities[0]).toMatchObject({ title: "Kick-off", participants: "Alle ledere" });
  });
});

describe("import.html-removed in the follow-up text importer", () => {
  const seed = readFileSync(
    path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      "../../test/seeds/budgetopfoelgning-2017-3-del1.txt",
    ),
    "utf8",
  );
  const lines = seed.split("\n");
  const lineOf = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix)) + 1;

  it("reports what a milestone's or an economy line's text loses, on its line, and keeps the text", () => {
    const milestone = "Milepæl\tAfklaring med staten pågår.";
    const economy = lines.find((line) => line.startsWith("Økonomi\t")) ?? "";
    const [label = "", economyText = "", ...rest] = economy.split("\t");
    const edited = seed
      .replace(milestone, `${milestone}<iframe src=x></iframe>`)
      .replace(economy, [label, `<p onclick=x()>${economyText}</p>`, ...rest].join("\t"));
    const result = importFollowUpText(edited);
    expect(removals(result).map(({ line, params }) => [line, params.elements])).toEqual([
      [lineOf(milestone), "iframe"],
      [lineOf(economy), "onclick"],
    ]);
    const initiative = result.document?.sections[0]?.initiatives[0];
    expect(initiative?.milestones[0]?.text).toBe("Afklaring med staten pågår.");
    expect(result.document).toEqual(importFollowUpText(seed).document);
  });

  it("reports what the title, a section heading and an initiative's title lose, on their lines, and keeps the text", () => {
    const title = "Tredje opfølgning på Aftale om budget 2017";
    const section = "5. Erhverv og Beskæftigelse";
    const initiative = "5.03. Udvikling af nyt erhvervsområde i Kildedal i Måløv";
    const edited = seed
      .replace(`\n${title}\n`, `\n<p onclick=x()>${title}</p>\n`)
      .replace(`\n${section}\n`, `\n${section}<script>alert(1)</script>\n`)
      .replace(`\n${initiative}\t`, `\n${initiative}<iframe src=x></iframe>\t`);
    const result = importFollowUpText(edited);
    expect(removals(result).map(({ line, params, raw }) => [line, params.elements, raw])).toEqual([
      [lineOf(title), "onclick", `<p onclick=x()>${title}</p>`],
      [lineOf(section), "script", `${section}<script>alert(1)</script>`],
      [lineOf(initiative), "iframe", `${initiative}<iframe src=x></iframe>`],
    ]);
    expect(result.document).toEqual(importFollowUpText(seed).document);
  });

  it("says nothing of the seed's titles and headings, which have no markup", () => {
    expect(removals(importFollowUpText(seed))).toEqual([]);
  });
});

describe("markup typed as text in a Word file", () => {
  it("stays text, escaped: the Word reader writes no markup of the author's, so nothing is removed", () => {
    const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const bytes = wordFile(
      `${paragraph("Kommunikationsplan 2017")}<w:tbl>${row("Dato", "Aktivitet", "Beskrivelse")}${row(
        "8. maj 2017",
        "Kick-off",
        xml(hostile.script),
      )}</w:tbl>`,
    );
    const result = importDocx(bytes);
    expect(removals(result)).toEqual([]);
    const document = result.document;
    expect(document?.type === "plan" && document.activities[0]?.description).toBe(
      "&lt;p&gt;Skolen bygges om.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
    );
  });
});

describe("sanitizeRichText's list of what it removed", () => {
  it("names event-handler attributes, each once, and not other attributes or quoted text", () => {
    expect(
      sanitizeRichText(
        '<p class="x" onclick="a()" title="b onload=c">Hej <b ONMOUSEOVER=d onclick=e>du</b><span onfocus=f>!</span></p>',
      ),
    ).toEqual({ html: "Hej <strong>du</strong>!", removed: ["onclick", "onmouseover", "onfocus"] });
  });
});
