import { describe, expect, it } from "vitest";
import type { BudgetFollowUp, Initiative } from "../../model/budgetFollowUp.schema";
import { DiagnosticCollector } from "../shared/collector";
import { checkUnderstood } from "./understood";

const initiative = (id: string, parts: Partial<Initiative> = {}): Initiative => ({
  id,
  title: id,
  description: "",
  keyContributors: [],
  milestones: [],
  ...parts,
});
const followUp = (...sections: Initiative[][]): BudgetFollowUp => ({
  schemaVersion: 2,
  type: "budget-follow-up",
  metadata: { title: "Opfølgning" },
  rounds: [],
  sections: sections.map((initiatives, index) => ({ title: `Afsnit ${index}`, initiatives })),
});
const codes = (document: BudgetFollowUp) => {
  const collector = new DiagnosticCollector();
  const understood = checkUnderstood(document, collector);
  return { understood: understood !== null, codes: collector.items.map((item) => item.code) };
};
const milestone = { round: "2017-1", text: "Skolen er bygget", status: "green" as const };
const economy = { text: "Ingen", status: "green" as const };

describe("checkUnderstood", () => {
  it("refuses a text without initiatives, in any of its sections", () => {
    expect(codes(followUp([], []))).toEqual({ understood: false, codes: ["import.nothing-understood"] });
  });

  it("warns when no initiative of any section has a milestone, or an economy", () => {
    expect(codes(followUp([initiative("a")], [initiative("b")]))).toEqual({
      understood: true,
      codes: ["import.no-milestones", "import.no-economy"],
    });
    expect(codes(followUp([initiative("a", { economy })], [initiative("b")]))).toEqual({
      understood: true,
      codes: ["import.no-milestones"],
    });
  });

  it("is quiet once one initiative has a milestone and one (another, in a later section) an economy", () => {
    const document = followUp(
      [initiative("a", { milestones: [milestone] })],
      [initiative("b"), initiative("c", { economy })],
    );
    expect(codes(document)).toEqual({ understood: true, codes: [] });
  });
});
