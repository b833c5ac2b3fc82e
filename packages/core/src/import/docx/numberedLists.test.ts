import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { MeetingItem, MeetingsDocument } from "../../model/meetings.schema";
import type { PlanDocument } from "../../model/plan.schema";
import { importDocx } from "./importDocx";
import { ListNumbering } from "./listNumbering";
import { readStyles } from "./readStyles";
import {
  numberingLevel,
  numberingXml,
  paragraph,
  row,
  textToWordFile,
  withWordNumbers,
  wordFile,
} from "./testing";
import { parseXml } from "./xml";

const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A paragraph of list `numId` at `ilvl`, in an optional style. */
const item = (text: string, numId: string, ilvl = 0, style?: string) =>
  `<w:p><w:pPr>${style === undefined ? "" : `<w:pStyle w:val="${style}"/>`}<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

const headingStyles = `<w:styles xmlns:w="${w}"><w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/></w:style></w:styles>`;

/** The numbering of a `word/numbering.xml` of these abstract lists and list instances. */
const listNumbering = (abstracts: Record<string, string>, nums: Parameters<typeof numberingXml>[1]) =>
  new ListNumbering(readStyles(undefined, parseXml(numberingXml(abstracts, nums))));

/** The items of the first meeting a Word file's minutes hold. */
const firstMeetingItems = (bytes: Uint8Array) =>
  (importDocx(bytes).document as MeetingsDocument | null)?.meetings[0]?.items;
const numberTitleOutcome = (item: MeetingItem) => [item.number, item.title, item.outcome];

describe("ListNumbering: the numbers Word draws and the file does not hold", () => {
  it("counts levels in their formats, restarts the levels below a paragraph, and fills in its parents' numbers", () => {
    const levels =
      numberingLevel(0, "decimal", "%1.") +
      numberingLevel(1, "lowerLetter", "%2)") +
      numberingLevel(2, "decimal", "%1.%2.%3");
    const list = listNumbering({ 0: levels }, { 1: { abstract: "0" } });
    const labels = [0, 1, 1, 2, 0, 1, 0].map((at) => list.next("1", at));
    // Each parent's number in its own level's format, as Word writes it.
    expect(labels).toEqual(["1.", "a)", "b)", "1.b.1", "2.", "a)", "3."]);
    const legal = listNumbering(
      { 0: levels.replace('w:ilvl="2">', 'w:ilvl="2"><w:isLgl/>') },
      { 1: { abstract: "0" } },
    );
    expect([0, 1, 1, 2].map((at) => legal.next("1", at)).at(-1)).toBe("1.2.1");
  });

  it("writes letters past z, roman numerals and numbers with a leading zero as Word does", () => {
    const list = listNumbering(
      {
        0: numberingLevel(0, "upperLetter", "%1."),
        1: numberingLevel(0, "lowerRoman", "(%1)", 3),
        2: numberingLevel(0, "decimalZero", "%1."),
      },
      { 1: { abstract: "0" }, 2: { abstract: "1" }, 3: { abstract: "2" } },
    );
    const letters = Array.from({ length: 28 }, () => list.next("1", 0));
    expect(letters.slice(24)).toEqual(["Y.", "Z.", "AA.", "BB."]);
    expect([list.next("2", 0), list.next("2", 0)]).toEqual(["(iii)", "(iv)"]);
    expect(Array.from({ length: 10 }, () => list.next("3", 0)).slice(8)).toEqual(["09.", "10."]);
  });

  it("continues the count in a second list of the same abstract list, and restarts it where a list says so", () => {
    const list = listNumbering(
      { 0: numberingLevel(0, "decimal", "%1.") },
      { 1: { abstract: "0" }, 2: { abstract: "0" }, 3: { abstract: "0", restart: { 0: 1 } } },
    );
    expect([
      list.next("1", 0),
      list.next("1", 0),
      list.next("2", 0),
      list.next("3", 0),
      list.next("3", 0),
    ]).toEqual(["1.", "2.", "3.", "1.", "2."]);
  });

  it("writes a count past Word's letters in digits, so a list starting at 100,000,000 stays a short label", () => {
    const list = listNumbering(
      { 0: numberingLevel(0, "lowerLetter", "%1.", 100_000_000) },
      { 1: { abstract: "0" } },
    );
    expect(list.next("1", 0)).toBe("100000000.");
  });

  it("draws a level the file leaves out as the first level's kind: a bullet list's deeper item gets no number", () => {
    const list = listNumbering({ 0: numberingLevel(0, "bullet", "•") }, { 1: { abstract: "0" } });
    expect(list.next("1", 1)).toBe("");
  });

  it("gives no number to a bullet, to a level without numbers, or to a list the file does not define", () => {
    const list = listNumbering(
      { 0: numberingLevel(0, "bullet", "•") + numberingLevel(1, "none", "") },
      { 1: { abstract: "0" } },
    );
    expect([list.next("1", 0), list.next("1", 1), list.next("9", 0)]).toEqual(["", "", ""]);
  });
});

/** Word minutes' header: the kind, the body and the date. */
const minutesHeader = [
  paragraph("Referat"),
  paragraph("Økonomiudvalget"),
  paragraph("Mødedato: 3. januar 2017"),
];

/** Word minutes' header and their first item, an auto-numbered heading of list 1. */
const minutesOpening = [
  ...minutesHeader,
  item("Godkendelse af dagsorden", "1", 0, "Overskrift2"),
  paragraph("Beslutning: Godkendt."),
];

describe("importDocx: auto-numbered paragraphs keep their numbers", () => {
  it("reads Word minutes whose items are auto-numbered headings with their numbers", () => {
    const numbering = numberingXml({ 0: numberingLevel(0, "decimal", "%1.") }, { 1: { abstract: "0" } });
    const bytes = wordFile(
      [
        ...minutesOpening,
        item("Budget 2018", "1", 0, "Overskrift2"),
        paragraph("Beslutning: Godkendt."),
        item("Eventuelt", "1", 0, "Overskrift2"),
        paragraph("Beslutning: Intet."),
      ].join(""),
      { "word/numbering.xml": numbering, "word/styles.xml": headingStyles },
    );
    const meetings = importDocx(bytes).document as MeetingsDocument;
    expect(meetings.meetings[0]?.items.map((entry) => [entry.number, entry.title])).toEqual([
      ["1", "Godkendelse af dagsorden"],
      ["2", "Budget 2018"],
      ["3", "Eventuelt"],
    ]);
  });

  it("keeps a numbered list in an item's text in that item where the items are numbered headings", () => {
    const numbering = numberingXml(
      { 0: numberingLevel(0, "decimal", "%1."), 1: numberingLevel(0, "decimal", "%1.") },
      { 1: { abstract: "0" }, 2: { abstract: "1" } },
    );
    const bytes = wordFile(
      [
        ...minutesOpening,
        item("Budget 2018", "1", 0, "Overskrift2"),
        paragraph("Sagsfremstilling: Sagen har tre dele:"),
        // Numbered 1 to 3 by Word: the last is numbered as the next item is.
        item("Driftsbudgettet", "2"),
        item("Anlægsbudgettet", "2"),
        item("Takster", "2"),
        paragraph("Beslutning: Godkendt."),
        item("Anlæg", "1", 0, "Overskrift2"),
        paragraph("Beslutning: Taget til efterretning."),
      ].join(""),
      { "word/numbering.xml": numbering, "word/styles.xml": headingStyles },
    );
    const items = firstMeetingItems(bytes);
    expect(items?.map(numberTitleOutcome)).toEqual([
      ["1", "Godkendelse af dagsorden", "approved"],
      ["2", "Budget 2018", "approved"],
      ["3", "Anlæg", "noted"],
    ]);
    expect(items?.[1]?.caseText).toContain("Takster");
  });

  it("reads Word minutes whose items are a numbered list, without field labels", () => {
    const numbering = numberingXml({ 0: numberingLevel(0, "decimal", "%1.", 4) }, { 7: { abstract: "0" } });
    const bytes = wordFile(
      [
        ...minutesHeader,
        item("Budget 2018", "7"),
        paragraph("Beslutning: Godkendt."),
        item("Anlæg", "7"),
        paragraph("Beslutning: Udsat."),
      ].join(""),
      { "word/numbering.xml": numbering },
    );
    const items = firstMeetingItems(bytes);
    expect(items?.map(numberTitleOutcome)).toEqual([
      ["4", "Budget 2018", "approved"],
      ["5", "Anlæg", "postponed"],
    ]);
  });

  it.each([
    [
      "a numbered list of its own",
      [
        paragraph("Sagen har tre dele:"),
        item("Driftsbudgettet", "8"),
        item("Anlægsbudgettet", "8"),
        item("Takster", "8"),
      ],
    ],
    [
      "the second level of the items' list",
      [item("Driftsbudgettet", "7", 1), item("Anlægsbudgettet", "7", 1), item("Takster", "7", 1)],
    ],
  ])("keeps the points of an auto-numbered item in that item when they are %s", (_, points) => {
    // Numbered 1 to 3 by Word: the last point is numbered as the next item is.
    const numbering = numberingXml(
      {
        0: numberingLevel(0, "decimal", "%1.") + numberingLevel(1, "decimal", "%2."),
        1: numberingLevel(0, "decimal", "%1."),
      },
      { 7: { abstract: "0" }, 8: { abstract: "1" } },
    );
    const bytes = wordFile(
      [
        ...minutesHeader,
        item("Godkendelse af dagsorden", "7"),
        paragraph("Godkendt."),
        item("Budget 2018", "7"),
        ...points,
        item("Anlæg", "7"),
        paragraph("Udsat."),
      ].join(""),
      { "word/numbering.xml": numbering },
    );
    // The points stand in the decision of the item they follow.
    expect(firstMeetingItems(bytes)).toMatchObject([
      { number: "1", title: "Godkendelse af dagsorden", outcome: "approved" },
      {
        number: "2",
        title: "Budget 2018",
        outcome: "unknown",
        decision: expect.stringContaining("3. Takster"),
      },
      { number: "3", title: "Anlæg", outcome: "postponed" },
    ]);
  });

  it("reads a plan's numbered track headings and numbered items as its tracks and their activities", () => {
    const numbering = numberingXml(
      {
        0: numberingLevel(0, "decimal", "Ad %1)"),
        1: numberingLevel(0, "lowerLetter", "%1."),
        2: numberingLevel(0, "decimal", "%1."),
      },
      { 1: { abstract: "0" }, 2: { abstract: "1" }, 3: { abstract: "2" } },
    );
    // An item as Word holds it: the title in a bold run, the date in brackets after the text.
    const activity = (title: string, rest: string, numId: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>${title}</w:t></w:r><w:r><w:t xml:space="preserve"> ${rest}</w:t></w:r></w:p>`;
    const bytes = wordFile(
      [
        paragraph("Introduktionsprogram 2018"),
        item("Introforløb for nye medlemmer", "1", 0, "Overskrift2"),
        activity("Velkomstbrev:", "praktiske oplysninger (december 2017)", "2"),
        activity("Fotografering", "(januar 2018)", "2"),
        item("Introforløb for den samlede kommunalbestyrelse", "1", 0, "Overskrift2"),
        activity("Kattegatkursus:", "politikerrollen (15.-17. marts 2018)", "3"),
        activity("8. maj:", "Evaluering i udvalget (8. maj 2018)", "3"),
        `<w:tbl>${row("Dato", "Aktivitet")}${row("Juni 2018", "Opfølgning")}</w:tbl>`,
      ].join(""),
      { "word/numbering.xml": numbering, "word/styles.xml": headingStyles },
    );
    const plan = importDocx(bytes).document as PlanDocument;
    expect(plan.tracks?.map((track) => [track.label, track.title])).toEqual([
      ["1", "Introforløb for nye medlemmer"],
      ["2", "Introforløb for den samlede kommunalbestyrelse"],
    ]);
    expect(plan.activities.map((entry) => [entry.title, entry.date.text, entry.track ?? null])).toEqual([
      ["Velkomstbrev", "december 2017", "ad-1"],
      ["Fotografering", "januar 2018", "ad-1"],
      ["Kattegatkursus", "15.-17. marts 2018", "ad-2"],
      // The item's number goes; a title that starts with a day keeps it.
      ["8. maj", "8. maj 2018", "ad-2"],
      ["Opfølgning", "Juni 2018", null],
    ]);
  });

  it("reads a follow-up whose section headings are an auto-numbered list ('5. Erhverv og Beskæftigelse') with its sections", () => {
    const text = readFileSync(
      new URL("../../../test/seeds/budgetopfoelgning-2017-3-del1.txt", import.meta.url),
      "utf8",
    );
    // The headings "5. …", "6. …", "7. …" as items of a list that starts at 5.
    const bytes = withWordNumbers(
      text,
      /[5-7]\. (?=Erhverv|Befolkning|Borgeren)/,
      numberingLevel(0, "decimal", "%1.", 5),
    );
    const followUp = importDocx(bytes).document as BudgetFollowUp;
    const fromText = importDocx(textToWordFile(text)).document as BudgetFollowUp;
    expect(followUp.sections.map((section) => [section.number, section.title])).toEqual([
      ["5", "Erhverv og Beskæftigelse"],
      ["6", "Befolkning og Boliger"],
      ["7", "Borgeren og Kommunen"],
    ]);
    expect(followUp.sections).toEqual(fromText.sections);
  });
});
