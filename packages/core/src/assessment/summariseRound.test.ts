import { describe, expect, it } from "vitest";
import { budgetFollowUp2017 } from "../fixtures";
import { diffRounds, economyStatusAt } from "./diffRounds";
import { applyOperation } from "./operations";
import { summariseRound } from "./summariseRound";

const finance = { by: "Økonomi", at: "2017-10-01T08:00:00Z" };
const anne = { by: "Anne", at: "2017-10-02T09:00:00Z" };
/** The follow-up after a year-end round in which 7.03's economy (red at round 3) was assessed green. */
const economyGreenAtYearEnd = (
  [
    { type: "start-round", round: "2017-year-end", ...finance },
    { type: "assess", initiativeId: "7.03", milestone: "economy", status: "green", note: "Holdt.", ...anne },
  ] as const
).reduce((document, operation) => applyOperation(document, operation).document, budgetFollowUp2017);

describe("diffRounds", () => {
  it("sorts the moves between two rounds into worsened, improved and newly assessed", () => {
    const diff = diffRounds(budgetFollowUp2017, "2017-2", "2017-3");
    expect(diff.worsened.map((change) => change.initiativeId)).toEqual([]);
    expect(diff.improved).toMatchObject([
      { initiativeId: "6.11", from: "red", to: "green", target: "milestone" },
    ]);
    const milestones = diff.newlyAssessed.filter((change) => change.target === "milestone");
    expect(milestones.map((change) => change.initiativeId)).toEqual(["7.02"]);
    // The document holds only the latest economy status, so its economy lines are new at round 3.
    expect(diff.newlyAssessed.filter((change) => change.target === "economy")).toHaveLength(4);
    expect(diffRounds(budgetFollowUp2017, "2017-1", "2017-2").worsened.map((c) => c.initiativeId)).toEqual([
      "5.03",
      "7.03",
    ]);
  });

  it("lists milestones newly overdue on a given day", () => {
    const diff = diffRounds(budgetFollowUp2017, "2017-1", "2017-2", { today: "2017-10-27" });
    expect(diff.newlyOverdue.map((entry) => entry.initiativeId)).toEqual(["6.01", "6.20", "7.02"]);
    expect(diffRounds(budgetFollowUp2017, "2017-1", "2017-2").newlyOverdue).toEqual([]);
  });

  it("reads the economy line at an earlier round from the history once it is assessed again", () => {
    const document = economyGreenAtYearEnd;
    const initiative = document.sections[2]!.initiatives[2]!;
    expect(economyStatusAt(document, initiative, "2017-3")).toBe("red");
    expect(economyStatusAt(document, initiative, "2017-year-end")).toBe("green");
    expect(diffRounds(document, "2017-3", "2017-year-end").improved).toMatchObject([
      { initiativeId: "7.03", target: "economy", from: "red", to: "green" },
    ]);
  });
});

describe("summariseRound", () => {
  it("says in Danish how many milestones are red, what changed and the economy", () => {
    expect(summariseRound(budgetFollowUp2017, "2017-3", "da", { today: "2017-10-27" })).toBe(
      "3 af 14 milepæle til 3. budgetopfølgning 2017 er røde, 0 gule og 9 grønne; 2 er ikke vurderet. " +
        "Ingen er forværret siden 2. budgetopfølgning 2017. 1 er forbedret: 6.11 Ballerup Kommune som attraktiv oplevelsesby. " +
        "2 milepæle er forsinket: skæringsdatoen 2017-09-30 er passeret uden vurdering. " +
        "Økonomi: 1 rød og 3 grønne af 4 vurderede.",
    );
  });

  it("joins the economy's colours as the language joins a list", () => {
    expect(summariseRound(budgetFollowUp2017, "2017-3", "en")).toContain(
      "Economy: 1 red and 3 green of 4 assessed.",
    );
    expect(summariseRound(economyGreenAtYearEnd, "2017-year-end", "da")).toContain(
      "Økonomi: 1 grøn af 1 vurderet.",
    );
  });

  it("says it in English, naming what worsened", () => {
    expect(summariseRound(budgetFollowUp2017, "2017-2", "en")).toBe(
      "3 of 14 milestones for 2. budgetopfølgning 2017 are red, 0 yellow and 8 green; 3 are not assessed. " +
        "2 have worsened since 1. budgetopfølgning 2017: 5.03 Udvikling af nyt erhvervsområde i Kildedal i Måløv, 7.03 UCC - anvendelse og udvikling.",
    );
  });
});
