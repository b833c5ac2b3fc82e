import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Absentee } from "../../model/meetings.schema";
import { readAbsentees } from "./readAbsentees";

const capitalised = fc.constantFrom(
  "Anne",
  "Bo",
  "Ærø",
  "Hans-Ole",
  "Søren",
  "Lis",
  "Berg",
  "Kræmer",
  "Østergård",
);
const name = fc.array(capitalised, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
const affiliation = fc.constantFrom("A", "V", "SF", "Ø", "LEUF", "Ældrerådet", "Skolebestyrelsen");
const note = fc
  .array(
    fc.constantFrom(
      "syg",
      "deltog",
      "fra",
      "pkt.",
      "3",
      "kl.",
      "17.30",
      "ferie",
      "ikke",
      "i",
      "forlod",
      "mødet",
    ),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((words) => words.join(" "));
const person: fc.Arbitrary<Absentee> = fc.record({ name, affiliation, note }, { requiredKeys: ["name"] });

/** The field as a secretary writes it: "Name (A) (note)", "Name - note", separated by commas or "og". */
function written(people: readonly Absentee[], dashed: boolean, separator: string): string {
  return people
    .map(({ name, affiliation, note }) => {
      const party = affiliation === undefined ? "" : ` (${affiliation})`;
      const noted = note === undefined ? "" : dashed ? ` - ${note}` : ` (${note})`;
      return `${name}${party}${noted}`;
    })
    .join(separator);
}

describe("readAbsentees (property)", () => {
  it("gives every person back with their name, party and note, whichever way the note is written", () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom(", ", "; ", " og "),
        (people, dashed, separator) => {
          expect(readAbsentees(written(people, dashed, separator))).toEqual(people);
        },
      ),
      { numRuns: 300 },
    );
  });
});
