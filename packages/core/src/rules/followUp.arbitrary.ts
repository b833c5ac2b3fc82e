import fc from "fast-check";
import type { BudgetFollowUp, Initiative } from "../model/budgetFollowUp.schema";
import { initiativeKinds } from "../model/budgetFollowUp.schema";
import { statusValues } from "../status/status";

const roundIds = ["r1", "r2", "r3", "r4"];
const status = fc.constantFrom(...statusValues);

const initiative = (id: string): fc.Arbitrary<Initiative> =>
  fc.record({
    id: fc.constant(id),
    title: fc.string({ minLength: 1, maxLength: 20 }),
    description: fc.string({ maxLength: 30 }),
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
      fc.record({ round: fc.constantFrom(...roundIds, "rx"), text: fc.string({ maxLength: 20 }), status }),
      { maxLength: 6 },
    ),
    economy: fc.option(fc.record({ text: fc.string({ maxLength: 10 }), status }), { nil: undefined }),
  }) as fc.Arbitrary<Initiative>;

/** Budget follow-ups of any shape the schema allows, including rule breaks. */
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
  .map((sections) => ({
    schemaVersion: 2 as const,
    type: "budget-follow-up" as const,
    metadata: { title: "Opfølgning" },
    rounds: roundIds.map((id, index) => ({
      id,
      label: `${index + 1}. budgetopfølgning 2017`,
      kind: "follow-up" as const,
      cutOff: `2017-0${index * 3 + 3}-28`.replace(/-0(\d\d)-/, "-$1-"),
    })),
    sections,
  }));
