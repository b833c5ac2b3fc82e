import { describe, expect, it } from "vitest";
import { importFollowUpText } from "./read";
import { RoundLabels } from "./roundLabels";

/** An initiative's header and description rows, then its milestone rows, one per round label. */
const initiative = (number: string, labels: readonly string[]) => [
  `${number}. Indsats\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley`,
  "Beskr\tAnsvarligt center: X\t\t",
  ...labels.map((label, index) => `Milepæl\tm${index + 1}\t${label}\t☺`),
];

/** A follow-up's text: its title, a section, and the given rows. */
const followUp = (...rows: readonly string[][]) =>
  ["Test på budget 2017", "", "5. Erhverv", ...rows.flat()].join("\n");

describe("importFollowUpText: round labels that differ only in case and white space", () => {
  it("makes one round of them, spelt as first read, and points every milestone at it", () => {
    const { document, diagnostics } = importFollowUpText(
      followUp(
        initiative("5.10", ["2. Budgetopfølgning 2017"]),
        initiative("5.11", ["2. budgetopfølgning 2017", "2.  BUDGETOPFØLGNING  2017 "]),
        // Not the general reading's exact four cells: read outside `RowInPlace` too.
        ["Milepæl\tm3\t2. budgetopfølgning 2017\t☺\t"],
      ),
    );
    expect(document?.rounds).toEqual([
      { id: "2017-2", label: "2. Budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-06-30" },
    ]);
    const rounds = document?.sections[0]?.initiatives.flatMap((found) =>
      found.milestones.map((milestone) => milestone.round),
    );
    expect(rounds).toEqual(["2017-2", "2017-2", "2017-2", "2017-2"]);
    expect(diagnostics.filter((found) => found.code === "import.round-cut-off-assumed")).toHaveLength(1);
  });

  it("reads a label a PDF's narrow column broke inside a word as the round, not as a round of its own", () => {
    const { document } = importFollowUpText(
      followUp(initiative("5.10", ["2. budgetopfølgning 2017", "2. budgetopfølgnin g 2017"])),
    );
    expect(document?.rounds.map((round) => round.label)).toEqual(["2. budgetopfølgning 2017"]);
    const [first, broken] = document?.sections[0]?.initiatives[0]?.milestones ?? [];
    expect(broken?.round).toBe(first?.round);
  });

  it("points every milestone at the calendar's round when the document spells its label otherwise", () => {
    const calendar = [
      { id: "r3", label: "3. budgetopfølgning 2017", kind: "follow-up", cutOff: "2017-09-30" },
    ] as const;
    const { document } = importFollowUpText(
      followUp(
        initiative("5.10", ["3. Budgetopfølgning 2017"]),
        initiative("5.11", ["3. budgetopfølgning 2017"]),
      ),
      { rounds: [...calendar] },
    );
    expect(document?.rounds).toEqual([...calendar]);
    const rounds = document?.sections[0]?.initiatives.flatMap((found) =>
      found.milestones.map((milestone) => milestone.round),
    );
    expect(rounds).toEqual(["r3", "r3"]);
  });

  it("keeps rounds whose words differ apart", () => {
    const text = followUp(initiative("5.10", ["1. budgetopfølgning 2017", "2. budgetopfølgning 2017"]));
    expect(importFollowUpText(text).document?.rounds.map((round) => round.label)).toEqual([
      "1. budgetopfølgning 2017",
      "2. budgetopfølgning 2017",
    ]);
  });
});

describe("RoundLabels", () => {
  it("gives the first spelling for a label that differs only in case and white space, past the first few labels too", () => {
    const labels = new RoundLabels();
    for (let day = 1; day <= 12; day += 1) labels.place(`${day}. Runde`, day);
    expect(labels.place("3. RUNDE", 20)).toBe("3. Runde");
    expect(labels.place("11.  runde", 21)).toBe("11. Runde");
    expect(labels.read).toHaveLength(12);
    expect(labels.read[10]).toEqual({ label: "11. Runde", line: 11 });
  });
});
