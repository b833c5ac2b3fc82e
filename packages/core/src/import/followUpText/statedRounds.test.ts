import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportDocx } from "../../export/docx/exportDocx";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import type { BudgetFollowUp, Round } from "../../model/budgetFollowUp.schema";
import { docxSourceLines } from "../docx/importDocx";
import { withoutCopy } from "../docx/testing";
import { dedent } from "../shared/testing";
import { importFollowUpText } from "./read";

const seed = readFileSync(
  new URL("../../../test/seeds/budgetopfoelgning-2017-3-del1.txt", import.meta.url),
  "utf8",
);

/** A round as a row of its fields: id, label, kind, cut-off and, when it has one, meeting date. */
function round(id: string, label: string, kind: Round["kind"], cutOff: string, meetingDate?: string): Round {
  return { id, label, kind, cutOff, ...(meetingDate === undefined ? {} : { meetingDate }) };
}

/**
 * The seed with rounds its title and labels do not tell: cut-offs off the quarter's end, meeting
 * dates, a half-year account, a round no milestone names, and a reported-on round the title does
 * not name.
 */
const calendared: BudgetFollowUp = {
  ...budgetFollowUp2017,
  metadata: { ...budgetFollowUp2017.metadata, title: "Opfølgning på Aftale om budget 2017" },
  rounds: [
    round("2017-1", "1. budgetopfølgning 2017", "follow-up", "2017-04-30", "2017-05-23"),
    round("2017-2", "2. budgetopfølgning 2017", "half-year", "2017-06-30", "2017-08-29"),
    round("2017-3", "3. budgetopfølgning 2017", "follow-up", "2017-09-30"),
    round("2017-year-end", "31.12.2017", "year-end", "2017-12-31"),
    round("regnskab-2017", "Regnskab 2017", "year-end", "2018-03-31", "2018-04-24"),
  ],
  currentRound: "2017-2",
};

/** The text of a Word export's pages, as Word gives it once its controls and milepael's copy are gone. */
async function pagesAsText(document: BudgetFollowUp): Promise<string> {
  const read = docxSourceLines(withoutCopy(await exportDocx(document)));
  if (!read.ok) throw new Error(read.error.code);
  return read.lines.map((line) => line.text).join("\n");
}

/** The seed's text with `typed` (a line or several) typed in before its first section. */
function typedBeforeSections(typed: string): { text: string; firstLine: number } {
  const seedLines = seed.split("\n");
  const section = seedLines.indexOf("5. Erhverv og Beskæftigelse");
  seedLines.splice(section, 0, ...typed.split("\n"), "");
  return { text: seedLines.join("\n"), firstLine: section + 1 };
}

