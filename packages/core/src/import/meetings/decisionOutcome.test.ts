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
    // A discussion that went on to a decision is that decision.
    ["Drøftet og godkendt.", "approved"],
    ["Drøftet og tiltrådt med den tilføjelse, at planen forelægges igen.", "amended"],
    ["Drøftet. Sagen blev udsat.", "postponed"],
    ["Sagen blev drøftet. Indstillingen blev ikke godkendt.", "rejected"],
    ["Udvalget drøftede sagen og godkendte indstillingen.", "approved"],
    ["Drøftet, og indstillingen blev godkendt.", "approved"],
    ["Udvalget drøftede sagen og besluttede at udsætte den.", "postponed"],
    ["Udvalget besluttede at ikke godkende ansøgningen.", "rejected"],
    ["Et flertal (A, V og C) besluttede at godkende indstillingen.", "approved"],
    // A recommendation to another body is what it recommends.
    ["Økonomiudvalget besluttede at anbefale Byrådet ikke at godkende ansøgningen.", "rejected"],
    ["Økonomiudvalget besluttede at anbefale, at ansøgningen ikke imødekommes.", "rejected"],
    ["Udvalget besluttede at anbefale Byrådet at afvise forslaget.", "rejected"],
    ["Udvalget besluttede at anbefale Kommunalbestyrelsen at udsætte sagen.", "postponed"],
    ["Udvalget besluttede at anbefale Byrådet at godkende forslaget, dog ikke punkt 3.", "approved"],
  ])("reads %j as %s", (decision, outcome) => {
    expect(decisionOutcome(decision)).toBe(outcome);
  });
});
