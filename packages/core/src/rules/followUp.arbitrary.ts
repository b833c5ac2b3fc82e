import fc from "fast-check";
import type { HistoryEvent, ReadingGuide } from "../assessment/history.schema";
import type { BudgetFollowUp, Initiative, Round } from "../model/budgetFollowUp.schema";
import { initiativeKinds, roundKinds } from "../model/budgetFollowUp.schema";
import type { DocumentMetadata } from "../model/metadata.schema";
import { sanitizeRichText } from "../richText/richText";
import { assessedLevels, statusValues } from "../status/status";

/**
 * Text with what breaks files: both list separators, quotes, line breaks, formula starts, HTML.
 * Line breaks are LF or a lone CR: CSV readers (milepael's too) read a CRLF inside a cell as LF.
 */
export const hostileTextArbitrary = fc
  .string({
    unit: fc.constantFrom(
      "a",
      "ø",
      ";",
      ",",
      '"',
      "\n",
      "\r",
      "=",
      "+",
      "-",
      "@",
      "'",
      " ",
      "\t",
      "<",
      "&",
      "#",
    ),
    maxLength: 12,
  })
  .map((text) => text.replace(/\r+\n/g, "\n"));

/** Rich text as the model holds it: already sanitised. */
export const richTextArbitrary = hostileTextArbitrary.map((text) => sanitizeRichText(text).html);

/** A plain calendar date, `YYYY-MM-DD`. */
export const isoDateArbitrary = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Any valid document header: every field optional but the title, any text in them. */
export const metadataArbitrary: fc.Arbitrary<DocumentMetadata> = fc.record(
  {
    title: hostileTextArbitrary.filter((title) => title !== ""),
    date: isoDateArbitrary,
    contactPerson: hostileTextArbitrary,
    phone: fc.constantFrom("+45 4477 2206", "4477 2206", "=1+1", ""),
    email: hostileTextArbitrary,
    caseId: hostileTextArbitrary,
    organisation: hostileTextArbitrary,
    // The schema allows 1000-9999, but "vinter" read in 9999 ends in the year 10000, which the
    // parser writes as no ISO date; the year 10000 is no concern of these tests.
    year: fc.integer({ min: 1900, max: 2100 }),
  },
  { requiredKeys: ["title"] },
);

/** Rounds with the given ids, in order, any label, kind, cut-off and meeting date. */
export const roundsArbitrary = (ids: readonly string[]): fc.Arbitrary<Round[]> =>
  fc.tuple(
    ...ids.map((id) =>
      fc
        .record(
          {
            label: hostileTextArbitrary.filter((label) => label.trim() !== ""),
            kind: fc.constantFrom(...roundKinds),
            cutOff: isoDateArbitrary,
            meetingDate: isoDateArbitrary,
          },
          { requiredKeys: ["label", "kind", "cutOff"] },
        )
        .map((round): Round => ({ id, ...round })),
    ),
  );

const roundIds = ["r1", "r2", "r3", "r4"];
const status = fc.constantFrom(...statusValues);

const initiative = (id: string): fc.Arbitrary<Initiative> =>
  fc.record({
    id: fc.constant(id),
    title: fc.string({ minLength: 1, maxLength: 20 }),
    description: richTextArbitrary,
    kind: fc.option(fc.constantFrom(...initiativeKinds), { nil: undefined }),
    responsibleCommittee: fc.option(fc.constantFrom("Økonomiudvalget", "Teknik- og Miljøudvalget"), {
      nil: undefined,
    }),
    responsibleCenter: fc.option(fc.constantFrom("Ejendomme", "Politisk Sekretariat", "Arbejdsmarked"), {
      nil: undefined,
    }),
    keyContributors: fc.constant([]),
    // Rounds may repeat or be unknown ("rx"): real documents break rules, roll-ups must still add up.
    milestones: fc.array(
      fc.record({ round: fc.constantFrom(...roundIds, "rx"), text: richTextArbitrary, status }),
      { maxLength: 6 },
    ),
    economy: fc.option(fc.record({ text: richTextArbitrary, status }), { nil: undefined }),
  }) as fc.Arbitrary<Initiative>;

