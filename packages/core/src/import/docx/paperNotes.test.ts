import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { formatLocation } from "../../diagnostics/findingLine";
import { exportDocx } from "../../export/docx/exportDocx";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import { importDocx } from "./importDocx";
import { controlRemoved, paragraph, withoutCopy } from "./testing";

// Staff type notes into milepael's Word paper, its content controls left intact: under the
// summary ("Sammenfatning"), after the reading guide ("Læsevejledning") or under a section's
// heading. The paper writes none of them from the document read back, so such a note is in no
// tag: it must be reported.

const note = "Direktionen anbefaler, at udvalget drøfter de røde milepæle på næste møde.";

/** milepael's Word paper of the seed with `typed` paragraphs put in after the paragraph holding `after`. */
async function paperWith(after: string, ...typed: string[]): Promise<Uint8Array> {
  const files = unzipSync(await exportDocx(budgetFollowUp2017));
  const xml = strFromU8(files["word/document.xml"] as Uint8Array);
  const found = xml.indexOf(after);
  if (found < 0) throw new Error(`the paper has no "${after}"`);
  const end = xml.indexOf("</w:p>", found) + "</w:p>".length;
  files["word/document.xml"] = strToU8(
    `${xml.slice(0, end)}${typed.map(paragraph).join("")}${xml.slice(end)}`,
  );
  return zipSync(files);
}

/** The notes reported, with where the Word reader says they are. */
const notesReported = (bytes: Uint8Array) =>
  importDocx(bytes)
    .diagnostics.filter(
      (found) => found.code === "import.preamble-ignored" || found.code === "import.unrecognized-line",
    )
    .map((found) => ({
      level: found.level,
      raw: found.raw,
      where: found.location === undefined ? undefined : formatLocation(found.location, "da"),
    }));

describe("importDocx: a note typed into milepael's tagged Word paper", () => {
  it("reports nothing on the paper as milepael wrote it, with its copy or without", async () => {
    const paper = await exportDocx(budgetFollowUp2017);
    expect(notesReported(paper)).toEqual([]);
    expect(notesReported(withoutCopy(paper))).toEqual([]);
  });

  it("reports nothing where the summary's table names a title with markup's characters ('<a', 'a & b')", async () => {
    const [first, ...rest] = budgetFollowUp2017.sections;
    const [initiative, ...others] = first?.initiatives ?? [];
    if (first === undefined || initiative === undefined) throw new Error("the seed has no initiative");
    for (const title of ["<a", "a & b", "<b>fed</b>"]) {
      const followUp = {
        ...budgetFollowUp2017,
        sections: [{ ...first, title, initiatives: [{ ...initiative, title }, ...others] }, ...rest],
      };
      const paper = await exportDocx(followUp);
      expect(notesReported(paper), title).toEqual([]);
      expect(notesReported(withoutCopy(paper)), title).toEqual([]);
    }
  });

  // Follow-ups fast-check found: the summary's table names a round "<a" (seed 1061474347); its
  // sentence names an initiative "<B " (seed 1622206946).
  it.each(["paper-summary-markup-label.json", "paper-summary-markup-title.json"])(
    "reports nothing where the summary names a round or title with markup's characters (%s)",
    async (name) => {
      const followUp = JSON.parse(
        readFileSync(new URL(`../../../test/office/${name}`, import.meta.url), "utf8"),
      ) as BudgetFollowUp;
      const paper = await exportDocx(followUp);
      expect(notesReported(paper)).toEqual([]);
      expect(notesReported(withoutCopy(paper))).toEqual([]);
    },
  );

  it("reports a note typed under 'Sammenfatning', with its paragraph, and still reads the follow-up from its tags", async () => {
    // The summary's sentence is paragraph 17: the note typed below it is paragraph 18.
    const edited = await paperWith("3 af 14 milepæle", note);
    const { document, diagnostics } = importDocx(edited);
    expect(document).toEqual(budgetFollowUp2017);
    expect(diagnostics.map((found) => found.code)).not.toContain("import.docx-tags-unreadable");
    expect(notesReported(edited)).toEqual([{ level: "warning", raw: note, where: "afsnit 18" }]);
    expect(notesReported(withoutCopy(edited))).toEqual([{ level: "warning", raw: note, where: "afsnit 18" }]);
  });

  it("reports a note of two paragraphs typed after the reading guide, as one note at its first paragraph", async () => {
    // The guide's last definition is paragraph 15.
    const second = "Se også bilag 2.";
    const edited = await paperWith("besparelsen opnås ikke i perioden", note, second);
    expect(importDocx(edited).document).toEqual(budgetFollowUp2017);
    expect(notesReported(withoutCopy(edited))).toEqual([
      { level: "warning", raw: `${note}\n${second}`, where: "afsnit 16" },
    ]);
  });

  it("reports a note typed under a section's heading, with its paragraph, and still reads the follow-up from its tags", async () => {
    const edited = await paperWith('"mp:section', note);
    expect(importDocx(edited).document).toEqual(budgetFollowUp2017);
    const reported = notesReported(withoutCopy(edited));
    expect(reported).toEqual([{ level: "warning", raw: note, where: expect.stringMatching(/^afsnit \d+$/) }]);
    expect(notesReported(edited)).toEqual(reported);
  });

  it("reports a date line typed under 'Sammenfatning' that is not the paper's date", async () => {
    const edited = await paperWith("3 af 14 milepæle", "Dato: 28. oktober 2017");
    const { document, diagnostics } = importDocx(withoutCopy(edited));
    expect(document?.metadata.date).toBe("2017-10-27");
    expect(diagnostics.filter((found) => found.code === "import.document-date-not-read")).toMatchObject([
      { params: { text: "28. oktober 2017", reason: "second-date" }, raw: "Dato: 28. oktober 2017" },
    ]);
  });

  // The text reading took such paragraphs for a section, a label or a smiley and said nothing: the
  // tagged reading tells them, for the paper writes no paragraph without a control there.
  it.each(["6. Noter", "Status: forsinket", "Milepæl", "☺", "2017"])(
    "reports a paragraph '%s' typed under a section's heading, whatever the text reading takes it for",
    async (typed) => {
      const edited = await paperWith('"mp:section', typed);
      expect(importDocx(edited).document).toEqual(budgetFollowUp2017);
      expect(notesReported(withoutCopy(edited))).toEqual([
        { level: "warning", raw: typed, where: expect.stringMatching(/^afsnit \d+$/) },
      ]);
    },
  );

  it("reports nothing of the paper's own headings when a removed control makes the file's copy be used", async () => {
    // A title with markup's characters, which the text reading may not place: the copy is used,
    // and the heading, which holds a control, is no note.
    const [first, ...rest] = budgetFollowUp2017.sections;
    const [initiative, ...others] = first?.initiatives ?? [];
    if (first === undefined || initiative === undefined) throw new Error("the seed has no initiative");
    const followUp = {
      ...budgetFollowUp2017,
      sections: [{ ...first, initiatives: [{ ...initiative, title: "Indsats <ny>" }, ...others] }, ...rest],
    };
    const edited = controlRemoved(await exportDocx(followUp), "milestone.text", 0, true);
    const { document, diagnostics } = importDocx(edited);
    expect(document).toEqual(followUp);
    expect(diagnostics.filter((found) => found.level !== "info")).toEqual([]);
  });
});
