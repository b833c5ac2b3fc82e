import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { binaryInFolder, office, seeds } from "../testing";

/** The built binary, as a user runs it, in a folder of its own. */
const { work, milepael } = binaryInFolder("office", { maxBuffer: 32 * 1024 * 1024 });

const plans = [
  "implementeringsplan-vision-2029",
  "kommunikationsplan-2017",
  "introduktionsprogram-kb-2018-2021",
];

/** The budget follow-up as staff have it, a Word file. */
const followUpDocx = path.join(office, "budgetopfoelgning-2017-3-del1.docx");

/** Imports a plan's Word or PDF file and its text seed, side by side. */
const importWithTextSeed = (name: string, extension: "docx" | "pdf") =>
  Promise.all([
    milepael(["import", path.join(office, `${name}.${extension}`)]),
    milepael(["import", path.join(seeds, `${name}.txt`)]),
  ]);

describe("milepael import X.docx", () => {
  it.each(plans)("writes %s.docx as the same JSON as its text seed", async (name) => {
    const [fromWord, fromText] = await importWithTextSeed(name, "docx");
    expect(fromWord.code).toBe(0);
    expect(fromWord.stdout).toBe(fromText.stdout);
  });

  it("writes the follow-up with the smileys' colours from Word and says where each came from", async () => {
    const { code, stdout, stderr } = await milepael(["import", followUpDocx]);
    expect(code).toBe(0);
    const statuses = JSON.stringify(JSON.parse(stdout).sections);
    expect(statuses).toContain('"status":"yellow"');
    expect(statuses).not.toContain("statusGuessed");
    expect(stderr).toMatch(
      /budgetopfoelgning-2017-3-del1\.docx: tabel \d+, række \d+, celle 4: info: Smiley læst som gul ud fra Wingdings F04B/,
    );
  });

  it("exits 1 with a clear message for a damaged, an old and an encrypted Word file", async () => {
    const whole = readFileSync(path.join(office, "kommunikationsplan-2017.docx"));
    const truncated = path.join(work, "afbrudt.docx");
    writeFileSync(truncated, whole.subarray(0, whole.length / 2));
    const damaged = await milepael(["import", truncated, "--lang", "en"]);
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toBe("");
    expect(damaged.stderr).toContain("The Word file is damaged or incomplete");

    const doc = path.join(work, "gammel.doc");
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(doc, ole);
    expect((await milepael(["import", doc])).stderr).toContain("gammelt Word-dokument (.doc)");
  });
});

describe("milepael import X.docx|X.pdf --format", () => {
  it("exits 2 and names the formats that fit when --format csv or json is given for a Word or PDF file", async () => {
    const word = await milepael(["import", followUpDocx, "--format", "csv"]);
    expect(word.code).toBe(2);
    expect(word.stdout).toBe("");
    expect(word.stderr).toBe(
      `${followUpDocx}: fejl: Word-filen kan ikke læses som CSV: en Word- eller PDF-fil kan kun være en budgetopfølgning, en plan eller referater og dagsordener. Angiv et af dem, eller intet format, så ses det af filens indhold.\n` +
        "milepael import: en Word- eller PDF-fil læses med --format followup, plan eller meetings, eller uden --format\n",
    );
    const pdf = await milepael([
      "import",
      path.join(office, "implementeringsplan-vision-2029.pdf"),
      "--format",
      "json",
      "--lang",
      "en",
      "--diagnostics-format",
      "json",
    ]);
    expect(pdf.code).toBe(2);
    expect(JSON.parse(pdf.stderr)).toMatchObject([
      { level: "error", code: "import.format-not-for-file", params: { kind: "pdf", format: "json" } },
    ]);
  });

  it("reads a follow-up's Word file as the plan asked for, and warns that it looks like a follow-up", async () => {
    const { code, stdout, stderr } = await milepael([
      "import",
      followUpDocx,
      "--format",
      "plan",
      "--lang",
      "en",
    ]);
    // The user chose: read as asked, a warning no failure.
    expect(code).toBe(0);
    expect(JSON.parse(stdout).type).toBe("plan");
    // The first thing said, before the Word reader's findings cell by cell.
    expect(stderr.split("\n")[0]).toContain(
      "warning: The file looks like a budget follow-up, but was read in the format given (plan).",
    );
  });
});

describe("milepael import X.pdf", () => {
  it.each(plans)("reads %s.pdf as a plan with the text seed's activities", async (name) => {
    const [fromPdf, fromText] = await importWithTextSeed(name, "pdf");
    expect(fromPdf.code).toBe(0);
    const dates = (out: string) =>
      (JSON.parse(out).activities as { date: { start: string | null } }[]).map(
        (activity) => activity.date.start,
      );
    expect(dates(fromPdf.stdout).filter(Boolean)).toEqual(dates(fromText.stdout).filter(Boolean));
  });

  it("exits 1 and says a PDF without text is scanned", async () => {
    const scanned = path.join(work, "scannet.pdf");
    writeFileSync(scanned, readFileSync(path.join(office, "hostile", "scanned.pdf")));
    const { code, stderr } = await milepael(["import", scanned]);
    expect(code).toBe(1);
    expect(stderr).toContain("PDF-filen har intet tekstlag");
  });
});
