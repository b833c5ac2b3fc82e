import { describe, expect, it } from "vitest";
import { absenteesOf, readAbsentees } from "./readAbsentees";

describe("readAbsentees", () => {
  it("reads names with party letters or organisations, separated or not", () => {
    expect(readAbsentees("Lars Holten (LEUF) Ole Blickfeldt (O)")).toEqual([
      { name: "Lars Holten", affiliation: "LEUF" },
      { name: "Ole Blickfeldt", affiliation: "O" },
    ]);
    expect(readAbsentees("Anne Hansen (A); Bo Berg (V) og Kis Lund (Ældrerådet)")).toEqual([
      { name: "Anne Hansen", affiliation: "A" },
      { name: "Bo Berg", affiliation: "V" },
      { name: "Kis Lund", affiliation: "Ældrerådet" },
    ]);
    expect(readAbsentees("Anne Hansen, Bo Berg og Kis Lund")).toEqual([
      { name: "Anne Hansen" },
      { name: "Bo Berg" },
      { name: "Kis Lund" },
    ]);
    expect(readAbsentees("Ingen")).toEqual([]);
  });

  it("keeps a note in parentheses as the person's note, not as a person or an affiliation", () => {
    expect(readAbsentees("Hans Hansen (A) (deltog fra pkt. 3)")).toEqual([
      { name: "Hans Hansen", affiliation: "A", note: "deltog fra pkt. 3" },
    ]);
    expect(readAbsentees("Ole Olsen (syg)")).toEqual([{ name: "Ole Olsen", note: "syg" }]);
    expect(readAbsentees("Ole Olsen (A) (syg), Lis Berg (Ældrerådet)")).toEqual([
      { name: "Ole Olsen", affiliation: "A", note: "syg" },
      { name: "Lis Berg", affiliation: "Ældrerådet" },
    ]);
    expect(readAbsentees("Anne Berg (V) (Forlod mødet under pkt. 4), Bo Berg (C)")).toEqual([
      { name: "Anne Berg", affiliation: "V", note: "Forlod mødet under pkt. 4" },
      { name: "Bo Berg", affiliation: "C" },
    ]);
  });

  it("keeps a note after a dash or a comma as the person's note, not as a person", () => {
    expect(readAbsentees("Anne Berg (V) - deltog ikke i pkt. 5")).toEqual([
      { name: "Anne Berg", affiliation: "V", note: "deltog ikke i pkt. 5" },
    ]);
    expect(readAbsentees("Anne Berg (V) – deltog fra kl. 17.00, Bo Berg (C)")).toEqual([
      { name: "Anne Berg", affiliation: "V", note: "deltog fra kl. 17.00" },
      { name: "Bo Berg", affiliation: "C" },
    ]);
    expect(readAbsentees("Ole Olsen, deltog fra pkt. 3 og Lis Berg")).toEqual([
      { name: "Ole Olsen", note: "deltog fra pkt. 3" },
      { name: "Lis Berg" },
    ]);
    expect(readAbsentees("Ole Olsen (syg og på ferie)")).toEqual([
      { name: "Ole Olsen", note: "syg og på ferie" },
    ]);
  });

  it("keeps a substitute as the absentee's note, in parentheses or after a comma", () => {
    expect(readAbsentees("Anne Berg (Suppleant Per Lund)")).toEqual([
      { name: "Anne Berg", note: "Suppleant Per Lund" },
    ]);
    expect(readAbsentees("Anne Berg (V) (Suppleant Per Lund)")).toEqual([
      { name: "Anne Berg", affiliation: "V", note: "Suppleant Per Lund" },
    ]);
    expect(readAbsentees("Anne Berg (V), Suppleant: Per Lund, Bo Berg")).toEqual([
      { name: "Anne Berg", affiliation: "V", note: "Suppleant: Per Lund" },
      { name: "Bo Berg" },
    ]);
    expect(readAbsentees("Anne Berg (V), suppleant: Per Lund")).toEqual([
      { name: "Anne Berg", affiliation: "V", note: "suppleant: Per Lund" },
    ]);
  });

  it("takes '(Afbud)' after a name for a note, not for a party", () => {
    expect(readAbsentees("Anne Berg (Afbud), Bo Berg (A) (Afbud)")).toEqual([
      { name: "Anne Berg", note: "Afbud" },
      { name: "Bo Berg", affiliation: "A", note: "Afbud" },
    ]);
  });

  it("loses no text it cannot place: a note before any name stays as written", () => {
    expect(readAbsentees("(deltog fra pkt. 3) Anne Berg")).toEqual([
      { name: "(deltog fra pkt. 3)" },
      { name: "Anne Berg" },
    ]);
    expect(readAbsentees("Anne Berg (V")).toEqual([{ name: "Anne Berg (V" }]);
  });
});

