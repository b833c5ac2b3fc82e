import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../diagnostics/diagnostic";
import { formatDiagnostic } from "../../diagnostics/messages";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import { importFollowUpText } from "./read";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test/seeds");
const seedLines = readFileSync(path.join(seeds, "budgetopfoelgning-2017-3-del1.txt"), "utf8").split("\n");
/** The seed with `lines` put in before its line `at` (1-based). */
const seedWith = (at: number, ...lines: string[]) =>
  [...seedLines.slice(0, at - 1), ...lines, ...seedLines.slice(at - 1)].join("\n");
/** A finding as the user reads it, in Danish and in English. */
const inBothLanguages = (finding: Diagnostic) => ({
  da: formatDiagnostic(finding, "da"),
  en: formatDiagnostic(finding, "en"),
});
const preambleFindings = (text: string) =>
  importFollowUpText(text).diagnostics.filter(
    (found) => found.code === "import.preamble-ignored" || found.code === "import.reading-guide-standard",
  );

const table = [
  "1. Afsnit",
  "1.01. Indsats\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
  "Beskrivelse\tAnsvarligt center: Økonomi",
  "Milepæl\tAnalysen er lavet.\t1. budgetopfølgning 2017\t☺",
  "Økonomi\tIngen effekt.\t\t☺",
].join("\n");

describe("importFollowUpText: the text before the first section", () => {
  it("reports a municipality's note before the first section with its line and text", () => {
    const note = "NB: Denne opfølgning bruger gul for forsinkede milepæle.";
    const { document, diagnostics } = importFollowUpText(
      `Dato: 27. oktober 2017\n\nOpfølgning på budget 2017\n\n${note}\n\n${table}`,
    );
    expect(diagnostics.filter((found) => found.code === "import.preamble-ignored")).toEqual([
      { level: "warning", code: "import.preamble-ignored", path: [], params: {}, line: 5, raw: note },
    ]);
    expect(document?.sections[0]?.initiatives[0]?.title).toBe("Indsats");
  });

  it("reports a municipality's own 'Sammenfatning' after the standard guide (only milepael's paper's is its own data)", () => {
    const note = "Kommunalbestyrelsen bedes bemærke, at økonomien i 7.03 er ændret.";
    const firstSection = seedLines.findIndex((line) => line.startsWith("5. ")) + 1;
    const found = preambleFindings(seedWith(firstSection, "Sammenfatning", "", note, ""));
    expect(found.map((finding) => [finding.code, finding.raw])).toEqual([
      ["import.reading-guide-standard", expect.any(String)],
      ["import.preamble-ignored", "Sammenfatning"],
      ["import.preamble-ignored", note],
    ]);
  });

  it("reports a paragraph of several lines once, and each paragraph on its own", () => {
    const text = `Opfølgning på budget 2017\nFørste linje i en note\nanden linje i samme note\n\nEn ny note\n${table}`;
    expect(preambleFindings(text).map(({ level, line, raw }) => ({ level, line, raw }))).toEqual([
      { level: "warning", line: 2, raw: "Første linje i en note\nanden linje i samme note" },
      { level: "warning", line: 5, raw: "En ny note" },
    ]);
  });

  it("recognises the seed's standard reading guide and reports it once, briefly", () => {
    const { document, diagnostics } = importFollowUpText(seedLines.join("\n"));
    expect(document).toEqual(budgetFollowUp2017);
    expect(preambleFindings(seedLines.join("\n"))).toEqual([
      {
        level: "info",
        code: "import.reading-guide-standard",
        path: [],
        params: {},
        line: 17,
        raw: "Læsevejledning",
      },
    ]);
    const guide = diagnostics.find((found) => found.code === "import.reading-guide-standard");
    expect(inBothLanguages(guide!)).toEqual({
      da: "17: info: Her begynder dokumentets læsevejledning, og den er den almindelige (smileys på indsats og økonomi). Den er ikke gemt som tekst, for dens regler er milepaels standard; tekst i den, der afviger, er meldt for sig.",
      en: "17: info: The document's reading guide starts here, and it is the standard one (smileys for initiatives and economy). It is not kept as text, since its rules are milepael's default; text in it that differs is reported on its own.",
    });
  });

  it("reports a note put into the standard reading guide, and still the guide once", () => {
    const note = "NB: Denne opfølgning bruger gul for forsinkede milepæle.";
    const text = seedWith(26, note, "");
    const { document } = importFollowUpText(text);
    expect(document).toEqual(budgetFollowUp2017);
    expect(preambleFindings(text).map(({ level, code, line, raw }) => ({ level, code, line, raw }))).toEqual([
      { level: "info", code: "import.reading-guide-standard", line: 17, raw: "Læsevejledning" },
      { level: "warning", code: "import.preamble-ignored", line: 26, raw: note },
    ]);
    const [, found] = preambleFindings(text);
    expect(inBothLanguages(found!)).toEqual({
      da: "26: advarsel: Teksten før det første afsnit indgår ikke i dokumentet; den er vist her. Kontrollér, om den ændrer, hvordan opfølgningen skal læses (fx hvad en smiley betyder).",
      en: "26: warning: The text before the first section is not part of the document; it is shown here. Check whether it changes how the follow-up is to be read (e.g. what a smiley means).",
    });
  });

  it("reports a definition the municipality worded its own way, and reads the rest as the standard guide", () => {
    const own = "- ☺: Milepælen er nået, eller arbejdet er afsluttet";
    const text = seedLines.map((line, index) => (index + 1 === 29 ? own : line)).join("\n");
    expect(preambleFindings(text).map(({ code, line, raw }) => ({ code, line, raw }))).toEqual([
      { code: "import.reading-guide-standard", line: 17, raw: "Læsevejledning" },
      { code: "import.preamble-ignored", line: 29, raw: own },
    ]);
  });

  it("recognises the standard guide of another year, with other smiley characters and markup", () => {
    const text = seedLines
      .map((line) => line.replaceAll("2017", "2019").replaceAll("☺", "😊"))
      .map((line, index) =>
        index + 1 === 19 ? `<p>${line}</p>` : index + 1 === 17 ? "## Læsevejledning" : line,
      )
      .join("\n");
    expect(preambleFindings(text).map(({ code, line }) => ({ code, line }))).toEqual([
      { code: "import.reading-guide-standard", line: 17 },
    ]);
  });

  it("recognises the standard guide saved from Word as Windows-1252 text, its smileys Wingdings letters", () => {
    const text = seedLines.map((line) => line.replace(/☺|😊/gu, "J").replace(/☹/gu, "L")).join("\n");
    expect(preambleFindings(text).map(({ code, line }) => ({ code, line }))).toEqual([
      { code: "import.reading-guide-standard", line: 17 },
    ]);
  });

  it("reports a reading guide of the municipality's own, heading and all", () => {
    const text = `Opfølgning på budget 2017\n\nLæsevejledning\n\nGrøn betyder, at alt går efter planen.\n\n${table}`;
    expect(preambleFindings(text).map(({ code, line, raw }) => ({ code, line, raw }))).toEqual([
      { code: "import.preamble-ignored", line: 3, raw: "Læsevejledning" },
      { code: "import.preamble-ignored", line: 5, raw: "Grøn betyder, at alt går efter planen." },
    ]);
  });
});
