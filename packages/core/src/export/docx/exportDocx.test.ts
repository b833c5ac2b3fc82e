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
import {
  budgetFollowUp2017,
  communicationPlan2017,
  implementationPlan2017,
  introductionProgramme2018,
  meetingsLejre2017,
} from "../../fixtures";
import { statusLabel } from "../../i18n/statusLabels";
import { docxSourceLines, importDocx } from "../../import/docx/importDocx";
import { withoutCopy, withoutGuesses } from "../../import/docx/testing";
import { parseXml, textOf } from "../../import/docx/xml";
import { exportFollowUpCsv } from "../../import/followUpCsv/write";
import { importDocument } from "../../import/importDocument";
import { importPdf } from "../../import/pdf/importPdf";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import type { PlanDocument } from "../../model/plan.schema";
import { sanitizeRichText } from "../../richText/richText";
import { followUpArbitrary, hostileTextArbitrary, richTextArbitrary } from "../../rules/followUp.arbitrary";
import { needsAttention } from "../../rules/needsAttention";
import { copyXml, embeddedPartName } from "./embedded";
import { exportDocx } from "./exportDocx";
import { paragraphsToRich, type TagParagraph, type TagRun } from "./tagParagraphs";

/** What the importers read from the pages alone, the embedded document left aside. */
function readPages(bytes: Uint8Array) {
  const read = docxSourceLines(bytes);
  if (!read.ok) throw new Error(read.error.code);
  const text = read.lines.map((line) => line.text).join("\n");
  return { text, ...importDocument(text) };
}

/**
 * An export without its copy whose first economy row's label cell ("Økonomi") was cleared and
 * typed again in Word: its text no longer in the row's control.
 */
function economyLabelRetyped(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(withoutCopy(bytes));
  const label =
    /<w:sdt><w:sdtPr><w:tag w:val="mp:economy(?: n=\d+)?"\/><\/w:sdtPr><w:sdtContent>(.*?)<\/w:sdtContent><\/w:sdt>/;
  files["word/document.xml"] = strToU8(part(bytes, "word/document.xml").replace(label, "$1"));
  return zipSync(files);
}

/** The JSON of the copy an export stores, parsed. */
function storedCopy<T>(files: Record<string, Uint8Array>): T {
  return JSON.parse(textOf(parseXml(strFromU8(files[embeddedPartName] ?? new Uint8Array())))) as T;
}

/** The export's files with `json` stored as its copy, zipped: a copy edited inside the zip. */
function withStoredCopy(files: Record<string, Uint8Array>, json: string): Uint8Array {
  return zipSync({ ...files, [embeddedPartName]: strToU8(copyXml(json)) });
}

/** Drops the keys whose value is undefined, as the model leaves an absent field out. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/**
 * Rich text as Word can write it: paragraphs and list items (three levels, each at most one deeper
 * than the one before), bold, italic and line breaks.
 */
const wordRichTextArbitrary = fc
  .array(
    fc.record({
      list: optional(fc.record({ ordered: fc.boolean(), level: fc.integer({ min: 0, max: 2 }) })),
      runs: fc.array(
        fc.oneof(
          fc.record({
            kind: fc.constant("text" as const),
            text: fc.constantFrom("a", "ø b", "x & y", "1 < 2", "Ansvarligt center:"),
            bold: fc.boolean(),
            italic: fc.boolean(),
          }),
          fc.constant({ kind: "break" as const }),
        ) as fc.Arbitrary<TagRun>,
        { maxLength: 4 },
      ),
    }),
    { maxLength: 4 },
  )
  .map((paragraphs) => {
    let depth = -1;
    const nested = paragraphs.map((paragraph): TagParagraph => {
      if (paragraph.list === undefined) {
        depth = -1;
        return { runs: paragraph.runs };
      }
      depth = Math.min(paragraph.list.level, depth + 1);
      return { runs: paragraph.runs, list: { ...paragraph.list, level: depth, group: "0" } };
    });
    return paragraphsToRich(nested);
  });

/** Any markup, sanitised: what a page may not tell apart (`<em><strong>` or `<strong><em>`). */
const anyRichTextArbitrary = fc
  .array(
    fc.constantFrom(
      "<p>",
      "</p>",
      "<ul>",
      "<ol>",
      "<li>",
      "</li>",
      "</ul>",
      "</ol>",
      "<strong>",
      "</strong>",
      "<em>",
      "</em>",
      "<br>",
      "a",
      " ø b ",
      "&amp;",
    ),
    { maxLength: 14 },
  )
  .map((parts) => sanitizeRichText(parts.join("")).html);

