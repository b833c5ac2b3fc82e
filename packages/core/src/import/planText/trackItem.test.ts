import { describe, expect, it } from "vitest";
import { importPlanText } from "./read";

describe("a track's items", () => {
  it("keeps a track item's day or ordinal that is no list number ('1. maj: Kick-off', '2. behandling af budgettet')", () => {
    const items = [
      "- 1. maj: Kick-off (1. maj 2018)",
      "- 2. behandling af budgettet i KB (oktober 2018)",
      "- 1. fase: Analyse (maj 2018)",
      // The number Word draws before such an item goes; the item's own day or ordinal stays.
      "- 3. 1. maj: Kick-off (1. maj 2018)",
      "- 4. Velkomstbrev: praktiske oplysninger (december 2017)",
    ];
    const { document } = importPlanText(
      `Introduktionsprogram 2018\n\n## Ad 1) Spor\n\n${items.join("\n")}\n`,
    );
    expect(document?.activities.map((activity) => activity.title)).toEqual([
      "1. maj",
      "2. behandling af budgettet i KB",
      "1. fase",
      "1. maj",
      "Velkomstbrev",
    ]);
  });
});
