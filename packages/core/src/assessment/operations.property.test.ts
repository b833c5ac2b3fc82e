import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasErrors } from "../diagnostics/diagnostic";
import type { BudgetFollowUp } from "../model/budgetFollowUp.schema";
import { validateDocument } from "../model/document.schema";
import { followUpArbitrary } from "../rules/followUp.arbitrary";
import { statusValues } from "../status/status";
import { checkAssessmentState } from "./checkAssessmentState";
import { timestampSchema } from "./history.schema";
import { type AssessmentOperation, applyOperation, isTimestamp, replayHistory } from "./operations";

const people = fc.constantFrom("Anne", "Ib Holm", "Økonomi");
const at = fc
  .integer({ min: Date.UTC(2017, 0, 1), max: Date.UTC(2018, 11, 31) })
  .map((time) => new Date(time).toISOString());
const roundId = fc.constantFrom("r1", "r2", "r3", "r4", "r5", "rx");
const note = fc.option(fc.constantFrom("", "Forsinket.", "Holdt.", "Status: ny leverandør."), {
  nil: undefined,
});

/** Any operation, valid or not: the rules must refuse the bad ones without breaking anything. */
const operation: fc.Arbitrary<AssessmentOperation> = fc.oneof(
  fc.record({
    type: fc.constant("start-round" as const),
    round: fc.oneof(
      roundId,
      fc.constant({
        id: "r5",
        label: "5. budgetopfølgning 2017",
        kind: "follow-up" as const,
        cutOff: "2017-11-30",
      }),
      // Rounds from callers without types: an impossible day, an unknown kind, extra fields.
      fc.constant({ id: "r6", label: "Ugyldig", kind: "follow-up" as const, cutOff: "2017-02-30" }),
      fc.constant({ id: "r7", label: "Ukendt art", kind: "quarter" as "follow-up", cutOff: "2017-10-31" }),
      fc.constant({
        id: "r8",
        label: "Med ekstra felt",
        kind: "half-year" as const,
        cutOff: "2017-06-30",
        meetingDate: "2017-08-15",
        state: "published" as const,
        colour: "blå",
      }),
    ),
    by: people,
    at,
  }),
  fc.record(
    {
      type: fc.constant("assess" as const),
      initiativeId: fc.constantFrom("i0", "i1", "i2", "i3", "i9"),
      milestone: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant("economy" as const)),
      status: fc.constantFrom(...statusValues),
      note,
      by: people,
      at,
    },
    { requiredKeys: ["type", "initiativeId", "milestone", "status", "by", "at"] },
  ),
  fc.record({ type: fc.constant("publish-round" as const), round: roundId, by: people, at }),
  fc.record({
    type: fc.constant("reopen-round" as const),
    round: roundId,
    reason: fc.constantFrom("", "Fejl i 5.01"),
    by: people,
    at,
  }),
);

/** A start that is valid in version 2: an empty history. */
const start = followUpArbitrary.map((document): BudgetFollowUp => ({ ...document, history: [] }));
const runs = fc.tuple(start, fc.array(operation, { maxLength: 25 }));

function milestonesAt(document: BudgetFollowUp, round: string): unknown[] {
  return document.sections.flatMap((section) =>
    section.initiatives.flatMap((initiative) =>
      initiative.milestones
        .filter((milestone) => milestone.round === round)
        .map((milestone) => [initiative.id, milestone.status, milestone.statusNote]),
    ),
  );
}

describe("any sequence of assessment operations", () => {
  it("keeps the document valid against the schema and the assessment's own rules", () => {
    fc.assert(
      fc.property(runs, ([document, operations]) => {
        let current = document;
        for (const next of operations) current = applyOperation(current, next).document;
        const { diagnostics } = validateDocument(JSON.parse(JSON.stringify(current)));
        expect(hasErrors(diagnostics), JSON.stringify(diagnostics)).toBe(false);
        // At most one open round, and a history that names only what the document has.
        expect(checkAssessmentState(current)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("never changes a published round, and only ever appends to the history", () => {
    fc.assert(
      fc.property(runs, ([document, operations]) => {
        let current = document;
        for (const next of operations) {
          const result = applyOperation(current, next);
          expect(result.document.history?.slice(0, current.history?.length)).toEqual(current.history);
          const reopened = result.event?.type === "round-reopened" ? result.event.round : null;
          for (const round of current.rounds) {
            if (round.state === "published" && round.id !== reopened) {
              expect(milestonesAt(result.document, round.id)).toEqual(milestonesAt(current, round.id));
              expect(result.document.rounds.find((candidate) => candidate.id === round.id)?.state).toBe(
                "published",
              );
            }
          }
          if (result.event === null) expect(result.document).toBe(current);
          current = result.document;
        }
      }),
      { numRuns: 200 },
    );
  });

  it("replays from its history to the same document", () => {
    fc.assert(
      fc.property(runs, ([document, operations]) => {
        let current = document;
        for (const next of operations) current = applyOperation(current, next).document;
        expect(replayHistory(document, current.history ?? [])).toEqual(current);
      }),
      { numRuns: 200 },
    );
  });
});

describe("isTimestamp", () => {
  // Near-ISO text: the shapes people and scripts write, valid or not.
  const two = (max: number) => fc.integer({ min: 0, max }).map((value) => String(value).padStart(2, "0"));
  const nearIso = fc
    .tuple(
      fc.integer({ min: 1900, max: 2100 }),
      two(13),
      two(32),
      two(25),
      two(61),
      fc.option(two(61), { nil: undefined }),
      fc.option(fc.constantFrom(".1", ".123", ".123456"), { nil: undefined }),
      fc.constantFrom("Z", "+02:00", "-05:30", "+0200", "", "+24:00", "z"),
    )
    .map(
      ([year, month, day, hour, minute, second, fraction, offset]) =>
        `${year}-${month}-${day}T${hour}:${minute}${second === undefined ? "" : `:${second}`}${fraction ?? ""}${offset}`,
    );

  it("accepts exactly the timestamps the schema accepts, so no operation writes an invalid document", () => {
    fc.assert(
      fc.property(nearIso, (text) => {
        expect(isTimestamp(text), text).toBe(timestampSchema.safeParse(text).success);
      }),
      { numRuns: 2000 },
    );
  });
});
