// How Word's templates and other tools define lists: list styles, levels overridden whole, hidden
// numbers, restarts, and list levels that are no levels.
import { describe, expect, it } from "vitest";
import { ListNumbering } from "./listNumbering";
import { isBulletLevel, readStyles } from "./readStyles";
import { paragraphList } from "./taggedRuns";
import { numberingLevel, numberingXml } from "./testing";
import { parseXml } from "./xml";

const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The numbering of a `word/numbering.xml` of these abstract lists and list instances. */
const listNumbering = (abstracts: Record<string, string>, nums: Parameters<typeof numberingXml>[1]) =>
  new ListNumbering(readStyles(undefined, parseXml(numberingXml(abstracts, nums))));

describe("ListNumbering: lists as Word's templates define them", () => {
  it("reads a list defined through a list style (w:numStyleLink) with the style's levels: a bullet list stays without numbers", () => {
    const styles = `<w:styles xmlns:w="${w}"><w:style w:type="numbering" w:styleId="Punktopstilling"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>`;
    const numbering = `<w:numbering xmlns:w="${w}"><w:abstractNum w:abstractNumId="3"><w:styleLink w:val="Punktopstilling"/>${numberingLevel(0, "bullet", "•")}${numberingLevel(1, "decimal", "%2.")}</w:abstractNum><w:abstractNum w:abstractNumId="4"><w:numStyleLink w:val="Punktopstilling"/></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num></w:numbering>`;
    const read = readStyles(parseXml(styles), parseXml(numbering));
    const list = new ListNumbering(read);
    expect([list.next("6", 0), list.next("6", 1), list.next("6", 1)]).toEqual(["", "1.", "2."]);
    expect(isBulletLevel(read, "6", 0)).toBe(true);
  });

  it("uses a level a list overrides whole (w:lvlOverride holding a w:lvl)", () => {
    const numbering = `<w:numbering xmlns:w="${w}"><w:abstractNum w:abstractNumId="0">${numberingLevel(0, "decimal", "%1.")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>${numberingLevel(0, "upperLetter", "%1)")}</w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${numberingLevel(0, "bullet", "-")}</w:lvlOverride></w:num></w:numbering>`;
    const read = readStyles(undefined, parseXml(numbering));
    const list = new ListNumbering(read);
    expect([list.next("1", 0), list.next("2", 0), list.next("3", 0)]).toEqual(["1.", "A)", ""]);
    expect(isBulletLevel(read, "3", 0)).toBe(true);
  });

  it("draws no number Word hides (w:vanish) or a list whose abstract list the file lacks", () => {
    const hidden = numberingLevel(0, "decimal", "%1.").replace(
      "</w:lvl>",
      "<w:rPr><w:vanish/></w:rPr></w:lvl>",
    );
    const list = listNumbering({ 0: hidden }, { 1: { abstract: "0" }, 2: { abstract: "9" } });
    expect([list.next("1", 0), list.next("1", 0), list.next("2", 0)]).toEqual(["", "", ""]);
  });

  it("restarts a level only where its w:lvlRestart says: never for 0", () => {
    const never = numberingLevel(1, "lowerLetter", "%2)").replace(
      "</w:lvl>",
      '<w:lvlRestart w:val="0"/></w:lvl>',
    );
    const list = listNumbering({ 0: numberingLevel(0, "decimal", "%1.") + never }, { 1: { abstract: "0" } });
    expect([0, 1, 0, 1].map((at) => list.next("1", at))).toEqual(["1.", "a)", "2.", "b)"]);
  });
});

describe("paragraphList: a list paragraph of milepael's Word pages", () => {
  it("reads a list level that is no level as Word's nearest, so the item is kept", () => {
    const read = readStyles(
      undefined,
      parseXml(numberingXml({ 0: numberingLevel(0, "decimal", "%1.") }, { 1: { abstract: "0" } })),
    );
    const paragraphAt = (ilvl: string) =>
      parseXml(
        `<w:p xmlns:w="${w}"><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>`,
      );
    expect(["x", "-1", "99", "2"].map((ilvl) => paragraphList(paragraphAt(ilvl), read)?.level)).toEqual([
      0, 0, 8, 2,
    ]);
  });
});
