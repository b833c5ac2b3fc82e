import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { summariseRound } from "../../assessment/summariseRound";
import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "../../fixtures";
import { docxSourceLines, importDocx } from "../../import/docx/importDocx";
import { importDocument } from "../../import/importDocument";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import { followUpArbitrary } from "../../rules/followUp.arbitrary";
import { needsAttention } from "../../rules/needsAttention";
import { exportDocx } from "./exportDocx";

/**
 * The follow-up as Word pages read back say it: the seed without the guesses its text made, and a
 * line break inside plain text (7.02's milestone) read as the space it is in HTML.
 */
function withoutGuesses(document: BudgetFollowUp): BudgetFollowUp {
  return {
    ...document,
    sections: document.sections.map((section) => ({
      ...section,
      initiatives: section.initiatives.map((initiative) => ({
        ...initiative,
        milestones: initiative.milestones.map(({ statusGuessed: _guessed, ...milestone }) => ({
          ...milestone,
          text: milestone.text.includes("<") ? milestone.text : milestone.text.replace(/\s*\n\s*/g, " "),
        })),
      })),
    })),
  };
}

/** What the importers read from the pages alone, the embedded document left aside. */
function readPages(bytes: Uint8Array) {
  const read = docxSourceLines(bytes);
  if (!read.ok) throw new Error(read.error.code);
  const text = read.lines.map((line) => line.text).join("\n");
  return { text, ...importDocument(text) };
}

/** An export without the copy of the document it carries: only its pages are left to read. */
function withoutCopy(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  expect(files["customXml/milepael-document.json"]).toBeDefined();
  delete files["customXml/milepael-document.json"];
  return zipSync(files);
}

const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name] ?? new Uint8Array());

