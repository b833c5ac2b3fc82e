// Every seed document, as Word would hold it (test/office/*.docx, made by make-fixtures.mjs from
// the text seeds), imports to the same document as its text. What differs is what the text lost:
// the sad faces on milestones, yellow or red, which the text shows as one ☹ and Word tells apart.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../diagnostics/messages";
import { generateFollowUpText } from "../../fixtures/generate";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import { importDocument } from "../importDocument";
import { importDocx } from "./importDocx";
import { textToWordFile } from "./testing";

const office = (name: string) => new URL(`../../../test/office/${name}`, import.meta.url);
const seed = (name: string) =>
  readFileSync(new URL(`../../../test/seeds/${name}.txt`, import.meta.url), "utf8");
const manifest = JSON.parse(readFileSync(office("manifest.json"), "utf8")) as {
  sadMilestones: string[];
  smileys: number;
};

const plans = [
  "implementeringsplan-vision-2029",
  "kommunikationsplan-2017",
  "introduktionsprogram-kb-2018-2021",
];
const followUp = "budgetopfoelgning-2017-3-del1";

describe("importDocx on the seed documents", () => {
  it.each(plans)("reads %s.docx as the same plan as its text", (name) => {
    const fromWord = importDocx(new Uint8Array(readFileSync(office(`${name}.docx`))));
    const fromText = importDocument(seed(name));
    expect(fromWord.document).not.toBeNull();
    expect(fromWord.document).toEqual(fromText.document);
  });

  it("reads the follow-up's .docx as its text, with yellow and red faces told apart", () => {
    const fromWord = importDocx(new Uint8Array(readFileSync(office(`${followUp}.docx`))));
    const fromText = importDocument(seed(followUp));
    const word = fromWord.document as BudgetFollowUp;
    const text = fromText.document as BudgetFollowUp;
    // The one difference: where the text has a guessed red ☹, Word has the colour the author chose.
    const chosen = [...manifest.sadMilestones];
    const expected = structuredClone(text);
    for (const section of expected.sections)
      for (const initiative of section.initiatives)
        for (const milestone of initiative.milestones) {
          if (!milestone.statusGuessed) continue;
          delete milestone.statusGuessed;
          milestone.status = chosen.shift() as "yellow" | "red";
        }
    expect(chosen).toEqual([]);
    expect(word).toEqual(expected);
    const statuses = word.sections.flatMap((section) =>
      section.initiatives.flatMap((initiative) => initiative.milestones.map((milestone) => milestone.status)),
    );
    expect(statuses).toContain("yellow");
    expect(statuses).toContain("red");
    expect(fromWord.diagnostics.some((found) => found.code === "import.smiley-guessed")).toBe(false);
  });

  it("reports every smiley of the follow-up with its source and cell", () => {
    const { diagnostics } = importDocx(new Uint8Array(readFileSync(office(`${followUp}.docx`))));
    const smileys = diagnostics.filter((found) => found.code === "import.smiley-read");
    // One for every face of the text seed: the cells', the reading guide's, every one.
    expect(smileys).toHaveLength([...seed(followUp).matchAll(/☺|☹|😊/gu)].length);
    const sources = smileys.map((found) => String(found.params.source));
    for (const source of [
      "Wingdings F04A",
      "Wingdings F04C",
      "🙂 (U+1F642)",
      "billede: Grøn smiley",
      "farve FFC000",
    ])
      expect(sources.some((text) => text.includes(source))).toBe(true);
    const inTable = smileys.find((found) => found.location?.table !== undefined);
    expect(formatDiagnostic(inTable as (typeof smileys)[number], "da")).toMatch(
      /^tabel \d+, række \d+, celle 4: info: Smiley læst som (grøn|gul|rød) ud fra /,
    );
  });

  it("points the text importers' findings at a Word table and row instead of a line", () => {
    const { diagnostics } = importDocx(new Uint8Array(readFileSync(office(`${followUp}.docx`))));
    const located = diagnostics.filter((found) => found.code === "import.round-cut-off-assumed");
    expect(located.length).toBeGreaterThan(0);
    for (const found of located) {
      expect(found.line).toBeUndefined();
      expect(found.location).toMatchObject({ table: 1 });
    }
    expect(formatDiagnostic(located[0] as (typeof located)[number], "en")).toMatch(/^table 1, row 3: info: /);
  });
});

describe("importDocx on generated documents", () => {
  it("reads any generated follow-up as Word holds it as the same document as its text", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 12 }),
        (seedNumber, initiatives) => {
          const text = generateFollowUpText({ initiatives, seed: seedNumber });
          const fromText = importDocument(text).document as BudgetFollowUp;
          const fromWord = importDocx(textToWordFile(text)).document as BudgetFollowUp;
          // Word tells the faces apart: what the text guessed red, Word knows (here: L, red).
          for (const section of fromText.sections)
            for (const initiative of section.initiatives)
              for (const milestone of initiative.milestones) delete milestone.statusGuessed;
          expect(fromWord).toEqual(fromText);
        },
      ),
      { numRuns: 40 },
    );
  });
});
