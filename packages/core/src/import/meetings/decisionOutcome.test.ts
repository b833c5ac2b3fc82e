import { describe, expect, it } from "vitest";
import { decisionOutcome } from "./decisionOutcome";

describe("decisionOutcome", () => {
  it.each([
    ["Taget til efterretning.", "noted"],
    ["Ikke taget til efterretning.", "rejected"],
    ["Indstillingen blev ikke taget til efterretning.", "rejected"],
    ["Udvalget godkender ikke indstillingen.", "rejected"],
    ["Indstillingen tiltrædes ikke.", "rejected"],
    ["Ikke godkendt.", "rejected"],
    ["Godkendt.", "approved"],
    ["Udvalget godkender indstillingen, ikke dog punkt 3's tidsplan.", "approved"],
    ["Tiltrådt med den tilføjelse, at planen forelægges igen.", "amended"],
    ["Udsat.", "postponed"],
    ["For stemte: A, V og C (5) Imod stemte: O (2) Indstillingen blev godkendt.", "approved"],
    ["For stemte: A og V. Imod stemte: O. Undlod at stemme: F. Tiltrådt.", "approved"],
    ["Ib Hansen (A) deltog ikke i behandlingen af punktet. Taget til efterretning.", "noted"],
    ["Anne Berg (V) erklærede sig inhabil og forlod mødet. Godkendt.", "approved"],
    ["For stemte: O (2) Imod stemte: A, V og C (5) Indstillingen blev ikke godkendt.", "rejected"],
    ["Intet. Sagen godkendes på næste møde.", "unknown"],
    ["Udvalget tog orienteringen til efterretning.", "noted"],
    ["Tog sagen til efterretning.", "noted"],
    ["Udvalget besluttede at godkende indstillingen.", "approved"],
    ["Kommunalbestyrelsen besluttede enstemmigt at tiltræde indstillingen.", "approved"],
    ["Økonomiudvalget besluttede at anbefale planen med den ændring, at datoen flyttes.", "amended"],
    ["Udvalget besluttede ikke at godkende ansøgningen.", "rejected"],
    ["Udvalget besluttede at afvise ansøgningen.", "rejected"],
    ["Udvalget besluttede at udsætte sagen til næste møde.", "postponed"],
    ["Udvalget besluttede at tage orienteringen til efterretning.", "noted"],
    ["Udvalget besluttede at nedsætte en arbejdsgruppe.", "unknown"],
    ["Udvalget besluttede ikke at udsætte sagen.", "unknown"],
    ["Drøftet.", "noted"],
    ["Udvalget drøftede sagen og tager den op igen i marts.", "noted"],
    ["Sagen blev drøftet.", "noted"],
    ["Et flertal bestående af A, V og C godkendte indstillingen.", "approved"],
    ["Et flertal (A, V og C) anbefaler indstillingen. Et mindretal (O) stemte imod.", "approved"],
    ["Et enigt udvalg godkendte indstillingen.", "approved"],
    ["Et enigt udvalg anbefaler indstillingen.", "approved"],
    ["Et enigt udvalg godkendte ikke ansøgningen.", "rejected"],
    ["Økonomiudvalget anbefaler indstillingen med den ændring, at datoen flyttes.", "amended"],
    ["Udvalget tiltrådte indstillingen.", "approved"],
    ["Udvalget ønsker ikke at godkende planen.", "unknown"],
  ])("reads %j as %s", (decision, outcome) => {
    expect(decisionOutcome(decision)).toBe(outcome);
  });
});
