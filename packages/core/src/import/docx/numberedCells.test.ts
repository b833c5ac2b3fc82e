import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { MeetingsDocument } from "../../model/meetings.schema";
import type { PlanDocument } from "../../model/plan.schema";
import { importDocx } from "./importDocx";
import {
  numberingLevel,
  numberingXml,
  paragraph,
  textToWordFile,
  withWordNumbers,
  wordFile,
} from "./testing";

/** A table cell of one paragraph of list `numId`. */
const numberedCell = (text: string, numId = "1") =>
  `<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
const plainCell = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`;

describe("importDocx: the numbers Word draws in table cells", () => {
  it("reads a follow-up whose initiatives are numbered by Word ('5.03.') with their numbers", () => {
    const text = readFileSync(
      new URL("../../../test/seeds/budgetopfoelgning-2017-3-del1.txt", import.meta.url),
      "utf8",
    );
    // Section 5's initiatives, "5.03. …" and "5.04. …", as a list numbered "5.%1." from 3.
    const bytes = withWordNumbers(text, /5\.0[34]\. /, numberingLevel(0, "decimalZero", "5.%1.", 3));
    const numbered = importDocx(bytes).document as BudgetFollowUp;
    const fromText = importDocx(textToWordFile(text)).document as BudgetFollowUp;
    const numbers = (followUp: BudgetFollowUp) =>
      followUp.sections[0]?.initiatives.map((initiative) => [initiative.number, initiative.title]);
    expect(numbers(numbered)).toEqual([
      ["5.03", "Udvikling af nyt erhvervsområde i Kildedal i Måløv"],
      ["5.04", "Dialog med erhvervslivet om håndværkerudbud 2018"],
    ]);
    expect(numbered.sections).toEqual(fromText.sections);
  });

  it("reads an initiative whose title cell Word styles as a bullet with its number and title", () => {
    const text = readFileSync(
      new URL("../../../test/seeds/budgetopfoelgning-2017-3-del1.txt", import.meta.url),
      "utf8",
    );
    // The numbers stay written; the paragraphs are items of a bulleted list.
    const bytes = withWordNumbers(text, /(?=5\.0[34]\. )/, numberingLevel(0, "bullet", "•"));
    const followUp = importDocx(bytes).document as BudgetFollowUp;
    expect(
      followUp.sections[0]?.initiatives.map((initiative) => [initiative.number, initiative.title]),
    ).toEqual([
      ["5.03", "Udvikling af nyt erhvervsområde i Kildedal i Måløv"],
      ["5.04", "Dialog med erhvervslivet om håndværkerudbud 2018"],
    ]);
  });

  it("reads a plan table whose first column Word numbers, and keeps the letters of a list in a cell", () => {
    // The points of a description as a list lettered "a)", "b)", which an <ol> would count 1, 2.
    const points = `<w:tc>${["Oplæg", "Drøftelse"]
      .map((point) => numberedCell(point, "2").replace(/<\/?w:tc>/g, ""))
      .join("")}</w:tc>`;
    const bytes = wordFile(
      [
        paragraph("Implementeringsplan 2017"),
        `<w:tbl><w:tr>${["Nr.", "Dato", "Aktivitet", "Beskrivelse"].map(plainCell).join("")}</w:tr>`,
        `<w:tr>${numberedCell("")}${plainCell("8. maj 2017")}${plainCell("Kick-off")}${points}</w:tr>`,
        `<w:tr>${numberedCell("")}${plainCell("9. maj 2017")}${plainCell("Workshop")}${plainCell("")}</w:tr></w:tbl>`,
      ].join(""),
      {
        "word/numbering.xml": numberingXml(
          { 0: numberingLevel(0, "decimal", "%1."), 1: numberingLevel(0, "lowerLetter", "%1)") },
          { 1: { abstract: "0" }, 2: { abstract: "1" } },
        ),
      },
    );
    const plan = importDocx(bytes).document as PlanDocument;
    expect(plan.activities.map((activity) => [activity.title, activity.date.start])).toEqual([
      ["Kick-off", "2017-05-08"],
      ["Workshop", "2017-05-09"],
    ]);
    expect(plan.activities[0]?.description).toBe("<p>a) Oplæg</p><p>b) Drøftelse</p>");
  });

  it("reads Word minutes whose contents number the items in a column of only Word's numbers, without warnings", () => {
    const titles = ["Godkendelse af dagsorden", "Valg af næstformand"];
    const contents = titles.map((title) => `<w:tr>${numberedCell("")}${plainCell(title)}</w:tr>`).join("");
    const items = titles.flatMap((title, index) => [
      paragraph(`${index + 1}. ${title}`),
      paragraph("Beslutning:"),
      paragraph("Godkendt."),
    ]);
    const bytes = wordFile(
      [
        paragraph("Referat Kernevelfærdsudvalget tirsdag den 4. april 2017 Kl. 16:30 i Kantinen"),
        paragraph("Indholdsfortegnelse"),
        `<w:tbl>${contents}</w:tbl>`,
        ...items,
      ].join(""),
      {
        "word/numbering.xml": numberingXml(
          { 0: numberingLevel(0, "decimal", "%1.") },
          { 1: { abstract: "0" } },
        ),
      },
    );
    const { document, diagnostics } = importDocx(bytes);
    const meeting = (document as MeetingsDocument).meetings[0];
    expect(meeting?.items.map((item) => [item.number, item.title])).toEqual([
      ["1", "Godkendelse af dagsorden"],
      ["2", "Valg af næstformand"],
    ]);
    expect(diagnostics.filter((entry) => entry.level !== "info")).toEqual([]);
  });
});
