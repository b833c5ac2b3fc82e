import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { decodeText, importDocument } from "@milepael/core";
import {
  budgetFollowUp2017,
  communicationPlan2017,
  utf16Bytes,
  windows1252Bytes,
} from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import { binaryInFolder, runMain, seeds } from "../testing";

/** The built binary, as a user runs it, in a folder of its own. */
const { work, milepael } = binaryInFolder("encodings", { maxBuffer: 16 * 1024 * 1024 });

const followUp = readFileSync(path.join(seeds, "budgetopfoelgning-2017-3-del1.txt"), "utf8");
// Saved from Word as "text" in Windows-1252, the smileys are the Wingdings letters J and L.
const followUpFromWord = followUp.replace(/☺|😊/gu, "J").replace(/☹/gu, "L");
const plan = readFileSync(path.join(seeds, "kommunikationsplan-2017.txt"), "utf8");
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("milepael import reads the bytes of a file like the demo does", () => {
  it.each([
    ["follow-up", "Windows-1252", windows1252Bytes(followUpFromWord), "windows-1252", budgetFollowUp2017],
    ["follow-up", "UTF-16LE with BOM", utf16Bytes(followUp, "le"), "utf-16le", budgetFollowUp2017],
    ["follow-up", "UTF-16BE with BOM", utf16Bytes(followUp, "be"), "utf-16be", budgetFollowUp2017],
    [
      "plan",
      "UTF-8 with BOM",
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(plan)]),
      "utf-8",
      communicationPlan2017,
    ],
    ["plan", "Windows-1252", windows1252Bytes(plan), "windows-1252", communicationPlan2017],
  ] as const)(
    "reads the %s seed saved as %s into the document core makes of it",
    async (kind, _, bytes, encoding, expected) => {
      const file = path.join(work, `${kind}-${encoding}.txt`);
      writeFileSync(file, bytes);
      const { code, stdout, stderr } = await milepael(["import", file, "--diagnostics-format", "json"]);
      expect(code).toBe(0);
      const document = JSON.parse(stdout);
      expect(document).toEqual(expected);
      // The same bytes through core: same document, and the same findings in the same words.
      const decoded = decodeText(bytes);
      const inCore = importDocument(decoded.text ?? "");
      expect(document).toEqual(inCore.document);
      const printed = JSON.parse(stderr) as { code: string; params: Record<string, string> }[];
      expect(printed.map((found) => found.code).sort()).toEqual(
        [...decoded.diagnostics, ...inCore.diagnostics].map((found) => found.code).sort(),
      );
      expect(printed).toContainEqual(
        expect.objectContaining({
          code: "import.text-encoding",
          params: expect.objectContaining({ encoding }),
        }),
      );
    },
  );

  it("says which encoding it chose, in words", async () => {
    const file = path.join(work, "plan-1252.txt");
    writeFileSync(file, windows1252Bytes(plan));
    const { stderr } = await milepael(["import", file, "-o", path.join(work, "plan.json")]);
    expect(stderr).toContain(`${file}: info: Filen er ikke gyldig UTF-8 og er læst som Windows-1252`);
  });

  it.each([
    [
      "a PNG image",
      "billede.png",
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13],
      "et PNG-billede",
    ],
    // A .docx is no longer refused: it is read as Word (see importDocx's and the import command's tests).
    ["a JPEG image", "foto.jpg", [0xff, 0xd8, 0xff, 0xe0, 0, 16, ...utf8("JFIF")], "et JPEG-billede"],
    ["NUL bytes", "plan.txt", [...utf8("Dato\tAktivitet\n"), 0, 0, 0, 1], "NUL-bytes"],
  ])("refuses %s as a binary file and exits 1, writing no document", async (_, name, bytes, kind) => {
    const file = path.join(work, name);
    writeFileSync(file, Uint8Array.from(bytes));
    const { code, stdout, stderr } = await milepael(["import", file]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${file}: fejl: Filen er ikke tekst, men en binær fil (${kind}`);
  });

  it("exits 1 and writes no document when a follow-up has no initiative", async () => {
    const file = path.join(work, "tom-opfoelgning.txt");
    writeFileSync(file, "Opfølgning på budgetaftale 2017\n\nKort beskrivelse af indsatsen\n");
    const { code, stdout, stderr } = await milepael(["import", file]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("Der blev ikke fundet nogen indsatser");
  });

  it("decodes standard input's bytes too", async () => {
    const { code, stdout, stderr } = await runMain(["import", "-", "--format", "csv"], {
      stdin: windows1252Bytes("Dato;Aktivitet\r\n8. maj 2017;Møde – kort\r\n"),
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).activities[0].title).toBe("Møde – kort");
    expect(stderr).toContain("Windows-1252");
  });

  it("refuses a binary file given to validate, by name", async () => {
    const file = path.join(work, "dokument.json");
    writeFileSync(file, Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]));
    const { code, stderr } = await milepael(["validate", file]);
    expect(code).toBe(1);
    expect(stderr).toContain("binær fil (PDF)");
  });
});
