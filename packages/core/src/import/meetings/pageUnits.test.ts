import { describe, expect, it } from "vitest";
import { dedent } from "../shared/testing";
import { splitUnits } from "./pageUnits";

describe("splitUnits", () => {
  it("drops the meeting system's running head or foot printed on every page of a PDF's text", () => {
    const text = dedent`
      Referat Økonomiudvalget tirsdag den 3. januar 2017 kl. 16.30 i Kantinen
      1. Budget
      Beslutning:
      Godkendt.
      Økonomiudvalget 03-01-2017 Side 2 af 5
      Sagsfremstilling:
      Økonomiudvalget, 03.01.2017, Side 3
      Økonomiudvalget | Side 4 af 5
      Budgettet er lagt på Side 4 af bilaget.
    `;
    const { units, furniture } = splitUnits(text);
    expect(units[0]?.chunks.map((chunk) => chunk.text)).toEqual([
      "Referat Økonomiudvalget tirsdag den 3. januar 2017 kl. 16.30 i Kantinen",
      "1. Budget",
      "Beslutning:",
      "Godkendt.",
      "Sagsfremstilling:",
      "Budgettet er lagt på Side 4 af bilaget.",
    ]);
    expect(furniture).toBe(3);
  });
});
