import { readFileSync } from "node:fs";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { diagnosticMessage } from "../diagnostics/messages";
import { exportDocx } from "../export/docx/exportDocx";
import { budgetFollowUp2017 } from "../fixtures/budgetFollowUp2017";
import { validateDocument } from "../model/document.schema";
import { importDocx } from "./docx/importDocx";
import { importDocument } from "./importDocument";
import { importFile } from "./importFile";

const office = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/office/${name}`, import.meta.url)));
const seed = (name: string) => readFileSync(new URL(`../../test/seeds/${name}`, import.meta.url), "utf8");

describe("importFile: a file as it is, from its bytes", () => {
  it("reads a .docx, a PDF and text, telling them apart by their content", async () => {
    const docx = await importFile(office("implementeringsplan-vision-2029.docx"));
    const pdf = await importFile(office("implementeringsplan-vision-2029.pdf"));
    const text = await importFile(strToU8(seed("implementeringsplan-vision-2029.txt")));
    expect([docx.format, pdf.format, text.format]).toEqual(["docx", "pdf", "text"]);
    expect(docx.document).toEqual(text.document);
    expect(pdf.document?.type).toBe("plan");
  });

  it("reads text and milepael JSON as importDocument does, options and all", async () => {
    const text = seed("budgetopfoelgning-2017-3-del1.txt");
    const { format, ...result } = await importFile(strToU8(text), { sadFace: "yellow" });
    expect(format).toBe("text");
    // The same document and findings, after the encoding the bytes were read in.
    const asText = importDocument(text, { sadFace: "yellow" });
    expect(result.document).toEqual(asText.document);
    expect(result.diagnostics[0]).toMatchObject({
      code: "import.text-encoding",
      params: { encoding: "utf-8" },
    });
    expect(result.diagnostics.slice(1)).toEqual(asText.diagnostics);
    const json = JSON.stringify(result.document);
    expect((await importFile(strToU8(json))).document).toEqual(result.document);
  });

  it("says a given format was not used when milepael's own Word file is read as what it is", async () => {
    const followUpPaper = await exportDocx(budgetFollowUp2017);
    const asPlan = await importFile(followUpPaper, { format: "plan" });
    expect(asPlan.document).toEqual(budgetFollowUp2017);
    const notUsed = asPlan.diagnostics[0]!;
    expect(notUsed).toMatchObject({ level: "warning", code: "import.format-not-used" });
    expect(diagnosticMessage(notUsed, "da")).toBe(
      "Filen er skrevet af milepael som en budgetopfølgning og er læst som sådan; det angivne format (plan) er ikke brugt.",
    );
    // The format it is says nothing of it.
    for (const read of [
      await importFile(followUpPaper, { format: "followup" }),
      await importFile(office("implementeringsplan-vision-2029.docx"), { format: "plan" }),
      await importFile(office("implementeringsplan-vision-2029.pdf"), { format: "plan" }),
    ])
      expect(read.diagnostics.map((found) => found.code)).not.toContain("import.format-not-used");
  });

  it("reads a Word or PDF file as the format given, and warns when it looks like another document", async () => {
    for (const name of ["budgetopfoelgning-2017-3-del1.docx", "budgetopfoelgning-2017-3-del1.pdf"]) {
      const asPlan = await importFile(office(name), { format: "plan" });
      // The user chose: the follow-up's pages are read as a plan's.
      expect(asPlan.document?.type).toBe("plan");
      const warned = asPlan.diagnostics.filter((found) => found.code === "import.format-not-used");
      expect(warned).toMatchObject([
        { level: "warning", params: { format: "plan", found: "budget-follow-up", readAs: "format" } },
      ]);
      expect(diagnosticMessage(warned[0]!, "da")).toBe(
        "Filen ligner en budgetopfølgning, men er læst med det angivne format (plan). Kontrollér resultatet, eller læs filen uden at angive et format.",
      );
    }
    const planAsFollowUp = await importFile(office("implementeringsplan-vision-2029.docx"), {
      format: "followup",
    });
    expect(planAsFollowUp.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "import.format-not-used",
        params: expect.objectContaining({ found: "plan" }),
      }),
    );
  });

  it("refuses CSV or JSON as the format of a Word or PDF file, naming the formats that fit", async () => {
    const cases = [
      ["budgetopfoelgning-2017-3-del1.docx", "csv", "docx"],
      ["kommunikationsplan-2017.docx", "json", "docx"],
      ["implementeringsplan-vision-2029.pdf", "csv", "pdf"],
      ["implementeringsplan-vision-2029.pdf", "json", "pdf"],
    ] as const;
    for (const [name, format, kind] of cases) {
      const read = await importFile(office(name), { format });
      expect(read.format).toBe(kind);
      expect(read.document).toBeNull();
      expect(read.diagnostics).toEqual([
        { level: "error", code: "import.format-not-for-file", path: [], params: { kind, format } },
      ]);
    }
    const [refused] = (await importFile(office("kommunikationsplan-2017.docx"), { format: "csv" }))
      .diagnostics;
    expect(diagnosticMessage(refused!, "da")).toBe(
      "Word-filen kan ikke læses som CSV: en Word- eller PDF-fil kan kun være en budgetopfølgning, en plan eller referater og dagsordener. Angiv et af dem, eller intet format, så ses det af filens indhold.",
    );
    expect(diagnosticMessage(refused!, "en")).toMatch(
      /^The Word file cannot be read as CSV: .*a budget follow-up, a plan or minutes and agendas/,
    );
    // milepael's own Word paper too, whose tags would otherwise have been read as they are.
    const paper = await importFile(await exportDocx(budgetFollowUp2017), { format: "json" });
    expect(paper.diagnostics.map((found) => found.code)).toEqual(["import.format-not-for-file"]);
  });

  it("says a zip that is no Word file is what it is, whatever the format given", async () => {
    const workbook = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
    const read = await importFile(workbook, { format: "csv" });
    expect(read.diagnostics.map((found) => [found.code, found.params.kind])).toEqual([
      ["import.docx-not-word", "xlsx"],
    ]);
  });

  it("refuses a Word or PDF file above the size limit before reading it", async () => {
    const word = office("kommunikationsplan-2017.docx");
    const { document, diagnostics } = await importFile(word, { maxFileSize: 1000 });
    expect(document).toBeNull();
    expect(diagnostics.map((found) => [found.code, found.params.size])).toEqual([
      ["import.input-too-large", word.length],
    ]);
    expect(diagnosticMessage(diagnostics[0] as (typeof diagnostics)[number], "en")).toMatch(
      /bytes; the limit is 1,000/,
    );
  });

  it("says an old .doc is one and a scanned PDF is one, instead of reading them as text", async () => {
    const doc = new Uint8Array(2048);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await importFile(doc)).diagnostics[0]?.code).toBe("import.docx-old-word");
    expect((await importFile(office("hostile/scanned.pdf"))).diagnostics[0]?.code).toBe("import.scanned-pdf");
  });
});

describe("importDocx: whatever the bytes, a result, never an exception", () => {
  const word = office("kommunikationsplan-2017.docx");
  const parts = unzipSync(word);

  it("survives random bytes flipped anywhere in a real .docx", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: word.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 20,
        }),
        (flips) => {
          const bytes = word.slice();
          for (const [at, value] of flips) bytes[at] = value;
          const result = importDocx(bytes);
          if (result.document !== null) expect(validateDocument(result.document).document).not.toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });

  it("survives the document part cut or garbled, and returns a valid document when it reads one", () => {
    const xml = new TextDecoder().decode(parts["word/document.xml"]);
    fc.assert(
      fc.property(fc.nat({ max: xml.length }), fc.string({ maxLength: 20 }), (cut, noise) => {
        const garbled = `${xml.slice(0, cut)}${noise}${xml.slice(cut)}`;
        const result = importDocx(zipSync({ ...parts, "word/document.xml": strToU8(garbled) }));
        if (result.document !== null) expect(validateDocument(result.document).document).not.toBeNull();
        else expect(result.diagnostics.some((found) => found.level === "error")).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