describe("importFollowUpText: the rounds' calendar a follow-up states", () => {
  it("reads every round of milepael's paper, read as text, with its kind, cut-off and meeting date, and the round it reports on", async () => {
    const { document, diagnostics } = importFollowUpText(await pagesAsText(calendared));
    expect(document?.rounds).toEqual(calendared.rounds);
    expect(document?.currentRound).toBe("2017-2");
    const roundsOf = (followUp: BudgetFollowUp | null | undefined) =>
      followUp?.sections.flatMap((section) =>
        section.initiatives.flatMap((initiative) =>
          initiative.milestones.map((milestone) => milestone.round),
        ),
      );
    expect(roundsOf(document as BudgetFollowUp)).toEqual(roundsOf(calendared));
    // The table states every cut-off: none is assumed, and no line of it is passed over.
    const codes = diagnostics.map((found) => found.code);
    expect(codes).not.toContain("import.round-cut-off-assumed");
    expect(codes).not.toContain("import.preamble-ignored");
  });

  it("reports a note typed under 'Om dokumentet' in milepael's paper, which is no field, row or round reported on", async () => {
    const lines = (await pagesAsText(calendared)).split("\n");
    const note = "Mødedatoerne er foreløbige.";
    const at = lines.findIndex((line) => line.startsWith("Dokumentet rapporterer på")) + 1;
    lines.splice(at, 0, note);
    const { diagnostics } = importFollowUpText(lines.join("\n"));
    const ignored = diagnostics.filter((found) => found.code === "import.preamble-ignored");
    expect(ignored.map((found) => [found.line, found.raw])).toEqual([[at + 1, note]]);
  });

  it("reads a table of rounds typed by hand: rows in any order, columns in any order, a meeting date missing, days as staff write them", () => {
    const { text, firstLine } = typedBeforeSections(dedent`
      Opfølgning\tOpgjort pr.\tArt\tBehandles på møde
      31.12.2017\t31.12\tÅrsafslutning\t
      2. budgetopfølgning 2017\tpr. 31.05\tHalvårsregnskab\t20. juni
      1. Budgetopfølgning 2017\t31/3-2017\tbudgetopfølgning\tden 2. maj 2017
      3. budgetopfølgning 2017\t30. sep. 2017\t\t31.10.17
      Dokumentet rapporterer på: 2. budgetopfølgning 2017
    `);
    const { document, diagnostics } = importFollowUpText(text);
    expect(document?.rounds).toEqual([
      round("2017-1", "1. Budgetopfølgning 2017", "follow-up", "2017-03-31", "2017-05-02"),
      round("2017-2", "2. budgetopfølgning 2017", "half-year", "2017-05-31", "2017-06-20"),
      round("2017-3", "3. budgetopfølgning 2017", "follow-up", "2017-09-30", "2017-10-31"),
      round("2017-year-end", "31.12.2017", "year-end", "2017-12-31"),
    ]);
    expect(document?.currentRound).toBe("2017-2");
    // The milestones name the rounds as the table spells them, or otherwise.
    expect(document?.sections[0]?.initiatives[0]?.milestones.map((milestone) => milestone.round)).toEqual([
      "2017-1",
      "2017-2",
      "2017-3",
      "2017-year-end",
    ]);
    // Every row is read: nothing about the table's lines is said.
    const table = (line: number | undefined) =>
      line !== undefined && line >= firstLine && line < firstLine + 6;
    expect(diagnostics.filter((found) => table(found.line))).toEqual([]);
  });

  it("says which cell of a row it cannot read, with the row's line, and which row it cannot place", () => {
    const { text, firstLine } = typedBeforeSections(dedent`
      Opfølgning\tArt\tOpgjort pr.\tBehandles på møde
      1. budgetopfølgning 2017\tKvartal\t31. februar 2017\tsnart
      \tBudgetopfølgning\t30.06.2017\t
      1. budgetopfølgning 2017\tBudgetopfølgning\t30.04.2017\t
    `);
    const { document, diagnostics } = importFollowUpText(text);
    const row = (offset: number) =>
      diagnostics
        .filter((found) => found.line === firstLine + offset)
        .map((found) => [found.code, found.params.column ?? found.raw]);
    expect(row(1)).toEqual([
      ["import.invalid-value", "Art"],
      ["import.invalid-value", "Opgjort pr."],
      ["import.invalid-value", "Behandles på møde"],
      // The cut-off the row does not give is the label's, and said to be assumed.
      ["import.round-cut-off-assumed", undefined],
    ]);
    expect(row(2)).toEqual([["import.unrecognized-line", "\tBudgetopfølgning\t30.06.2017\t"]]);
    expect(row(3)).toEqual([
      ["import.unrecognized-line", "1. budgetopfølgning 2017\tBudgetopfølgning\t30.04.2017\t"],
    ]);
    expect(document?.rounds[0]).toEqual(
      round("2017-1", "1. budgetopfølgning 2017", "follow-up", "2017-03-31"),
    );
  });

  it("makes the round the document says it reports on one of its rounds, also when no row names it", () => {
    const { text } = typedBeforeSections("Dokumentet rapporterer på: 4. budgetopfølgning 2017");
    const { document } = importFollowUpText(text);
    expect(document?.currentRound).toBe("2017-4");
    expect(document?.rounds.map((round) => round.label)).toContain("4. budgetopfølgning 2017");
  });
});
