import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../diagnostics/messages";
import { budgetFollowUp2017 } from "../fixtures/budgetFollowUp2017";
import type { BudgetFollowUp, Initiative } from "../model/budgetFollowUp.schema";
import { validateDocument } from "../model/document.schema";
import {
  compareStatuses,
  initiativeTrend,
  latestAssessedRound,
  reportingRound,
  suggestedOverallStatus,
} from "./assessment";
import { checkDocument } from "./checkDocument";
import { followUpArbitrary } from "./followUp.arbitrary";
import { needsAttention } from "./needsAttention";
import { rollUp, rollUpDimensions } from "./rollUp";
import { rollUpByFiltering } from "./rollUp.testHelpers";

const fixture = budgetFollowUp2017;
const rounds = fixture.rounds;
const initiative = (id: string): Initiative => {
  const found = fixture.sections
    .flatMap((section) => section.initiatives)
    .find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no initiative ${id}`);
  return found;
};
const counts = (green: number, yellow: number, red: number, notAssessed: number) => ({
  green,
  yellow,
  red,
  "not-assessed": notAssessed,
});

describe("checkDocument on budget follow-ups", () => {
  it("marks a round overdue once its cut-off has passed with no assessment", () => {
    const overdue = checkDocument(fixture, { today: "2017-10-27" }).filter((d) => d.code === "rules.overdue");
    // 6.01 and 6.20 have no assessment at rounds 2 and 3; 7.02 none at rounds 1 and 2.
    expect(overdue.map((d) => d.path.slice(1, 4).join("/"))).toEqual([
      "1/initiatives/0",
      "1/initiatives/0",
      "1/initiatives/5",
      "1/initiatives/5",
      "2/initiatives/1",
      "2/initiatives/1",
    ]);
    expect(formatDiagnostic(overdue[0]!, "da")).toBe(
      "sections[1].initiatives[0].milestones[1].status: advarsel: Milepælen for 2. budgetopfølgning 2017 er ikke vurderet, selv om skæringsdatoen 2017-06-30 er passeret.",
    );
  });

  it("does not judge time without a today, since core never reads the clock", () => {
    expect(checkDocument(fixture)).toEqual([]);
  });

  it("reports an assessment made before its round's cut-off", () => {
    const findings = checkDocument(fixture, { today: "2017-05-01" }).filter(
      (d) => d.code === "rules.assessed-before-cut-off",
    );
    // Seen from 1 May 2017, every assessment at round 2 (8 green, 3 red) and round 3 (9 green,
    // 3 red) came before its cut-off.
    expect(findings).toHaveLength(11 + 12);
    expect(findings[0]?.params).toEqual({ round: "2. budgetopfølgning 2017", cutOff: "2017-06-30" });
  });

  it("keeps an economy level its scale does not define and reports it", () => {
    const document = structuredClone(fixture);
    document.sections[0]!.initiatives[0]!.economy!.status = "yellow";
    const findings = checkDocument(document);
    expect(findings).toEqual([
      {
        level: "warning",
        code: "rules.economy-level-undefined",
        path: ["sections", 0, "initiatives", 0, "economy", "status"],
        params: { status: "yellow" },
      },
    ]);
    expect(document.sections[0]!.initiatives[0]!.economy!.status).toBe("yellow");
    expect(formatDiagnostic(findings[0]!, "en")).toContain("says yellow. The value is kept.");
  });

  it("reports duplicate ids, unknown rounds and a second milestone for one round", () => {
    const document = structuredClone(fixture);
    document.sections[0]!.initiatives[1]!.id = "5.03";
    document.sections[0]!.initiatives[0]!.milestones[3]!.round = "2017-4";
    document.sections[0]!.initiatives[0]!.milestones[2]!.round = "2017-2";
    expect(checkDocument(document).map((d) => [d.level, d.code, d.params])).toEqual([
      ["error", "rules.duplicate-id", { id: "5.03" }],
      ["warning", "rules.duplicate-round-assessment", { round: "2. budgetopfølgning 2017" }],
      ["error", "rules.unknown-round", { round: "2017-4" }],
    ]);
  });
});

describe("overall status and trend", () => {
  it("suggests the worse of milestone and economy, flagged as derived", () => {
    expect(suggestedOverallStatus(initiative("7.03"), rounds, { round: "2017-3" })).toEqual({
      status: "red",
      derived: true,
      round: "2017-3",
    });
    expect(suggestedOverallStatus(initiative("6.12"), rounds)).toEqual({
      status: "green",
      derived: true,
      round: "2017-3",
    });
  });

  it("falls back to the latest assessed round when later ones are blank", () => {
    expect(latestAssessedRound(initiative("6.01"), rounds)).toBe("2017-1");
    expect(suggestedOverallStatus(initiative("6.01"), rounds).round).toBe("2017-1");
  });

  it("calls green to yellow worse and red to green better", () => {
    expect(compareStatuses("green", "yellow")).toBe("worse");
    expect(compareStatuses("red", "green")).toBe("better");
    expect(compareStatuses("red", "red")).toBe("same");
    expect(compareStatuses("not-assessed", "green")).toBe("new");
    expect(compareStatuses("green", "not-assessed")).toBe("not-assessed");
  });

  it("reads the seed's trends between rounds", () => {
    expect(initiativeTrend(initiative("5.03"), rounds, "2017-2")).toBe("worse");
    expect(initiativeTrend(initiative("6.11"), rounds, "2017-3")).toBe("better");
    expect(initiativeTrend(initiative("7.02"), rounds, "2017-3")).toBe("new");
    expect(initiativeTrend(initiative("7.04"), rounds, "2017-3")).toBe("same");
  });

  it("knows which round the follow-up reports on", () => {
    expect(reportingRound(fixture)).toBe("2017-3");
    const { currentRound: _, ...unnamed } = fixture;
    expect(reportingRound(unnamed)).toBe("2017-3");
  });
});

describe("rollUp", () => {
  it("counts the seed's smileys per level per round, hand-counted from the document", () => {
    const [all] = rollUp(fixture);
    expect(all?.initiatives).toBe(14);
    expect(all?.rounds).toEqual([
      { round: "2017-1", counts: counts(12, 0, 1, 1), total: 14 },
      { round: "2017-2", counts: counts(8, 0, 3, 3), total: 14 },
      { round: "2017-3", counts: counts(9, 0, 3, 2), total: 14 },
      { round: "2017-year-end", counts: counts(0, 0, 0, 14), total: 14 },
    ]);
    expect(all?.economy).toEqual(counts(3, 0, 1, 10));
  });

  it("slices by section, committee and kind", () => {
    expect(rollUp(fixture, { by: "section" }).map((group) => [group.key, group.initiatives])).toEqual([
      ["5", 2],
      ["6", 6],
      ["7", 6],
    ]);
    expect(rollUp(fixture, { by: "committee" }).map((group) => group.key)).toEqual(["Økonomiudvalget"]);
    const byKind = rollUp(fixture, { by: "kind" });
    expect(byKind.map((group) => [group.key, group.initiatives])).toEqual([
      ["drift", 10],
      ["anlaeg", 2],
      ["drift-og-anlaeg", 2],
    ]);
    expect(byKind.find((group) => group.key === "anlaeg")?.economy).toEqual(counts(0, 0, 1, 1));
  });

  it("gives the same groups and counts as counting each group and round on its own", () => {
    const withStrayRounds = followUpArbitrary.chain((document) =>
      fc
        .subarray(document.rounds)
        .map((rounds) => ({ ...document, rounds: [...rounds, ...rounds.slice(0, 1)] })),
    );
    // More rounds than the roll-up compares one by one, the document's own after them.
    const withManyRounds = followUpArbitrary.map((document) => ({
      ...document,
      rounds: [
        ...Array.from({ length: 10 }, (_, index) => ({
          id: `ekstra-${index}`,
          label: `${index + 1}.1.2017`,
          kind: "follow-up" as const,
          cutOff: "2017-01-31",
        })),
        ...document.rounds,
      ],
    }));
    // More committees and centres than the roll-up compares one by one, each name its own copy.
    let written = 0;
    const withManyGroups = followUpArbitrary.map((document) => ({
      ...document,
      sections: document.sections.map((section) => ({
        ...section,
        initiatives: section.initiatives.map((initiative) => {
          written += 1;
          return {
            ...initiative,
            responsibleCommittee: ["Udvalg", written % 12].join(" "),
            responsibleCenter: ["Center", written % 3].join(" "),
          };
        }),
      })),
    }));
    fc.assert(
      fc.property(
        fc.oneof(followUpArbitrary, withStrayRounds, withManyRounds, withManyGroups),
        fc.constantFrom(undefined, ...rollUpDimensions),
        (document, by) => {
          expect(rollUp(document, by === undefined ? {} : { by })).toEqual(rollUpByFiltering(document, by));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps counts adding up to the number of milestones, per round and per slice", () => {
    fc.assert(
      fc.property(followUpArbitrary, fc.constantFrom(undefined, ...rollUpDimensions), (document, by) => {
        const groups = rollUp(document, by === undefined ? {} : { by });
        const initiatives = document.sections.flatMap((section) => section.initiatives);
        expect(groups.reduce((sum, group) => sum + group.initiatives, 0)).toBe(initiatives.length);
        for (const [index, round] of document.rounds.entries()) {
          const milestones = initiatives.flatMap((i) => i.milestones).filter((m) => m.round === round.id);
          let total = 0;
          for (const group of groups) {
            const roundCounts = group.rounds[index]!;
            expect(Object.values(roundCounts.counts).reduce((a, b) => a + b, 0)).toBe(roundCounts.total);
            total += roundCounts.total;
          }
          expect(total).toBe(milestones.length);
          for (const status of ["green", "yellow", "red", "not-assessed"] as const) {
            const counted = groups.reduce((sum, group) => sum + group.rounds[index]!.counts[status], 0);
            expect(counted).toBe(milestones.filter((m) => m.status === status).length);
          }
        }
        for (const group of groups) {
          expect(Object.values(group.economy).reduce((a, b) => a + b, 0)).toBe(group.initiatives);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("generates follow-ups the schema accepts, so the property covers real documents", () => {
    fc.assert(
      fc.property(followUpArbitrary, (document: BudgetFollowUp) => {
        expect(validateDocument(document).diagnostics).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe("needsAttention", () => {
  it("lists red milestones first, then overdue ones, for the third round", () => {
    const items = needsAttention(fixture, { round: "2017-3", today: "2017-10-27" });
    expect(items.map((item) => [item.initiative.id, item.reasons])).toEqual([
      ["5.03", ["red"]],
      ["7.02", ["red"]],
      ["7.03", ["red", "economy-red"]],
      ["6.01", ["overdue"]],
      ["6.20", ["overdue"]],
    ]);
  });

  it("lists an initiative that got worse since the previous round", () => {
    const items = needsAttention(fixture, { round: "2017-2" });
    expect(items.find((item) => item.initiative.id === "5.03")?.reasons).toEqual(["red", "worsened"]);
  });
});
