import { describe, expect, it } from "vitest";
import { DiagnosticCollector } from "../shared/collector";
import { readResponsibility } from "./responsibility";

const read = (cell: string) => readResponsibility(cell, 3, new DiagnosticCollector(), () => {}, true);

describe("readResponsibility", () => {
  it.each([
    "Væsentlig bidragsyder:",
    "Væsentlig bidragsydere:",
    "Væsentlige bidragsyder:",
    "VÆSENTLIGE BIDRAGSYDERE:",
  ])(
    "reads each label's value up to the next label, whatever the labels' case and spelling: %s",
    (contributors) => {
      expect(
        read(
          `Ansvarligt center: Skole og Kultur ANSVARLIGT UDVALG: Børneudvalget ${contributors} By og Land`,
        ),
      ).toEqual({
        responsibleCenter: "Skole og Kultur",
        responsibleCommittee: "Børneudvalget",
        keyContributors: ["By og Land"],
      });
    },
  );

  it("keeps the last value of a label written twice, and trims every kind of white space around values", () => {
    expect(
      read("Ansvarligt udvalg: Første Ansvarligt center:\u00a0 Kultur \u3000Ansvarligt udvalg:  Andet "),
    ).toEqual({ responsibleCenter: "Kultur", responsibleCommittee: "Andet", keyContributors: [] });
  });

  it("reads a cell without labels as notes", () => {
    expect(read("Ingen ansvarlige endnu")).toEqual({ notes: "Ingen ansvarlige endnu" });
  });
});