/**
 * The follow-up arbitrary with every field it leaves out filled: section and initiative numbers,
 * notes, key contributors, status notes, and rich text with markup.
 */
const everyFieldArbitrary = (rich: fc.Arbitrary<string>) =>
  followUpArbitrary.chain((followUp) =>
    fc
      .tuple(
        ...followUp.sections.map((section) =>
          fc.record({
            number: optional(hostileTextArbitrary),
            title: hostileTextArbitrary.filter((title) => title !== ""),
            initiatives: fc.tuple(
              ...section.initiatives.map((initiative) =>
                fc.record({
                  number: optional(hostileTextArbitrary),
                  description: fc.oneof(richTextArbitrary, rich),
                  notes: optional(rich),
                  keyContributors: fc.array(hostileTextArbitrary, { maxLength: 3 }),
                  milestones: fc.tuple(
                    ...initiative.milestones.map(() =>
                      fc.record({ text: rich, statusNote: optional(hostileTextArbitrary) }),
                    ),
                  ),
                  economy: fc.record({ text: rich, statusNote: optional(hostileTextArbitrary) }),
                }),
              ),
            ),
          }),
        ),
      )
      .map(
        (filled): BudgetFollowUp => ({
          ...followUp,
          sections: followUp.sections.map((section, sectionIndex) => {
            const more = filled[sectionIndex];
            return defined({
              ...section,
              number: more?.number,
              title: more?.title ?? section.title,
              initiatives: section.initiatives.map((initiative, index) => {
                const fields = more?.initiatives[index];
                if (fields === undefined) return initiative;
                return defined({
                  ...initiative,
                  number: fields.number,
                  description: fields.description,
                  notes: fields.notes,
                  keyContributors: fields.keyContributors,
                  milestones: initiative.milestones.map((milestone, at) =>
                    defined({ ...milestone, ...fields.milestones[at] }),
                  ),
                  economy:
                    initiative.economy === undefined
                      ? undefined
                      : defined({ ...initiative.economy, ...fields.economy }),
                });
              }),
            });
          }),
        }),
      ),
  );

const firstMilestone = (document: BudgetFollowUp) => document.sections[0]?.initiatives[0]?.milestones[0];

const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name] ?? new Uint8Array());

/**
 * Every follow-up of `arbitrary`, exported and read back from its pages alone or with the file's
 * copy, is the follow-up itself, with exactly these diagnostics.
 */
async function expectReadBack(
  arbitrary: fc.Arbitrary<BudgetFollowUp>,
  read: "pagesOnly" | "withCopy",
  codes: string[],
  numRuns: number,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (followUp) => {
      const file = await exportDocx(followUp);
      const { document, diagnostics } = importDocx(read === "pagesOnly" ? withoutCopy(file) : file);
      expect(diagnostics.map((found) => found.code)).toEqual(codes);
      expect(document).toEqual(followUp);
    }),
    { numRuns },
  );
}

