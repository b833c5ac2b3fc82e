// Minutes and agendas through Word without the copy of the document the export carries: staff
// open the file, edit it and save it, and Word may drop the copy. The pages alone must then say
// what the meetings are.
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { meetingsLejre2017 } from "../../fixtures";
import type { Locale } from "../../i18n/locale";
import { importDocx } from "../../import/docx/importDocx";
import { withoutCopy } from "../../import/docx/testing";
import { asMeetingsDocument } from "../../import/meetings/meetings.arbitrary";
import { decisionOutcomes, type MeetingsDocument, meetingKinds } from "../../model/meetings.schema";
import { exportDocx } from "./exportDocx";

/** The pages of an export (in Danish unless told) read back, the file's copy removed. */
async function readPagesOf(document: MeetingsDocument, locale: Locale = "da") {
  return importDocx(withoutCopy(await exportDocx(document, { locale })));
}

/**
 * The export with `from` replaced by `to` in its pages, as when typed over in Word, its copy
 * removed unless `copy` is "kept".
 */
async function editedInWord(
  document: MeetingsDocument,
  from: string,
  to: string,
  copy: "removed" | "kept" = "removed",
): Promise<Uint8Array> {
  const exported = await exportDocx(document);
  const files = unzipSync(copy === "kept" ? exported : withoutCopy(exported));
  const pages = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  expect(pages).toContain(from);
  files["word/document.xml"] = strToU8(pages.replace(from, to));
  return zipSync(files);
}

