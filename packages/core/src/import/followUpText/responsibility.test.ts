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

  it("reads the sentence after a committee or centre, the last label, as a note, as after the contributors", () => {
    // LibreOffice's print of 7.06 joins the cell's lines into one paragraph: the note ran into the
    // committee.
    expect(
      read(
        "Ansvarligt center: Arbejdsmarked Ansvarligt udvalg: Økonomiudvalget Indsatsen mod socialt bedrageri er forankret i Kontrolgruppen.",
      ),
    ).toEqual({
      responsibleCenter: "Arbejdsmarked",
      responsibleCommittee: "Økonomiudvalget",
      keyContributors: [],
      notes: "Indsatsen mod socialt bedrageri er forankret i Kontrolgruppen.",
    });
    expect(
      read("Ansvarligt center: Center for Arbejdsmarked Indsatsen er forankret i Kontrolgruppen."),
    ).toEqual({
      responsibleCenter: "Center for Arbejdsmarked",
      keyContributors: [],
      notes: "Indsatsen er forankret i Kontrolgruppen.",
    });
  });

  it("reads a cell without labels as notes", () => {
    expect(read("Ingen ansvarlige endnu")).toEqual({ notes: "Ingen ansvarlige endnu" });
  });
});
