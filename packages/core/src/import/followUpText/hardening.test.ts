import { describe, expect, it } from "vitest";
import { hasErrors } from "../../diagnostics/diagnostic";
import { checkDocument } from "../../rules/checkDocument";
import { importFollowUpText } from "./read";

/** A follow-up of one initiative with the given rows under its description row (line 5 on). */
const followUp = (
  rows: readonly string[],
  header = "5.10. Init\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
) => ["Test på budget 2017", "", "5. Erhverv", header, "Beskr\tAnsvarligt center: X\t\t", ...rows].join("\n");

/** The import, and whether its document is one `validate` accepts. */
const read = (text: string) => {
  const result = importFollowUpText(text, { year: 2017 });
  const valid =
    result.document !== null && !hasErrors(checkDocument(result.document, { today: "2017-10-27" }));
  return { ...result, valid, initiative: result.document?.sections[0]?.initiatives[0] };
};

describe("importFollowUpText milestones without a round", () => {
  it("reports a milestone with an empty Tid cell at its line, with its text, and gives a valid document", () => {
    for (const row of ["Milepæl\tm2\t\t☺", "Milepæl\tm2\t \t☺\t", "milepæl\tm2\t\t☺"]) {
      const { valid, initiative, diagnostics } = read(
        followUp(["Milepæl\tm1\t1. budgetopfølgning 2017\t☺", row, "Økonomi\tok\t\t☺"]),
      );
      expect(valid).toBe(true);
      expect(initiative?.milestones.map((m) => m.text)).toEqual(["m1"]);
      const reported = diagnostics.find((d) => d.code === "import.milestone-without-round");
      expect(reported).toMatchObject({ level: "warning", line: 7, raw: row });
    }
  });
});
