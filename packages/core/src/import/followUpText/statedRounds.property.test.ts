import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportDocx } from "../../export/docx/exportDocx";
import { budgetFollowUp2017 } from "../../fixtures/budgetFollowUp2017";
import { type BudgetFollowUp, type Round, roundKinds } from "../../model/budgetFollowUp.schema";
import { isoDateArbitrary } from "../../rules/followUp.arbitrary";
import { docxSourceLines } from "../docx/importDocx";
import { withoutCopy } from "../docx/testing";
import { roundKey } from "../shared/roundKey";
import { importFollowUpText } from "./read";

/** Labels as municipalities write them: numbered rounds, accounts, an as-of day, a date, a word or two. */
const labelArbitrary = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2000, max: 2040 }))
    .map(([number, year]) => `${number}. budgetopfølgning ${year}`),
  fc.integer({ min: 2000, max: 2040 }).map((year) => `Regnskab ${year}`),
  fc.constantFrom(
    "Halvårsregnskab 2017",
    "Opfølgning pr. 31.05.2017",
    "31.12.2017",
    "Ekstra runde",
    "Opfølgning <ØU>",
    "Kig & Lyt-runde",
  ),
  fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{2,10}( [a-zæøå0-9]{1,6})?$/),
);

/** A municipality's calendar: distinct rounds, any kind, cut-off and meeting date, in any order. */
const calendarArbitrary = fc
  .uniqueArray(labelArbitrary, { minLength: 1, maxLength: 6, selector: roundKey })
  .chain((labels) =>
    fc.tuple(
      ...labels.map((label, index) =>
        fc
          .record(
            { kind: fc.constantFrom(...roundKinds), cutOff: isoDateArbitrary, meetingDate: isoDateArbitrary },
            { requiredKeys: ["kind", "cutOff"] },
          )
          .map((fields): Round => ({ id: `r${index + 1}`, label, ...fields })),
      ),
    ),
  );

/** What a reader of the paper can know of a round: all but its id, which the text does not print. */
const shown = (rounds: readonly Round[]) =>
  rounds
    .map(({ id: _id, ...round }) => round)
    .sort((a, b) => a.cutOff.localeCompare(b.cutOff) || a.label.localeCompare(b.label));

describe("importFollowUpText on milepael's paper read as text (property)", () => {
  it("keeps every round's label, kind, cut-off and meeting date, and the round reported on, whatever the calendar", async () => {
    await fc.assert(
      fc.asyncProperty(calendarArbitrary, fc.nat(), async (rounds, pick) => {
        const current = rounds[pick % rounds.length] as Round;
        // The seed's milestones and economy lines on the first round: the pages hold the table.
        const followUp: BudgetFollowUp = {
          ...budgetFollowUp2017,
          rounds,
          currentRound: current.id,
          sections: budgetFollowUp2017.sections.slice(0, 1).map((section) => ({
            ...section,
            initiatives: section.initiatives.map((initiative) => ({
              ...initiative,
              milestones: initiative.milestones.map((milestone) => ({ ...milestone, round: "r1" })),
            })),
          })),
        };
        const read = docxSourceLines(withoutCopy(await exportDocx(followUp)));
        if (!read.ok) throw new Error(read.error.code);
        const { document } = importFollowUpText(read.lines.map((line) => line.text).join("\n"));
        expect(shown(document?.rounds ?? [])).toEqual(shown(rounds));
        const reportedOn = document?.rounds.find((round) => round.id === document.currentRound);
        expect(reportedOn?.label).toBe(current.label);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