describe("absenteesOf", () => {
  /** A meeting's header: its first line, then `lines`. */
  const header = (...lines: string[]) => ["Referat Økonomiudvalget 3. januar 2017", ...lines].join("\n");

  it("reads both an Afbud and a Fraværende field, not only the first", () => {
    expect(
      absenteesOf(
        "Referat Økonomiudvalget 3. januar 2017 kl. 16:30\nFraværende: Bo Berg (A)\nTil stede: Anne Hansen (A)\nAfbud: Per Lund (V) (syg)",
      ),
    ).toEqual([
      { name: "Bo Berg", affiliation: "A" },
      { name: "Per Lund", affiliation: "V", note: "syg" },
    ]);
    expect(absenteesOf("Afbud: Per Lund (V) Fraværende: Bo Berg")).toEqual([
      { name: "Per Lund", affiliation: "V" },
      { name: "Bo Berg" },
    ]);
  });

  it("reads absentees listed one per line under a label alone on its line, up to the next label", () => {
    expect(
      absenteesOf(header("Afbud:", "Anne Berg (V)", "Bo Berg (A) (syg)", "Kis Lund", "Mødeleder: Ib Ibsen")),
    ).toEqual([
      { name: "Anne Berg", affiliation: "V" },
      { name: "Bo Berg", affiliation: "A", note: "syg" },
      { name: "Kis Lund" },
    ]);
    expect(absenteesOf("Fraværende:\nAnne Berg (V)\nBo Berg\nIndholdsfortegnelse\n1. Godkendelse")).toEqual([
      { name: "Anne Berg", affiliation: "V" },
      { name: "Bo Berg" },
    ]);
    expect(absenteesOf("Afbud:\nAnne Berg\nSted: Kantinen\n1. Godkendelse af dagsorden")).toEqual([
      { name: "Anne Berg" },
    ]);
    expect(absenteesOf("Afbud:\nAnne Berg\nLejre Kommune\nBo Berg")).toEqual([{ name: "Anne Berg" }]);
  });

  it("reads the people after 'Afbud: …' continuing on the next lines, where they are clearly people of the list", () => {
    // Each list ends at the header's next label.
    const listed = (text: string) => header(text, "Mødeleder: Ib Ibsen");
    expect(absenteesOf(listed("Afbud: Anne Berg (V)\nBo Berg (A)\nA. P. Møller (C) (syg)"))).toEqual([
      { name: "Anne Berg", affiliation: "V" },
      { name: "Bo Berg", affiliation: "A" },
      { name: "A. P. Møller", affiliation: "C", note: "syg" },
    ]);
    expect(absenteesOf(listed("Afbud:  Anne Berg  (V)\nBo  Berg  (A)"))).toEqual([
      { name: "Anne Berg", affiliation: "V" },
      { name: "Bo Berg", affiliation: "A" },
    ]);
    expect(absenteesOf(listed("Afbud: Anne Berg, Kis Lund og\nBo Berg"))).toEqual([
      { name: "Anne Berg" },
      { name: "Kis Lund" },
      { name: "Bo Berg" },
    ]);
    // A line that is no person of the list (no party, no comma before it) is left to the header.
    expect(absenteesOf(listed("Afbud: Anne Berg (V)\nLejre Kommune"))).toEqual([
      { name: "Anne Berg", affiliation: "V" },
    ]);
    expect(absenteesOf(listed("Afbud: Anne Berg (V)\nKantinen"))).toEqual([
      { name: "Anne Berg", affiliation: "V" },
    ]);
    // A list longer than a field is read whole, line by line.
    const many = Array.from(
      { length: 60 },
      (_, index) => `Bo ${String.fromCharCode(65 + (index % 26))}berg (V)`,
    );
    expect(absenteesOf(listed(`Afbud: Anne Berg (V)\n${many.join("\n")}`))).toHaveLength(61);
  });

  it("reads a name alone on the line after 'Afbud: …' of names without parties, where the list ends after it", () => {
    expect(absenteesOf(header("Afbud: Anne Berg\nBo Lund"))).toEqual([
      { name: "Anne Berg" },
      { name: "Bo Lund" },
    ]);
    expect(absenteesOf(header("Afbud: Anne Berg\nBo Lund\nKis Ida Holm\nMødeleder: Ib Ibsen"))).toEqual([
      { name: "Anne Berg" },
      { name: "Bo Lund" },
      { name: "Kis Ida Holm" },
    ]);
    expect(absenteesOf(header("Fraværende: Anne Berg\nBo Lund\nIndholdsfortegnelse"))).toEqual([
      { name: "Anne Berg" },
      { name: "Bo Lund" },
    ]);
  });

  it("reads a name a PDF's line broke off at its end ('…, Søren' then 'Kræmer (F), …') as one person", () => {
    const people = absenteesOf(
      header(
        "Afbud: Lars Holten (LEUF), Ole Blickfeldt (O), Søren\nKræmer (F), Villy Hauritz (F), Kis\nLund (V)",
        "Indholdsfortegnelse",
      ),
    );
    expect(people.map((person) => `${person.name} (${person.affiliation})`)).toEqual([
      "Lars Holten (LEUF)",
      "Ole Blickfeldt (O)",
      "Søren Kræmer (F)",
      "Villy Hauritz (F)",
      "Kis Lund (V)",
    ]);
    // A line that is no people stays the header's, and the name before it as written.
    expect(
      absenteesOf(header("Afbud: Anne Berg (A), Bo\nMødet hævet kl. 17", "Indholdsfortegnelse")),
    ).toEqual([{ name: "Anne Berg", affiliation: "A" }, { name: "Bo" }]);
  });

  it("leaves the header's other lines after 'Afbud: …' of names without parties to the header", () => {
    for (const line of ["Mødet hævet kl. 17", "Bilag", "Punkt 3", "Lejre Kommune", "Kantinen"])
      expect(absenteesOf(header(`Afbud: Anne Berg\n${line}`)), line).toEqual([{ name: "Anne Berg" }]);
    // Followed by text that is no list's end, a line of capitalised words is the next paragraph's.
    expect(absenteesOf(header("Afbud: Anne Berg\nRådhuset Allerslev\nmødet holdes i kantinen"))).toEqual([
      { name: "Anne Berg" },
    ]);
    // After people named with their party, a name without one is no person of that list.
    expect(absenteesOf(header("Afbud: Anne Berg (V)\nRådhuset Allerslev"))).toEqual([
      { name: "Anne Berg", affiliation: "V" },
    ]);
  });

  it("reads the people of a table cell as one list: a line the PDF or Word wrapped in a name runs on, a paragraph of its own is a person", () => {
    // A PDF's cell whose lines end short of the page's edge: each line is a paragraph.
    const wrapped = absenteesOf(
      "Afbud:\t<p>Lars Holten (LEUF), Ole Blickfeldt</p><p>(O), Søren Kræmer (F), Anne</p><p>Berg (A), Kis Lund (V)</p>",
    );
    expect(wrapped.map((person) => `${person.name} (${person.affiliation})`)).toEqual([
      "Lars Holten (LEUF)",
      "Ole Blickfeldt (O)",
      "Søren Kræmer (F)",
      "Anne Berg (A)",
      "Kis Lund (V)",
    ]);
    expect(absenteesOf("Afbud\t<p>Anne Berg, Bo</p><p>Lund, Kis Holm</p>")).toEqual([
      { name: "Anne Berg" },
      { name: "Bo Lund" },
      { name: "Kis Holm" },
    ]);
    // One person a paragraph, as a Word cell lists them.
    expect(absenteesOf("Afbud\t<p>Anne Berg (V)</p><p>Bo Lund (A)</p>")).toEqual([
      { name: "Anne Berg", affiliation: "V" },
      { name: "Bo Lund", affiliation: "A" },
    ]);
    expect(absenteesOf("Afbud\t<p>Anne Berg</p><p>Bo Lund</p>")).toEqual([
      { name: "Anne Berg" },
      { name: "Bo Lund" },
    ]);
    expect(absenteesOf("Afbud\t<ul><li>Anne Berg &amp; Co (V)</li><li>Bo Lund</li></ul>")).toEqual([
      { name: "Anne Berg & Co", affiliation: "V" },
      { name: "Bo Lund" },
    ]);
  });

  it("reads absentees listed as bullets, as Word's lists give them, without taking a dash for a note", () => {
    expect(absenteesOf("Afbud:\n- Anne Berg (V)\n- Bo Berg (A)\n• Kis Lund")).toEqual([
      { name: "Anne Berg", affiliation: "V" },
      { name: "Bo Berg", affiliation: "A" },
      { name: "Kis Lund" },
    ]);
  });

  it("reads the label 'Afbud fra:' and a label in a Word table's cell ('Afbud⇥Anne Berg')", () => {
    expect(absenteesOf("Afbud fra: Anne Berg (V)")).toEqual([{ name: "Anne Berg", affiliation: "V" }]);
    expect(absenteesOf("Afbud fra:\nAnne Berg (V)\nBo Berg")).toEqual([
      { name: "Anne Berg", affiliation: "V" },
      { name: "Bo Berg" },
    ]);
    expect(absenteesOf("Dato\t3. januar 2017\nAfbud\tAnne Berg (V), Bo Berg\nSted\tKantinen")).toEqual([
      { name: "Anne Berg", affiliation: "V" },
      { name: "Bo Berg" },
    ]);
  });

  it("reads the members a 'Deltagere:' or 'Medlemmer:' field marks as absent ('(afbud)'), and only those", () => {
    expect(
      absenteesOf("Deltagere: Anne Berg (V), Bo Berg (A) (afbud), Kis Lund (C) - meldt afbud, Ib Ibsen (O)"),
    ).toEqual([
      { name: "Bo Berg", affiliation: "A", note: "afbud" },
      { name: "Kis Lund", affiliation: "C", note: "meldt afbud" },
    ]);
    expect(absenteesOf("Til stede: Anne Berg (V), Kis Lund (C)\nAfbud: Bo Berg (A)")).toEqual([
      { name: "Bo Berg", affiliation: "A" },
    ]);
  });

  it("reads 'Afbud fra Bo Berg (A) og Per Lund (V)'", () => {
    expect(absenteesOf("Afbud fra Bo Berg (A) og Per Lund (V)")).toEqual([
      { name: "Bo Berg", affiliation: "A" },
      { name: "Per Lund", affiliation: "V" },
    ]);
  });
});