// Texts as people type them: one line, no blanks around it and no run of spaces (the paper's lines
// are read trimmed, and its cells as rich text, where spaces are one).
const word = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter((text) => text.trim() === text && text !== "" && !/[\r\n]|\s\s/.test(text));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const itemArbitrary = fc.record(
  {
    // An agenda's item numbers as meeting systems write them ("7", "12a"): a number of any text
    // (". !") reads as a line of the heading, not as its number.
    number: fc.stringMatching(/^[1-9]\d{0,2}[a-z]?$/),
    title: word,
    caseNumber: word,
    summary: word,
    recommendation: fc.array(word, { minLength: 1, maxLength: 3 }),
    decisionAuthority: word,
    decision: fc.array(word, { minLength: 1, maxLength: 2 }).map((lines) => lines.join("\n")),
    outcome: fc.constantFrom(...decisionOutcomes),
    caseText: fc.array(word, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n")),
    attachments: fc.array(word, { maxLength: 3 }),
  },
  { requiredKeys: ["number", "title", "outcome", "attachments"] },
);
const clock = fc.constantFrom("09:00", "16:30", "18:45");
const meetingsArbitrary: fc.Arbitrary<MeetingsDocument> = fc
  .record({
    title: word,
    meetings: fc.array(
      fc.record(
        {
          kind: fc.constantFrom(...meetingKinds),
          body: word,
          municipality: word,
          date: fc.constantFrom("2017-01-03", "2018-12-31", "2020-02-29"),
          start: clock,
          end: clock,
          place: word,
          absent: fc.array(
            fc.record({
              name: fc.constantFrom("Ole Olsen", "Bo Berg"),
              affiliation: optional(fc.constantFrom("V", "LEUF")),
            }),
            { maxLength: 2 },
          ),
          items: fc.array(itemArbitrary, { maxLength: 3 }),
        },
        { requiredKeys: ["kind", "body", "date", "absent", "items"] },
      ),
      { minLength: 1, maxLength: 3 },
    ),
    related: fc.array(
      fc.record(
        { title: word, kind: word, municipality: word, date: fc.constant("2017-09-21") },
        { requiredKeys: ["title", "kind"] },
      ),
      { maxLength: 2 },
    ),
  })
  .map(asMeetingsDocument);

/** A meetings document without what the paper does not show: the meetings' ids, the metadata but its title. */
const shown = (document: MeetingsDocument | null) =>
  document && {
    ...document,
    metadata: { title: document.metadata.title },
    meetings: document.meetings.map(({ id: _id, ...meeting }) => meeting),
  };

describe("meetings through Word without the file's copy", () => {
  it("reads the seed's pages back as the seed: meetings, items with every field, related documents", async () => {
    const { document, diagnostics } = await readPagesOf(meetingsLejre2017);
    expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
    expect(document).toEqual(meetingsLejre2017);
  });

  it("reads the year the paper prints ('År: 2018'), not the first meeting's", async () => {
    const nextYear = { ...meetingsLejre2017, metadata: { ...meetingsLejre2017.metadata, year: 2018 } };
    const { document, diagnostics } = await readPagesOf(nextYear);
    expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
    expect(document?.metadata.year).toBe(2018);
  });

  it("reads the organisation the paper prints, not one made from the first meeting's municipality", async () => {
    for (const organisation of ["Lejre Kommune, Center for Politik", "Roskilde Kommune"]) {
      const printed = { ...meetingsLejre2017, metadata: { ...meetingsLejre2017.metadata, organisation } };
      const { document, diagnostics } = await readPagesOf(printed);
      expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
      expect(document?.metadata.organisation).toBe(organisation);
    }
  });

  it("reads the pages of any meetings document, in Danish or English, back without the file's copy, and says what the paper cannot show", async () => {
    await fc.assert(
      fc.asyncProperty(meetingsArbitrary, fc.constantFrom<Locale>("da", "en"), async (meetings, locale) => {
        const { document, diagnostics } = await readPagesOf(meetings, locale);
        expect(diagnostics.map((found) => [found.level, found.code])).toEqual([
          ["info", "meetings.paper-read"],
        ]);
        expect(shown(document as MeetingsDocument)).toEqual(shown(meetings));
      }),
      { numRuns: 40 },
    );
  });

  it("prints an item's summary, case text and attachments under its heading, as Danish minutes do", async () => {
    const bytes = await exportDocx(meetingsLejre2017);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const item = meetingsLejre2017.meetings[0]?.items[1];
    if (item?.summary === undefined || item.caseText === undefined) throw new Error("seed");
    for (const shown of ["Resumé", item.summary, "Sagsfremstilling", item.caseText])
      expect(text).toContain(shown);
    for (const attachment of meetingsLejre2017.meetings[0]?.items[2]?.attachments ?? [])
      expect(text).toContain(attachment);
  });

  it("reads a decision typed over in Word from the page", async () => {
    const bytes = await editedInWord(
      meetingsLejre2017,
      "Gert Fabrin blev valgt som næstformand.",
      "Hanne Holm blev valgt som næstformand.",
    );
    const { document } = importDocx(bytes);
    const items = document?.type === "meetings" ? document.meetings[0]?.items : [];
    expect(items?.[1]?.decision).toBe("Hanne Holm blev valgt som næstformand.");
    expect(items?.[1]?.outcome).toBe("approved");
    expect(items?.[0]).toEqual(meetingsLejre2017.meetings[0]?.items[0]);
  });

  it("reads the year and organisation typed over on the title page, not the copy's, when the pages were edited", async () => {
    const original: MeetingsDocument = {
      ...meetingsLejre2017,
      metadata: { ...meetingsLejre2017.metadata, organisation: "Lejre Kommune, Sekretariatet" },
    };
    const year = await editedInWord(original, "År: 2017", "År: 2018", "kept");
    expect(importDocx(year).document?.metadata).toMatchObject({
      year: 2018,
      organisation: "Lejre Kommune, Sekretariatet",
    });
    const organisation = await editedInWord(original, "Sekretariatet", "Center for Politik", "kept");
    expect(importDocx(organisation).document?.metadata).toMatchObject({
      year: 2017,
      organisation: "Lejre Kommune, Center for Politik",
    });
  });

  it("takes what no page shows from the file's copy when the pages were edited, and says the copy differs", async () => {
    const [meeting, ...meetings] = meetingsLejre2017.meetings;
    if (meeting === undefined) throw new Error("seed");
    const original: MeetingsDocument = {
      ...meetingsLejre2017,
      metadata: { ...meetingsLejre2017.metadata, organisation: "Lejre Kommune, Sekretariatet" },
      meetings: [{ ...meeting, id: "moede-1" }, ...meetings],
    };
    const from = "Gert Fabrin blev valgt som næstformand.";
    const to = "Hanne Holm blev valgt som næstformand.";
    const { document, diagnostics } = importDocx(await editedInWord(original, from, to, "kept"));
    const edited = structuredClone(original);
    const item = edited.meetings[0]?.items[1];
    if (item !== undefined) item.decision = to;
    expect(document).toEqual(edited);
    expect(diagnostics.map((found) => [found.level, found.code])).toEqual([
      ["warning", "import.docx-copy-differs"],
    ]);
  });
});
