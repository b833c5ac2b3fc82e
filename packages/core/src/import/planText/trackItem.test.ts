import { expect, it } from "vitest";
import { importPlanText } from "./read";

it.each([
  ["- 1. maj: Kick-off (1. maj 2018)", "1. maj"],
  ["- 2. behandling af budgettet i KB (oktober 2018)", "2. behandling af budgettet i KB"],
  ["- 1. fase: Analyse (maj 2018)", "1. fase"],
  // The number Word draws before such an item goes; the item's own day or ordinal stays.
  ["- 3. 1. maj: Kick-off (1. maj 2018)", "1. maj"],
  ["- 4. Velkomstbrev: praktiske oplysninger (december 2017)", "Velkomstbrev"],
  // A name's initials are no list letter; a list letter before them goes.
  ["- A. P. Møller Fonden: besøg (7. februar 2018)", "A. P. Møller Fonden"],
  ["- I. C. Modewegs Fond: besøg (8. februar 2018)", "I. C. Modewegs Fond"],
  ["- a. A. P. Møller Fonden: besøg (7. februar 2018)", "A. P. Møller Fonden"],
  ["- B. Besøg på rådhuset (9. februar 2018)", "Besøg på rådhuset"],
])("titles the track item %j %j: a day, an ordinal or an initial is no list number", (item, title) => {
  const { document } = importPlanText(`Introduktionsprogram 2018\n\n## Ad 1) Spor\n\n${item}\n`);
  expect(document?.activities[0]?.title).toBe(title);
});