describe("exportDocx", () => {
  it("reads the pages of an export of any valid follow-up back as the follow-up, the file's copy removed", async () => {
    await expectReadBack(followUpArbitrary, "pagesOnly", [], 60);
  });

  it("reads an export of any valid follow-up back as the follow-up, and says its pages and copy agree", async () => {
    await expectReadBack(followUpArbitrary, "withCopy", ["import.docx-copy-used"], 40);
  });

  it("reads every field of any follow-up back from its pages alone: numbers, notes, contributors, status notes, lists, bold, italic", async () => {
    await expectReadBack(everyFieldArbitrary(wordRichTextArbitrary), "pagesOnly", [], 30);
  });

  it("reads any markup back exactly, the file's copy holding what its pages cannot tell apart", async () => {
    await expectReadBack(
      everyFieldArbitrary(anyRichTextArbitrary),
      "withCopy",
      ["import.docx-copy-used"],
      30,
    );
  });

  it("reads a status changed in Word from the page, and says the file's copy differs", async () => {
    const bytes = await exportDocx(budgetFollowUp2017);
    const files = unzipSync(bytes);
    const xml = part(bytes, "word/document.xml");
    const at = xml.indexOf('w:tag w:val="mp:milestone.status"');
    const end = xml.indexOf("</w:sdt>", at);
    const control = xml.slice(at, end);
    const shown = statusLabel(firstMilestone(budgetFollowUp2017)?.status ?? "green", "milestone", "da").name;
    files["word/document.xml"] = strToU8(
      xml.slice(0, at) + control.replace(` ${shown}<`, " Rød<").replace(/☺|😐|☹/u, "☹") + xml.slice(end),
    );
    const { document, diagnostics } = importDocx(zipSync(files));
    expect(firstMilestone(document as BudgetFollowUp)?.status).toBe("red");
    expect(diagnostics.map((found) => found.code)).toEqual(["import.docx-copy-differs"]);
  });

  it("reads a milestone's status and text from the page when Word removed their controls (a cell cleared and typed again)", async () => {
    const bytes = await exportDocx(budgetFollowUp2017);
    const xml = part(bytes, "word/document.xml");
    /** The page with the first control of the tag replaced by plain runs of what it showed, or of `typed`. */
    const uncontrolled = (tag: string, typed?: string) => {
      const at = xml.indexOf(`<w:sdt><w:sdtPr><w:tag w:val="mp:${tag}"`);
      const end = xml.indexOf("</w:sdt>", at) + "</w:sdt>".length;
      const shown = /<w:sdtContent>([\s\S]*)<\/w:sdtContent>/.exec(xml.slice(at, end))?.[1] ?? "";
      const runs = typed === undefined ? shown : `<w:r><w:t xml:space="preserve">${typed}</w:t></w:r>`;
      const files = unzipSync(withoutCopy(bytes));
      files["word/document.xml"] = strToU8(xml.slice(0, at) + runs + xml.slice(end));
      return firstMilestone(importDocx(zipSync(files)).document as BudgetFollowUp);
    };
    const milestone = firstMilestone(budgetFollowUp2017);
    expect(uncontrolled("milestone.status", "☹ Rød")?.status).toBe("red");
    expect(uncontrolled("milestone.status")?.status).toBe(milestone?.status);
    expect(uncontrolled("milestone.text")?.text).toBe(milestone?.text);
  });

  it("reads an economy row whose label's control Word removed as the economy, not as more of the milestone above", async () => {
    const bytes = economyLabelRetyped(await exportDocx(budgetFollowUp2017));
    const read = (importDocx(bytes).document as BudgetFollowUp).sections[0]?.initiatives[0];
    const initiative = budgetFollowUp2017.sections[0]?.initiatives[0];
    expect(read?.economy).toEqual(initiative?.economy);
    expect(read?.milestones.map((found) => found.text)).toEqual(
      initiative?.milestones.map((found) => found.text),
    );
  });

  it("says that the pages were read as text when their controls no longer make a follow-up", async () => {
    const exported = await exportDocx(budgetFollowUp2017);
    // A row's label retyped: its values fit no row of their kind, so the controls are given up.
    const { diagnostics } = importDocx(economyLabelRetyped(exported));
    expect(diagnostics.map((found) => [found.level, found.code])).toContainEqual([
      "info",
      "import.docx-tags-unreadable",
    ]);
    // An export whose controls are whole is read from them, and says nothing of the kind.
    const whole = importDocx(withoutCopy(exported)).diagnostics.map((found) => found.code);
    expect(whole).not.toContain("import.docx-tags-unreadable");
  });

  it("keeps what a page cannot hold in the file's copy: forbidden characters, markup Word cannot tell apart, unshown fields", async () => {
    const [section] = budgetFollowUp2017.sections;
    const [initiative] = section?.initiatives ?? [];
    if (section === undefined || initiative === undefined) throw new Error("seed");
    const followUp: BudgetFollowUp = {
      ...budgetFollowUp2017,
      metadata: { ...budgetFollowUp2017.metadata, title: "Opfølgning\u0001" },
      readingGuide: { milestoneLevels: ["green", "red"] },
      rounds: budgetFollowUp2017.rounds.map((round, index) =>
        index === 0 ? { ...round, state: "published" } : round,
      ),
      sections: [
        {
          ...section,
          initiatives: [
            {
              ...initiative,
              description: "<em><strong>Vigtigt</strong></em>",
              lifecycle: "completed",
              milestones: initiative.milestones.map((milestone) => ({ ...milestone, statusGuessed: true })),
              economy: { text: "Ingen", status: "green", amount: 29_800_000, amountType: "saving" },
            },
          ],
        },
      ],
    };
    const bytes = await exportDocx(followUp);
    // Every part stays well-formed XML: the character is shown as U+FFFD everywhere.
    for (const [name, content] of Object.entries(unzipSync(bytes)))
      if (name.endsWith(".xml")) expect(() => parseXml(strFromU8(content)), name).not.toThrow();
    expect(importDocx(bytes).document).toEqual(followUp);
    // The pages alone show all but those: the character as U+FFFD, the markup as Word holds it.
    const pages = importDocx(withoutCopy(bytes)).document as BudgetFollowUp;
    expect(pages.metadata.title).toBe("Opfølgning\uFFFD");
    const read = pages.sections[0]?.initiatives[0];
    expect(read?.description).toBe("<strong><em>Vigtigt</em></strong>");
    expect(read?.lifecycle).toBeUndefined();
    expect(read?.economy).toEqual({ text: "Ingen", status: "green" });
    expect(pages.readingGuide).toBeUndefined();
    expect(pages.rounds[0]?.state).toBeUndefined();
  });

  it("reads an economy's amount from its text when the file's copy is gone, as the text importer does", async () => {
    const economies = (document: BudgetFollowUp) =>
      document.sections.flatMap((section) => section.initiatives.map((initiative) => initiative.economy));
    const pages = importDocx(withoutCopy(await exportDocx(budgetFollowUp2017))).document as BudgetFollowUp;
    expect(economies(budgetFollowUp2017).some((economy) => economy?.amount !== undefined)).toBe(true);
    expect(economies(pages)).toEqual(economies(budgetFollowUp2017));
  });

  it("uses the copy's exact value only while the page shows what it was exported as", async () => {
    const followUp = {
      ...budgetFollowUp2017,
      metadata: { ...budgetFollowUp2017.metadata, title: "A\u0001" },
    };
    const bytes = await exportDocx(followUp);
    const files = unzipSync(bytes);
    files["word/document.xml"] = strToU8(part(bytes, "word/document.xml").replace("A\uFFFD<", "B\uFFFD<"));
    expect(importDocx(zipSync(files)).document?.metadata.title).toBe("B\uFFFD");
  });

  it("takes from the copy only fields no page shows, whatever else a crafted copy holds", async () => {
    const followUp = structuredClone(budgetFollowUp2017);
    const initiative = followUp.sections[0]?.initiatives[0];
    if (initiative === undefined) throw new Error("seed");
    initiative.lifecycle = "completed";
    const files = unzipSync(await exportDocx(followUp));
    const stored = storedCopy<{ entries: { extras?: Record<string, unknown> }[] }>(files);
    const entry = stored.entries.find((found) => found.extras?.lifecycle === "completed");
    if (entry === undefined) throw new Error("no entry for the lifecycle");
    entry.extras = { lifecycle: "cancelled", title: "Falsk", id: "falsk" };
    const read = (importDocx(withStoredCopy(files, JSON.stringify(stored))).document as BudgetFollowUp)
      .sections[0]?.initiatives[0];
    expect(read?.lifecycle).toBe("cancelled");
    expect(read?.title).toBe(initiative.title);
    expect(read?.id).toBe(initiative.id);
  });

  it("reads the seed's export back exactly: its pages say what its stored copy says", async () => {
    const { document, diagnostics } = importDocx(await exportDocx(budgetFollowUp2017));
    expect(diagnostics.map((found) => found.code)).toEqual(["import.docx-copy-used"]);
    expect(document).toEqual(budgetFollowUp2017);
  });

  it("still reads the copy an earlier export kept as a JSON part", async () => {
    const files = unzipSync(await exportDocx(budgetFollowUp2017));
    const json = JSON.stringify(storedCopy(files));
    for (const name of Object.keys(files)) if (name.startsWith("customXml/")) delete files[name];
    const earlier = zipSync({ ...files, "customXml/milepael-document.json": strToU8(json) });
    const { document, diagnostics } = importDocx(earlier);
    expect(diagnostics.map((found) => found.code)).toEqual(["import.docx-copy-used"]);
    expect(document).toEqual(budgetFollowUp2017);
  });

  it("does not let a copy stored in the file pass for pages that say something else", async () => {
    const files = unzipSync(await exportDocx(budgetFollowUp2017));
    const stored = storedCopy<{ document: BudgetFollowUp }>(files);
    // A crafted copy: the same fingerprint of the pages, another title and no sections.
    stored.document = { ...stored.document, metadata: { title: "Noget andet" }, sections: [] };
    const { document, diagnostics } = importDocx(withStoredCopy(files, JSON.stringify(stored)));
    expect(diagnostics.map((found) => found.code)).toContain("import.docx-copy-differs");
    expect(document?.metadata.title).toBe("Tredje opfølgning på Aftale om budget 2017");
  });

  it("says what it made safe in a plan's stored copy, which it reads instead of the pages", async () => {
    const files = unzipSync(await exportDocx(implementationPlan2017));
    const stored = storedCopy<{ document: typeof implementationPlan2017 }>(files);
    // The copy edited inside the zip, its fingerprint of the pages kept.
    stored.document.activities = stored.document.activities.map((activity, index) =>
      index === 0
        ? { ...activity, description: '<p onclick="steal()">Møde</p><script>x()</script>' }
        : activity,
    );
    const { document, diagnostics } = importDocx(withStoredCopy(files, JSON.stringify(stored)));
    expect(document?.type === "plan" && document.activities[0]?.description).toBe("Møde");
    expect(diagnostics.map((found) => [found.code, found.path])).toEqual([
      ["import.docx-copy-used", []],
      ["import.html-removed", ["activities", 0, "description"]],
    ]);
  });

  it("says a stored copy it cannot read was passed over, and why, and reads the pages", async () => {
    const exported = unzipSync(await exportDocx(budgetFollowUp2017));
    const stored = storedCopy<{ document: BudgetFollowUp }>(exported);
    const withCopy = (copy: string) => importDocx(withStoredCopy(exported, copy));
    const damaged = withCopy('{"document": {"type": "budget-follow-up"');
    const newer = withCopy(
      JSON.stringify({ ...stored, document: { ...stored.document, schemaVersion: 99 } }),
    );
    for (const [read, reason] of [
      [damaged, "damaged"],
      [newer, "newer"],
    ] as const) {
      expect(read.diagnostics.find((found) => found.code === "import.docx-copy-unreadable")?.params).toEqual({
        reason,
      });
      expect(read.document?.metadata.title).toBe(budgetFollowUp2017.metadata.title);
    }
  });

  it("lays the seed out so its pages alone read back as the seed, every smiley's colour known", async () => {
    const bytes = await exportDocx(budgetFollowUp2017);
    const { document, diagnostics } = readPages(bytes);
    // No warning: no smiley guessed, no line left unread.
    expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
    expect(document).toEqual(withoutGuesses(budgetFollowUp2017));
  });

  it("reads a seed's '&' back from the tagged pages alone as written, not as an entity, and so writes it to CSV", async () => {
    const bytes = await exportDocx(budgetFollowUp2017);
    const read = importDocx(withoutCopy(bytes)).document as BudgetFollowUp;
    const texts = (followUp: BudgetFollowUp) =>
      followUp.sections.flatMap((section) =>
        section.initiatives.flatMap((initiative) => initiative.milestones.map((milestone) => milestone.text)),
      );
    expect(texts(read)).toContain(
      "Nyt koncept for Kig & Lyt er udviklet – revurdering af form, indhold og distributionskanaler.",
    );
    // The CSV staff open in Excel shows the text, not an entity.
    expect(exportFollowUpCsv(read)).not.toContain("&amp;");
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

  it("uses a plan's or meetings' copy while the pages show the text they were exported with, however an editor wrote them again", async () => {
    const bytes = await exportDocx(meetingsLejre2017);
    const files = unzipSync(bytes);
    const xml = part(bytes, "word/document.xml");
    // Saved again as an editor does: the same text in other runs and markup.
    const rewritten = xml.replace(
      /<w:t xml:space="preserve">([^< ]+)<\/w:t>/g,
      '<w:t>$1</w:t><w:bookmarkStart w:id="0" w:name="x"/>',
    );
    expect(rewritten).not.toBe(xml);
    const saved = importDocx(zipSync({ ...files, "word/document.xml": strToU8(rewritten) }));
    expect(saved.document).toEqual(meetingsLejre2017);
    // Text edited: the pages are read, not the copy.
    const item = meetingsLejre2017.meetings[0]?.items[0]?.title ?? "";
    const edited = xml.replace(item, `${item} (rettet)`);
    const read = importDocx(zipSync({ ...files, "word/document.xml": strToU8(edited) }));
    expect(read.document).not.toEqual(meetingsLejre2017);
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

  it("reads a plan's pages back without the file's copy, a cell's line breaks kept and every activity in its row", async () => {
    const { document, diagnostics } = importDocx(withoutCopy(await exportDocx(implementationPlan2017)));
    expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
    expect(document?.type === "plan" && document.activities).toEqual(implementationPlan2017.activities);
  });

  it("reads a programme's tracks back from its pages without the file's copy, each activity in its track", async () => {
    const { document } = importDocx(withoutCopy(await exportDocx(introductionProgramme2018)));
    if (document?.type !== "plan") throw new Error("no plan read");
    expect(document.tracks).toEqual(introductionProgramme2018.tracks);
    const tracks = (plan: PlanDocument) =>
      plan.activities.map((activity) => [activity.title, activity.track]);
    expect(tracks(document)).toEqual(tracks(introductionProgramme2018));
  });

  it("prints a programme's year on its pages and reads it back without the file's copy, though it is dated the year before", async () => {
    const bytes = withoutCopy(await exportDocx(introductionProgramme2018));
    expect(readPages(bytes).text).toContain("År: 2018");
    const { document, diagnostics } = importDocx(bytes);
    expect(document?.metadata.year).toBe(2018);
    expect(diagnostics.map((found) => found.code)).not.toContain("import.year-inferred");
  });

  it("reads a follow-up's organisation and year, printed under 'Om dokumentet', from its pages read as text", async () => {
    const followUp = structuredClone(budgetFollowUp2017);
    followUp.metadata = { ...followUp.metadata, organisation: "Lejre Kommune", year: 2018 };
    const { text, document, diagnostics } = readPages(await exportDocx(followUp));
    expect(text).toContain("Organisation: Lejre Kommune\nÅr: 2018");
    expect(document?.metadata).toMatchObject({ organisation: "Lejre Kommune", year: 2018 });
    expect(diagnostics.map((found) => found.code)).not.toContain("import.year-inferred");
  });

  it("reads a plan's introduction back from its pages as it was, however often it goes through Word", async () => {
    for (const plan of [communicationPlan2017, introductionProgramme2018]) {
      const once = importDocx(withoutCopy(await exportDocx(plan)));
      const twice = importDocx(withoutCopy(await exportDocx(once.document as PlanDocument)));
      for (const { document } of [once, twice])
        expect(document?.type === "plan" && document.introduction).toBe(plan.introduction);
      // The paper's own headings ("Indledning", "Aktiviteter") are said, not read as text.
      expect(once.diagnostics.map((found) => found.code)).toContain("import.paper-heading");
    }
  });

  it("writes an absentee's note beside the name, as the minutes do, and reads it back", async () => {
    const [meeting, ...meetings] = meetingsLejre2017.meetings;
    if (meeting === undefined) throw new Error("seed");
    const absent = [
      { name: "Hans Hansen", affiliation: "A", note: "deltog fra pkt. 3" },
      { name: "Ole Olsen", note: "syg" },
    ];
    const document = { ...meetingsLejre2017, meetings: [{ ...meeting, absent }, ...meetings] };
    const bytes = await exportDocx(document);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain("Afbud: Hans Hansen (A) (deltog fra pkt. 3), Ole Olsen (syg)");
    expect(importDocx(bytes).document).toEqual(document);
  });

  it("writes well-formed XML for a plan and meetings whose text holds characters XML forbids", async () => {
    const [activity, ...activities] = implementationPlan2017.activities;
    const [meeting, ...meetings] = meetingsLejre2017.meetings;
    const [item, ...items] = meeting?.items ?? [];
    if (activity === undefined || meeting === undefined || item === undefined) throw new Error("seed");
    const plan = {
      ...implementationPlan2017,
      metadata: { ...implementationPlan2017.metadata, organisation: "Lejre\u0002" },
      activities: [{ ...activity, title: "Kick-off\u0001", responsible: "HR\u000b" }, ...activities],
    };
    const minutes = {
      ...meetingsLejre2017,
      meetings: [{ ...meeting, items: [{ ...item, title: "Dagsorden\u0008" }, ...items] }, ...meetings],
    };
    for (const document of [plan, minutes]) {
      const bytes = await exportDocx(document);
      for (const [name, content] of Object.entries(unzipSync(bytes)))
        if (name.endsWith(".xml")) expect(() => parseXml(strFromU8(content)), name).not.toThrow();
      expect(importDocx(bytes).document).toEqual(document);
    }
    const pages = await mammoth.convertToHtml({ buffer: Buffer.from(await exportDocx(plan)) });
    expect(pages.value).toContain("Kick-off\uFFFD");
  });

  // `npm test` names the LibreOffice it installed (SOFFICE_PATH), so there these tests never skip.
  const soffice =
    process.env.SOFFICE_PATH ||
    ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((candidate) => existsSync(candidate));
  /**
   * The file as LibreOffice saves it again, headless, with a profile of its own: as Word (`docx`),
   * or printed to PDF (`pdf`).
   */
  async function savedByLibreOffice(bytes: Uint8Array, as: "docx" | "pdf" = "docx"): Promise<Uint8Array> {
    const work = mkdtempSync(path.join(tmpdir(), "milepael-docx-"));
    const exported = path.join(work, "eksport.docx");
    writeFileSync(exported, bytes);
    const out = path.join(work, "saved");
    await promisify(execFile)(
      soffice as string,
      [
        "--headless",
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--convert-to",
        as === "docx" ? "docx:MS Word 2007 XML" : "pdf",
        "--outdir",
        out,
        exported,
      ],
      { timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(path.join(out, `eksport.${as}`)));
  }

  it.skipIf(soffice === undefined)(
    "keeps the rounds' calendar and the round reported on when the paper is printed to PDF by LibreOffice",
    async () => {
      const followUp: BudgetFollowUp = {
        ...budgetFollowUp2017,
        metadata: { ...budgetFollowUp2017.metadata, title: "Opfølgning på Aftale om budget 2017" },
        rounds: budgetFollowUp2017.rounds.map((round, index) =>
          index === 1 ? { ...round, kind: "half-year", meetingDate: "2017-08-29" } : round,
        ),
        currentRound: "2017-2",
      };
      const { document } = await importPdf(await savedByLibreOffice(await exportDocx(followUp), "pdf"));
      expect(document?.type === "budget-follow-up" && document.rounds).toEqual(followUp.rounds);
      expect(document?.type === "budget-follow-up" && document.currentRound).toBe("2017-2");
    },
    180_000,
  );

  it.skipIf(soffice === undefined)(
    "opens in LibreOffice, and the copy it saves as Word reads back as the seed from its pages",
    async () => {
      // LibreOffice 7.4 keeps the controls but not their tags: the pages are read as text.
      const saved = await savedByLibreOffice(await exportDocx(budgetFollowUp2017));
      const { document, diagnostics } = importDocx(withoutCopy(saved));
      expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
      expect(document).toEqual(withoutGuesses(budgetFollowUp2017));
    },
    180_000,
  );

  it.skipIf(soffice === undefined)(
    "keeps milepael's copy when LibreOffice saves the file again, and uses it where the pages say the same",
    async () => {
      // A field no page shows: only the copy keeps it.
      const followUp = structuredClone(budgetFollowUp2017);
      const initiative = followUp.sections[0]?.initiatives[0];
      if (initiative === undefined) throw new Error("seed");
      initiative.lifecycle = "completed";
      const { document, diagnostics } = importDocx(await savedByLibreOffice(await exportDocx(followUp)));
      expect(diagnostics.map((found) => found.code)).toEqual(["import.docx-copy-used"]);
      expect(document).toEqual(followUp);
    },
    180_000,
  );

  it.skipIf(soffice === undefined)(
    "reads meetings saved again by LibreOffice back as they were, from the copy it keeps or from the pages alone",
    async () => {
      const saved = await savedByLibreOffice(await exportDocx(meetingsLejre2017));
      const withCopy = importDocx(saved);
      expect(withCopy.diagnostics.map((found) => found.code)).toEqual(["import.docx-copy-used"]);
      expect(withCopy.document).toEqual(meetingsLejre2017);
      const fromPages = importDocx(withoutCopy(saved));
      expect(fromPages.diagnostics.filter((found) => found.level !== "info")).toEqual([]);
      expect(fromPages.document).toEqual(meetingsLejre2017);
    },
    180_000,
  );

  it.skipIf(soffice === undefined)(
    "reads a plan and a programme saved again by LibreOffice back as they were, year included",
    async () => {
      for (const plan of [implementationPlan2017, communicationPlan2017, introductionProgramme2018]) {
        const { document } = importDocx(await savedByLibreOffice(await exportDocx(plan)));
        expect(document).toEqual(plan);
      }
    },
    360_000,
  );
});
