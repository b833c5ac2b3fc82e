import { describe, expect, it } from "vitest";
import { importFollowUpCsv } from "./read";

describe("importFollowUpCsv: round cells that differ only in case and white space", () => {
  it("makes one round of them when the file lists no rounds, spelt as first read", () => {
    // One initiative a row; the second spelling twice, read the second time as a cell seen before.
    const spellings = [
      "2. Budgetopfølgning 2017",
      "2. budgetopfølgning 2017",
      " 2.  BUDGETOPFØLGNING 2017 ",
      "2. budgetopfølgning 2017",
    ];
    const rows = spellings.map((round, index) => `I${index};${round};m${index};Grøn`);
    const csv = ["Indsats;Runde;Milepæl;Milepæl: status", ...rows].join("\n");
    const { document, diagnostics } = importFollowUpCsv(csv);
    expect(document?.rounds).toEqual([
      {
        id: "2. Budgetopfølgning 2017",
        label: "2. Budgetopfølgning 2017",
        kind: "follow-up",
        cutOff: "2017-06-30",
      },
    ]);
    const rounds = document?.sections[0]?.initiatives.map((found) => found.milestones[0]?.round);
    expect(rounds).toEqual(Array.from({ length: 4 }, () => "2. Budgetopfølgning 2017"));
    expect(diagnostics.filter((found) => found.code === "import.round-cut-off-assumed")).toHaveLength(1);
  });

  it("keeps the round ids the file's own rounds name as written", () => {
    const csv = ["Indsats;Runde;Milepæl;Milepæl: status", "A;r1;m1;Grøn", "B;R1;m2;Gul"].join("\n");
    const rounds = [
      { id: "r1", label: "1. runde", kind: "follow-up" as const, cutOff: "2017-03-31" },
      { id: "R1", label: "1. runde, rettet", kind: "follow-up" as const, cutOff: "2017-03-31" },
    ];
    const { document } = importFollowUpCsv(csv, { rounds });
    expect(document?.sections[0]?.initiatives.map((found) => found.milestones[0]?.round)).toEqual([
      "r1",
      "R1",
    ]);
  });
});
