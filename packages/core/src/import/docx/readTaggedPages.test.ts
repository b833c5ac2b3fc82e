import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { exportDocx } from "../../export/docx/exportDocx";
import { budgetFollowUp2017 } from "../../fixtures";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import { importDocx } from "./importDocx";
import { controlRemoved } from "./testing";

// Staff edit milepael's Word export; Word can drop the file's copy and can remove a content control
// (text typed over it), leaving its text on the page. Nothing the page shows may then be lost.

const exported = exportDocx(budgetFollowUp2017);

/** The follow-up read from the export with the control taken away, and the codes said. */
async function readWithout(tag: string, index = 0) {
  const { document, diagnostics } = importDocx(controlRemoved(await exported, tag, index));
  if (document?.type !== "budget-follow-up") throw new Error(`no follow-up read without mp:${tag}`);
  return { followUp: document, codes: diagnostics.map((found) => `${found.level}:${found.code}`) };
}

const firstInitiative = (followUp: BudgetFollowUp) => followUp.sections[0]?.initiatives[0];

describe("reading a follow-up's Word pages whose content control Word removed", () => {
  // The export tags a title page's field `meta.<key>`.
  it.each(["date", "phone", "email", "contactPerson", "caseId", "year"] as const)(
    "reads the title page's meta.%s from its labelled line, and says the control was removed",
    async (key) => {
      const { followUp, codes } = await readWithout(`meta.${key}`);
      expect(followUp.metadata[key]).toEqual(budgetFollowUp2017.metadata[key]);
      expect(codes).toContain("info:import.docx-controls-removed");
    },
  );

  it("reads the round the document reports on from its labelled line", async () => {
    const { followUp } = await readWithout("current");
    expect(followUp.currentRound).toBe(budgetFollowUp2017.currentRound);
  });

  it.each([
    ["initiative.number", "number"],
    ["initiative.kind", "kind"],
    ["initiative.center", "responsibleCenter"],
    ["initiative.committee", "responsibleCommittee"],
    ["initiative.contributor", "keyContributors"],
    ["initiative.notes", "notes"],
    ["initiative.description", "description"],
  ] as const)(
    "reads an initiative's %s from its page, and says the control was removed",
    async (tag, key) => {
      const { followUp, codes } = await readWithout(tag);
      const read = firstInitiative(followUp)?.[key];
      const shown = firstInitiative(budgetFollowUp2017)?.[key];
      expect(read).toBeDefined();
      // The text reading keeps what a cell shows; its markup and spacing may differ from the export.
      expect(JSON.stringify(read).replace(/<[^>]+>|\s+/g, "")).toBe(
        JSON.stringify(shown).replace(/<[^>]+>|\s+/g, ""),
      );
      expect(codes).toContain("info:import.docx-controls-removed");
    },
  );

  it("reads a section's number and the status notes of a milestone and an economy from the page", async () => {
    expect((await readWithout("section.number")).followUp.sections[0]?.number).toBe("5");
    const note = await readWithout("milestone.statusNote");
    expect(firstInitiative(note.followUp)?.milestones[2]?.statusNote).toBe(
      firstInitiative(budgetFollowUp2017)?.milestones[2]?.statusNote,
    );
    const economy = (followUp: BudgetFollowUp) => followUp.sections[2]?.initiatives[2]?.economy?.statusNote;
    expect(economy((await readWithout("economy.statusNote")).followUp)).toBe(economy(budgetFollowUp2017));
  });

  it("reads a round's kind from the page, and names the round whose control was removed", async () => {
    const { document, diagnostics } = importDocx(controlRemoved(await exported, "round.kind", 3));
    if (document?.type !== "budget-follow-up") throw new Error("no follow-up read");
    expect(document.rounds[3]?.kind).toBe("year-end");
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: "import.docx-controls-removed",
        params: { part: "round", name: "31.12.2017" },
      }),
    );
  });

  it("reads a paragraph typed in Word outside the controls of a row's cells, rather than dropping it", async () => {
    const files = unzipSync(await exported);
    for (const name of Object.keys(files)) if (name.startsWith("customXml/")) delete files[name];
    const pages = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    // After the first milestone's text: a paragraph of the cell, outside every control.
    const end = pages.indexOf("</w:p>", pages.indexOf("mp:milestone.text")) + "</w:p>".length;
    const typed = "<w:p><w:r><w:t>Borgermøde holdt i Word.</w:t></w:r></w:p>";
    const edited = pages.slice(0, end) + typed + pages.slice(end);
    const { document, diagnostics } = importDocx(zipSync({ ...files, "word/document.xml": strToU8(edited) }));
    expect(JSON.stringify(document)).toContain("Borgermøde holdt i Word.");
    expect(diagnostics.map((found) => found.code)).toContain("import.docx-tags-unreadable");
  });

  /** The export without its copy, `typed` put in as a run of its own right after the control tagged `tag`. */
  async function typedAfter(tag: string, typed: string, index = 0) {
    const files = unzipSync(await exported);
    for (const name of Object.keys(files)) if (name.startsWith("customXml/")) delete files[name];
    const pages = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    let start = -1;
    for (let found = 0; found <= index; found += 1) start = pages.indexOf(`"${tag}`, start + 1);
    const end = pages.indexOf("</w:sdt>", start) + "</w:sdt>".length;
    const edited = `${pages.slice(0, end)}<w:r><w:t xml:space="preserve">${typed}</w:t></w:r>${pages.slice(end)}`;
    return importDocx(zipSync({ ...files, "word/document.xml": strToU8(edited) }));
  }

  it.each([
    ["after the title", "mp:title", " – udkast til udvalget", { paragraph: 6 }],
    ["after the date on the title page", "mp:meta.date", " (rettet 30. oktober)", { paragraph: 1 }],
    ["after a section's title", "mp:section.title", " (udgår)", { paragraph: 21 }],
  ])(
    "keeps the tags' values and reports text typed into a paragraph %s, beside its control",
    async (_, tag, typed, location) => {
      const { document, diagnostics } = await typedAfter(tag, typed);
      // Nothing else changes: the title and the date are the controls' values.
      expect(document?.metadata).toEqual(budgetFollowUp2017.metadata);
      expect(diagnostics.filter((found) => found.code === "import.docx-typed-beside")).toEqual([
        {
          level: "warning",
          code: "import.docx-typed-beside",
          path: [],
          params: {},
          location,
          raw: typed.trim(),
        },
      ]);
      expect(diagnostics.map((found) => found.code)).not.toContain("import.docx-tags-unreadable");
    },
  );

  it("reads the pages as text when text is typed beside a control in the rounds' table, rather than dropping it", async () => {
    const { document, diagnostics } = await typedAfter("mp:round.cutOff", " NOTE: flyttet", 1);
    // The cut-off cell no longer holds a date alone: its text is reported with the table's row.
    expect(JSON.stringify({ document, diagnostics })).toContain("NOTE: flyttet");
    expect(diagnostics.map((found) => found.code)).toContain("import.docx-tags-unreadable");
  });

  /** The export without its copy, the first `from` after the first initiative's heading made `to`. */
  async function initiativeEdited(from: string, to: string) {
    const files = unzipSync(await exported);
    for (const name of Object.keys(files)) if (name.startsWith("customXml/")) delete files[name];
    const pages = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    const at = pages.indexOf(from, pages.indexOf('"mp:initiative '));
    const edited = pages.slice(0, at) + to + pages.slice(at + from.length);
    return importDocx(zipSync({ ...files, "word/document.xml": strToU8(edited) }));
  }

  it.each([
    [
      "a table of one row after an initiative's table",
      "</w:tbl>",
      "</w:tbl><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ekstra aftale</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
      "Ekstra aftale",
    ],
  ])("reads the pages as text when staff typed %s, rather than dropping it", async (_, from, to, typed) => {
    const { document, diagnostics } = await initiativeEdited(from, to);
    expect(JSON.stringify({ document, diagnostics })).toContain(typed);
    expect(diagnostics.map((found) => found.code)).toContain("import.docx-tags-unreadable");
  });

  it("reads an initiative's title edited in its heading's control from its tags, whatever its table's heading row repeats", async () => {
    const title = firstInitiative(budgetFollowUp2017)?.title ?? "";
    const { document, diagnostics } = await initiativeEdited(`>${title}</w:t>`, ">Ny titel</w:t>");
    expect(document?.type === "budget-follow-up" && firstInitiative(document)?.title).toBe("Ny titel");
    expect(diagnostics.map((found) => found.code)).not.toContain("import.docx-tags-unreadable");
  });

  it("reads the paper's own labels beside the controls as the tags' paragraphs, not as typed text", async () => {
    const files = unzipSync(await exported);
    for (const name of Object.keys(files)) if (name.startsWith("customXml/")) delete files[name];
    const { document, diagnostics } = importDocx(zipSync(files));
    // Without the file's copy, the pages show a status but not whether it was guessed, and a line
    // break in a value as a space: the follow-up read is the export's but for those.
    const asPagesShow = (value: unknown) =>
      JSON.parse(
        JSON.stringify(value, (key, field) =>
          key === "statusGuessed"
            ? undefined
            : typeof field === "string"
              ? field.replace(/\s+/g, " ")
              : field,
        ),
      );
    expect(asPagesShow(document)).toEqual(asPagesShow(budgetFollowUp2017));
    expect(diagnostics.map((found) => found.code)).not.toContain("import.docx-tags-unreadable");
  });
});