/**
 * Budget follow-ups of every shape the schema allows, including rule breaks: every header, rounds
 * with all kinds of labels and dates, a current round or none.
 */
export const followUpArbitrary: fc.Arbitrary<BudgetFollowUp> = fc
  .array(fc.array(fc.constant(null), { maxLength: 8 }), { minLength: 1, maxLength: 4 })
  .chain((sections) => {
    let next = 0;
    return fc.tuple(
      ...sections.map((members, sectionIndex) =>
        fc.tuple(...members.map(() => initiative(`i${next++}`))).map((initiatives) => ({
          number: String(sectionIndex + 5),
          title: `Sektion ${sectionIndex + 5}`,
          initiatives,
        })),
      ),
    );
  })
  .chain((sections) =>
    fc
      .record(
        {
          metadata: metadataArbitrary,
          rounds: roundsArbitrary(roundIds),
          currentRound: fc.constantFrom(...roundIds, "rx"),
        },
        { requiredKeys: ["metadata", "rounds"] },
      )
      .map(
        (fields): BudgetFollowUp => ({
          schemaVersion: 2,
          type: "budget-follow-up",
          metadata: fields.metadata,
          rounds: fields.rounds,
          ...(fields.currentRound === undefined ? {} : { currentRound: fields.currentRound }),
          sections,
        }),
      ),
  );

/** A point in time as the history writes it: ISO 8601, UTC. */
const timestampArbitrary = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString());

/**
 * Assessment history events of every type, any text in their names, notes and reasons, for the
 * given round and initiative ids. Not a replayable history: for formats that must carry it as is.
 */
export const historyEventArbitrary = (
  rounds: readonly string[],
  initiatives: readonly string[],
): fc.Arbitrary<HistoryEvent> => {
  const round = fc.constantFrom(...rounds);
  const text = hostileTextArbitrary;
  const who = { by: text.filter((by) => by !== ""), at: timestampArbitrary };
  return fc.oneof(
    fc
      .record(
        {
          round,
          added: fc.record(
            {
              id: round,
              label: text.filter((label) => label !== ""),
              kind: fc.constantFrom(...roundKinds),
              cutOff: isoDateArbitrary,
              meetingDate: isoDateArbitrary,
            },
            { requiredKeys: ["id", "label", "kind", "cutOff"] },
          ),
          closed: fc.array(round, { maxLength: 3 }),
          ...who,
        },
        { requiredKeys: ["round", "closed", "by", "at"] },
      )
      .map((event): HistoryEvent => ({ type: "round-started", ...event })),
    fc
      .record(
        {
          round,
          initiativeId: initiatives.length > 0 ? fc.constantFrom(...initiatives) : fc.constant("i0"),
          target: fc.oneof(fc.nat({ max: 5 }), fc.constant("economy" as const)),
          from: status,
          to: status,
          fromNote: text,
          note: text,
          fromRound: round,
          ...who,
        },
        { requiredKeys: ["round", "initiativeId", "target", "from", "to", "by", "at"] },
      )
      .map((event): HistoryEvent => ({ type: "assessed", ...event })),
    fc
      .record({ round, notAssessed: fc.nat({ max: 50 }), ...who })
      .map((event): HistoryEvent => ({ type: "round-published", ...event })),
    fc
      .record({ round, reason: text.filter((reason) => reason !== ""), ...who })
      .map((event): HistoryEvent => ({ type: "round-reopened", ...event })),
  );
};

/** Any reading guide: every rule given or left to the default. */
export const readingGuideArbitrary: fc.Arbitrary<ReadingGuide> = fc.record(
  {
    milestoneLevels: fc.subarray([...assessedLevels]),
    economyLevels: fc.subarray([...assessedLevels]),
    noteRequiredFor: fc.subarray([...assessedLevels]),
    noteRequiredForJump: fc.nat({ max: 3 }),
    earlyAssessment: fc.constantFrom("warning", "error", "allowed"),
    notAssessedAtPublish: fc.constantFrom("warning", "error"),
  },
  { requiredKeys: [] },
);
