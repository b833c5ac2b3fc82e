import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateFollowUpText } from "../../fixtures/generate";
import { DiagnosticCollector } from "../shared/collector";
import { CellValues, RowInPlace } from "./milestoneRow";
import { importFollowUpText } from "./read";
import { RoundLabels } from "./roundLabels";

const context = () => ({
  collector: new DiagnosticCollector(),
  roundLabels: new RoundLabels(),
  sadFace: undefined,
  plainSpace: true,
  onTooDeep: () => {},
});

describe("RowInPlace", () => {
  it("finds a milestone row of four cells where it stands, with its text and the places of its round and smiley", () => {
    const source = "x\nMilepæl\tSkolen er bygget\t31.12.2017\t☺\nnext";
    const row = new RowInPlace(context());
    expect(row.find(source, 2)).toBe(true);
    expect(row.text).toBe("Skolen er bygget");
    expect(source.slice(row.labelStart, row.labelEnd)).toBe("31.12.2017");
    expect(source.slice(row.smileyStart, row.end)).toBe("☺");
    expect(source[row.end]).toBe("\n");
    expect(row.read(source, 2, 2)).toEqual({
      round: "31.12.2017",
      text: "Skolen er bygget",
      status: "green",
    });
  });

  it("leaves every other line to the general reading", () => {
    const row = new RowInPlace(context());
    for (const line of [
      "Milepæl\tSkolen er bygget\t31.12.2017",
      "Milepæl\tSkolen er bygget\t31.12.2017\t☺\tmere",
      "MILEPÆL\tSkolen er bygget\t31.12.2017\t☺",
      "Milepæl\tKort beskrivelse af indsatsen (drift)\tTid\tSmiley",
      "Økonomi\tIngen\t\t☺",
    ])
      expect(row.find(`${line}\nMilepæl\ta\tb\tc`, 0)).toBe(false);
  });
});

describe("CellValues", () => {
  it("reads each distinct cell once, however many rows write it", () => {
    const read: string[] = [];
    const values = new CellValues((raw) => {
      read.push(raw);
      return raw.length;
    });
    const source = "1. budgetopfølgning 2017\t31.12.2017\t1. budgetopfølgning 2017";
    expect(values.of(source, 0, 24)).toBe(24);
    expect(values.of(source, 25, 35)).toBe(10);
    expect(values.of(source, 36, 60)).toBe(24);
    expect(read).toEqual(["1. budgetopfølgning 2017", "31.12.2017"]);
  });
});

describe("importFollowUpText, milestone rows read in place", () => {
  const lines = generateFollowUpText({ initiatives: 40 }).split("\n");
  const edits = [
    (line: string) => line.replace("\t☺", "\tJ"),
    (line: string) => line.replace("\t☺", "\t☹"),
    (line: string) => line.replace("\t☺", "\tukendt"),
    (line: string) => line.replace("\t☺", "\t"),
    (line: string) => line.replace("Milepæl\t", "<p>Milepæl</p>\t"),
    (line: string) => `${line}\tmere`,
    (line: string) => line.replace(/\t[^\t]*$/, ""),
    (line: string) => line.replace("2017\t", "2017 \t"),
    (line: string) => line.replace("er nået.", "er nået. Status: forsinket"),
    (line: string) => line.replace("er nået.", "Kort beskrivelse af indsatsen"),
    (line: string) => `## Overskrift\n${line}`,
    (line: string) => line.replace(/^Økonomi\t(.*)\t\t(.*)$/, "Økonomi\t$1 Besparelse på 2,5 mio. kr.\t\t😐"),
    (line: string) => line.replace(/^Økonomi\t(.*)\t\t/, "Økonomi\t$1 Status: usikker\t\t"),
    (line: string) => line.replace(/\t\t(☺|☹)$/, "\t\tL"),
  ];
  const edited = fc
    .array(fc.record({ at: fc.nat({ max: lines.length - 1 }), edit: fc.nat({ max: edits.length - 1 }) }), {
      maxLength: 12,
    })
    .map((changes) => {
      const copy = [...lines];
      for (const { at, edit } of changes)
        copy[at] = (edits[edit] as (line: string) => string)(copy[at] ?? "");
      return copy;
    });

  it("reads milestone and economy rows the same whether the lines end in \\n (read in place) or \\r\\n (split up front)", () => {
    fc.assert(
      fc.property(edited, (text) => {
        expect(importFollowUpText(text.join("\n"))).toEqual(importFollowUpText(text.join("\r\n")));
      }),
      { numRuns: 60 },
    );
  });
});
