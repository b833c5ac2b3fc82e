import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import { communicationPlan2017 } from "../../fixtures/communicationPlan2017";
import { utf16Bytes, windows1252Bytes } from "../../fixtures/encodedText";
import { importDocument } from "../importDocument";
import { decodeText } from "./decodeText";
import { sniffBinary } from "./sniffBinary";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test/seeds");
const seed = (name: string) => readFileSync(path.join(seeds, name), "utf8");

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

describe("decodeText", () => {
  const followUp = seed("budgetopfoelgning-2017-3-del1.txt");
  // Saved from Word as "text" in Windows-1252, the smileys are the Wingdings letters J and L.
  const followUpFromWord = followUp.replace(/☺|😊/gu, "J").replace(/☹/gu, "L");
  const plan = seed("kommunikationsplan-2017.txt");

  it.each([
    ["UTF-8", utf8(plan), "utf-8", "no"],
    ["UTF-8 with BOM", withBom(utf8(plan)), "utf-8", "yes"],
    ["UTF-16LE with BOM", utf16Bytes(plan, "le"), "utf-16le", "yes"],
    ["UTF-16BE with BOM", utf16Bytes(plan, "be"), "utf-16be", "yes"],
    ["UTF-16LE without BOM", utf16Bytes(plan, "le").slice(2), "utf-16le", "no"],
    ["Windows-1252", windows1252Bytes(plan), "windows-1252", "no"],
  ] as const)(
    "reads the plan seed saved as %s as the same text, and says which encoding",
    (_, bytes, encoding, bom) => {
      const decoded = decodeText(bytes);
      expect(decoded.text).toBe(plan);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.diagnostics).toEqual([
        { level: "info", code: "import.text-encoding", path: [], params: { encoding, bom } },
      ]);
      expect(importDocument(decoded.text ?? "").document).toEqual(communicationPlan2017);
    },
  );

  it("reads the follow-up seed saved from Word as Windows-1252 into the hand-checked document", () => {
    const decoded = decodeText(windows1252Bytes(followUpFromWord));
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).not.toContain("\uFFFD");
    const { document, diagnostics } = importDocument(decoded.text ?? "");
    expect(document).toEqual(budgetFollowUp2017);
    // Each Wingdings letter in a smiley cell is said where it stands (the reading guide's are prose).
    const wingdings = diagnostics.filter((found) => found.code === "import.wingdings-smiley");
    expect(wingdings).toHaveLength(40);
    expect(wingdings[0]).toMatchObject({ line: 44, params: { letter: "J", symbol: "☺" } });
  });

  it("reads the follow-up seed in UTF-16 into the hand-checked document", () => {
    for (const order of ["le", "be"] as const)
      expect(importDocument(decodeText(utf16Bytes(followUp, order)).text ?? "").document).toEqual(
        budgetFollowUp2017,
      );
  });

  it("keeps a UTF-8 file with a byte order mark UTF-8 even where a byte is broken", () => {
    const decoded = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x4d, 0xc3, 0xb8, 0x64, 0x65, 0xff]));
    expect(decoded).toMatchObject({ text: "Møde\uFFFD", encoding: "utf-8" });
  });

  it.each([
    ["a PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "png"],
    ["a JPEG image", [0xff, 0xd8, 0xff, 0xe0, 0, 16], "jpeg"],
    ["a GIF image", [...utf8("GIF89a"), 1, 0], "gif"],
    ["a PDF", utf8("%PDF-1.7\n%âãÏÓ\n"), "pdf"],
    ["a .docx", [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...utf8("word/document.xml")], "docx"],
    ["a .xlsx", [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...utf8("xl/workbook.xml")], "xlsx"],
    ["a zip", [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...utf8("plan.txt")], "zip"],
    ["an old .doc", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], "ole2"],
    ["text with NUL bytes", [...utf8("Dato;Aktivitet\n"), 0, 0, 0, 7, 200, ...utf8("x")], "binary"],
  ] as const)("refuses %s as a binary file, naming its kind", (_, bytes, kind) => {
    const decoded = decodeText(Uint8Array.from(bytes));
    expect(sniffBinary(Uint8Array.from(bytes))).toBe(kind);
    expect(decoded).toEqual({
      text: null,
      encoding: null,
      binary: kind,
      diagnostics: [{ level: "error", code: "import.binary-file", path: [], params: { kind } }],
    });
  });

  it("gives back any text written as UTF-8 or UTF-16, whatever its characters", () => {
    // NUL is the one character a text file does not hold; a leading BOM is the mark, not content.
    const text = fc.string({ unit: "grapheme", maxLength: 200 }).filter((value) => !/\0|^\uFEFF/.test(value));
    fc.assert(
      fc.property(text, (value) => {
        expect(decodeText(utf8(value)).text).toBe(value);
        expect(decodeText(withBom(utf8(value))).text).toBe(value);
        expect(decodeText(utf16Bytes(value, "le")).text).toBe(value);
        expect(decodeText(utf16Bytes(value, "be")).text).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it("takes no text for binary", () => {
    for (const text of [plan, followUp, "Dato;Aktivitet\r\n8. maj;Møde", "", "æøå"])
      expect(sniffBinary(utf8(text))).toBeNull();
  });
});