describe("exportDocx", () => {
  it("reads the pages of an export of any valid follow-up back as the follow-up, the file's copy removed", async () => {
    await fc.assert(
      fc.asyncProperty(followUpArbitrary, async (followUp) => {
        const { document, diagnostics } = importDocx(withoutCopy(await exportDocx(followUp)));
        expect(diagnostics).toEqual([]);
        expect(document).toEqual(followUp);
      }),
      { numRuns: 60 },
    );
  });

  it("reads an export of any valid follow-up back as the follow-up, and says its pages and copy agree", async () => {
    await fc.assert(
      fc.asyncProperty(followUpArbitrary, async (followUp) => {
        const { document, diagnostics } = importDocx(await exportDocx(followUp));
        expect(diagnostics.map((found) => found.code)).toEqual(["import.docx-copy-used"]);
        expect(document).toEqual(followUp);
      }),
      { numRuns: 40 },
    );
  });

  it("reads the seed's export back exactly: its pages say what its stored copy says", async () => {
    const { document, diagnostics } = importDocx(await exportDocx(budgetFollowUp2017));
    expect(diagnostics.map((found) => found.code)).toEqual(["import.docx-copy-used"]);
    expect(document).toEqual(budgetFollowUp2017);
  });

  it("does not let a copy stored in the file pass for pages that say something else", async () => {
    const files = unzipSync(await exportDocx(budgetFollowUp2017));
    const part = "customXml/milepael-document.json";
    const stored = JSON.parse(strFromU8(files[part] as Uint8Array)) as { document: BudgetFollowUp };
    // A crafted copy: the same fingerprint of the pages, another title and no sections.
    stored.document = { ...stored.document, metadata: { title: "Noget andet" }, sections: [] };
    files[part] = strToU8(JSON.stringify(stored));
    const { document, diagnostics } = importDocx(zipSync(files));
    expect(diagnostics.map((found) => found.code)).toContain("import.docx-copy-differs");
    expect(document?.metadata.title).toBe("Tredje opfølgning på Aftale om budget 2017");
  });

  it("lays the seed out so its pages alone read back as the seed, every smiley's colour known", async () => {
    const bytes = await exportDocx(budgetFollowUp2017);
    const { document, diagnostics } = readPages(bytes);
    // No warning: no smiley guessed, no line left unread.
    expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
    expect(document).toEqual(withoutGuesses(budgetFollowUp2017));
  });

  it("writes real headings, one table per initiative, every status word and the round summary (mammoth)", async () => {
    const bytes = await exportDocx(budgetFollowUp2017);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain("<h1>Tredje opfølgning på Aftale om budget 2017</h1>");
    expect(html).toContain("<h2>Læsevejledning</h2>");
    expect(html).toContain("<h2>5. Erhverv og Beskæftigelse</h2>");
    expect(html).toContain("<h3>5.03 Udvikling af nyt erhvervsområde i Kildedal i Måløv</h3>");
    const initiatives = budgetFollowUp2017.sections.flatMap((section) => section.initiatives);
    // The summary table, the table of rounds and one table per initiative.
    expect(html.match(/<table>/g)).toHaveLength(initiatives.length + 2);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain(summariseRound(budgetFollowUp2017, "2017-3", "da"));
    const words = { green: "☺ Grøn", yellow: "😐 Gul", red: "☹ Rød", "not-assessed": "Ikke vurderet" };
    const statuses = initiatives.flatMap((initiative) => [
      ...initiative.milestones.map((milestone) => milestone.status),
      ...(initiative.economy ? [initiative.economy.status] : []),
    ]);
    const cells = [...html.matchAll(/<td><p>(☺ Grøn|😐 Gul|☹ Rød|Ikke vurderet)<\/p><\/td>/g)].map(
      (m) => m[1],
    );
    expect(cells).toEqual(statuses.map((status) => words[status]));
  });

  it("marks the document Danish, repeats table headers on each page and keeps an initiative's table together", async () => {
    const bytes = await exportDocx(budgetFollowUp2017);
    expect(part(bytes, "word/styles.xml")).toMatch(/<w:lang w:val="da-DK"/);
    const body = part(bytes, "word/document.xml");
    const initiatives = budgetFollowUp2017.sections.flatMap((section) => section.initiatives).length;
    expect(body.match(/<w:tblHeader\/>/g)?.length).toBe(initiatives + 2);
    expect(body).toMatch(/<w:cantSplit\/>/);
    expect(body).toMatch(/<w:keepNext\/>/);
    expect(part(bytes, "docProps/core.xml")).toContain(
      "<dc:title>Tredje opfølgning på Aftale om budget 2017</dc:title>",
    );
  });

  it("reads a file edited in Word from its pages, not from the data it was exported with", async () => {
    const bytes = await exportDocx(budgetFollowUp2017);
    const files = unzipSync(bytes);
    files["word/document.xml"] = strToU8(
      part(bytes, "word/document.xml").replace(
        "Tredje opfølgning på Aftale",
        "Tredje opfølgning (rettet) på Aftale",
      ),
    );
    const { document } = importDocx(zipSync(files));
    expect(document?.metadata.title).toBe("Tredje opfølgning (rettet) på Aftale om budget 2017");
  });

  it("writes only the initiatives that need attention when asked", async () => {
    const bytes = await exportDocx(budgetFollowUp2017, { onlyAttention: true });
    const { document } = importDocx(bytes);
    const ids = needsAttention(budgetFollowUp2017).map((item) => item.initiative.id);
    const written =
      document?.type === "budget-follow-up"
        ? document.sections.flatMap((section) => section.initiatives.map((initiative) => initiative.id))
        : [];
    expect(written.sort()).toEqual([...ids].sort());
    expect(readPages(bytes).document?.type).toBe("budget-follow-up");
  });

  it("writes chosen rounds and sections only", async () => {
    const bytes = await exportDocx(budgetFollowUp2017, { rounds: ["2017-3"], sections: ["5"] });
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain("5. Erhverv og Beskæftigelse");
    expect(text).not.toContain("6. ");
    expect(text).not.toContain("1. budgetopfølgning 2017");
  });

  it("writes a plan's activities and a meeting's items as tables under headings", async () => {
    const plan = await mammoth.convertToHtml({
      buffer: Buffer.from(await exportDocx(implementationPlan2017)),
    });
    expect(plan.value).toContain(`<h1>${implementationPlan2017.metadata.title}</h1>`);
    for (const activity of implementationPlan2017.activities.slice(0, 3))
      expect(plan.value).toContain(activity.date.text);
    const meetings = await mammoth.convertToHtml({
      buffer: Buffer.from(await exportDocx(meetingsLejre2017)),
    });
    const meeting = meetingsLejre2017.meetings[0];
    expect(meetings.value).toMatch(/<h2>Referat: /);
    if (meeting?.items[0]) expect(meetings.value).toContain(meeting.items[0].title);
    expect(importDocx(await exportDocx(meetingsLejre2017)).document).toEqual(meetingsLejre2017);
  });

  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((candidate) => existsSync(candidate));
  it.skipIf(soffice === undefined)(
    "opens in LibreOffice, and the copy it saves as Word reads back as the seed from its pages",
    async () => {
      const work = mkdtempSync(path.join(tmpdir(), "milepael-docx-"));
      const exported = path.join(work, "opfoelgning.docx");
      writeFileSync(exported, await exportDocx(budgetFollowUp2017));
      const out = path.join(work, "saved");
      await promisify(execFile)(
        soffice as string,
        [
          "--headless",
          `-env:UserInstallation=file://${path.join(work, "profile")}`,
          "--convert-to",
          "docx:MS Word 2007 XML",
          "--outdir",
          out,
          exported,
        ],
        { timeout: 120_000 },
      );
      const saved = new Uint8Array(readFileSync(path.join(out, "opfoelgning.docx")));
      const { document, diagnostics } = importDocx(saved);
      expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
      expect(document).toEqual(withoutGuesses(budgetFollowUp2017));
    },
    180_000,
  );
});
