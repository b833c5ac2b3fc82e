import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { richTextToPlainText, sanitizeRichText } from "../../richText/richText";
import { parsedBlocks, plainParagraphs, topLevelBlocks } from "../followUpText/blocks";
import { cellText, richCell } from "./cells";
import { DiagnosticCollector } from "./collector";
import { normalizeInput } from "./normalize";
import { collapseSpace, hasPlainSpace, plainCellText } from "./plainCell";

/** Cells with and without markup, built from the pieces real cells and hostile ones hold. */
const cell = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "<p>",
        "</p>",
        "<b>",
        "</b>",
        "<br>",
        "<ul><li>",
        "&amp;",
        "&",
        "<",
        ">",
        " ",
        "  ",
        "\t",
        "\u00A0",
        "\u2028",
        "☺",
        "😐",
        "Status: ",
        "Ansvarligt center: ",
        "æøå",
        "<script>x</script>",
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(""));
/** The same, wrapped in one paragraph as Word's cells come: the shape the fast path takes. */
const anyCell = fc.oneof(
  cell,
  cell.map((text) => `<p>${text}</p>`),
);

describe("cells read without the HTML parse", () => {
  it("give the plain text the parse gives", () => {
    fc.assert(
      fc.property(anyCell, (text) => {
        const general = richTextToPlainText(text).replace(/\s+/g, " ").trim();
        const fast = plainCellText(text);
        if (fast !== undefined) expect(fast).toBe(general);
        expect(cellText(text)).toBe(general);
      }),
      { numRuns: 2000 },
    );
  });

  it("give the sanitised HTML and the diagnostics the parse gives", () => {
    fc.assert(
      fc.property(anyCell, (text) => {
        const collector = new DiagnosticCollector();
        const html = richCell(text, 3, collector);
        const general = sanitizeRichText(text);
        expect(html).toBe(general.html);
        expect(collector.items.map((found) => found.code)).toEqual([
          ...(general.tooDeep ? ["import.markup-too-deep"] : []),
          ...(general.removed.length > 0 ? ["import.html-removed"] : []),
        ]);
      }),
      { numRuns: 2000 },
    );
  });

  it("give the blocks and paragraphs the parse gives", () => {
    fc.assert(
      fc.property(anyCell, (text) => {
        const blocks = parsedBlocks(text);
        expect(topLevelBlocks(text)).toEqual(blocks);
        expect(plainParagraphs(text)).toEqual(
          blocks.map((block) =>
            richTextToPlainText(block)
              .replace(/[ \t]+/g, " ")
              .trim(),
          ),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("are taken only when they hold no markup but one paragraph", () => {
    expect(plainCellText("<p>Kig  og\tlyt</p>")).toBe("Kig og lyt");
    expect(plainCellText("a > b")).toBe("a > b");
    expect(plainCellText("<p>a</p><p>b</p>")).toBeUndefined();
    expect(plainCellText("Kig &amp; lyt")).toBeUndefined();
    expect(collapseSpace("  a \u00A0 b ")).toBe("a b");
  });
});

/** Texts of several lines and cells, built from the cells above and the separators. */
const text = fc
  .array(fc.oneof(anyCell, fc.constantFrom("\t", "\n", "\r\n", "\r", " ", "\u00AD", "\u200B", "\uFEFF")), {
    maxLength: 10,
  })
  .map((pieces) => pieces.join(""));

describe("a text whose white space is plain", () => {
  it("has cells that read the same without their own white-space check", () => {
    fc.assert(
      fc.property(text, (whole) => {
        if (!hasPlainSpace(whole)) return;
        for (const cell of whole.split(/[\t\n\r]/))
          expect(plainCellText(cell, true)).toBe(plainCellText(cell));
      }),
      { numRuns: 2000 },
    );
  });

  it("is told by the normalisation's own scan, which changes nothing on such a text", () => {
    fc.assert(
      fc.property(text, fc.boolean(), (whole, recoverColumns) => {
        const normalized = normalizeInput(whole, { recoverColumns });
        expect(normalized.plainSpace).toBe(hasPlainSpace(normalized.text));
      }),
      { numRuns: 2000 },
    );
    expect(hasPlainSpace("Milepæl\tSkolen er bygget\t☺\r\n")).toBe(true);
    expect(hasPlainSpace("Skolen  er bygget")).toBe(false);
    expect(hasPlainSpace("Skolen\u00A0er bygget")).toBe(false);
    expect(normalizeInput("a\u00A0 b").plainSpace).toBe(false);
  });

  it("is told right for every white-space, invisible and Latin-1 character, alone or doubled", () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (code > 0xff && !/\s|[\u00AD\u200B-\u200D\u2060]/.test(char)) continue;
      for (const whole of [`a${char}b`, `a${char}${char}b`]) {
        const normalized = normalizeInput(whole);
        if (
          normalized.plainSpace !== hasPlainSpace(normalized.text) ||
          /[\u00A0\u00AD\u200B-\u200D\u2060]/.test(normalized.text)
        )
          wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });
});
