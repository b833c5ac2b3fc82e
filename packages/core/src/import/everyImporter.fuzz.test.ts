// The robustness contract of every way text gets in, checked together: whatever text comes (random
// Unicode, mangled seeds, CSV and JSON debris) comes back as a result, never an exception; every
// diagnostic with a line points at a line the text has; every document returned is valid; and
// an input of 50 MB is refused at once with a message a person can act on.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../diagnostics/messages";
import { meetingsLejre2017 } from "../fixtures";
import { parseDocumentJson, validateDocument } from "../model/document.schema";
import { importFollowUpCsv } from "./followUpCsv/read";
import { importFollowUpText } from "./followUpText/read";
import { importDocument } from "./importDocument";
import { importMeetingsCsv } from "./meetings/readCsv";
import { exportMeetingItemsCsv } from "./meetings/write";
import { importPlanCsv } from "./planCsv/read";
import { importPlanText } from "./planText/read";

const seed = (name: string) => readFileSync(new URL(`../../test/seeds/${name}`, import.meta.url), "utf8");
const seeds = [
  seed("budgetopfoelgning-2017-3-del1.txt"),
  seed("implementeringsplan-vision-2029.txt"),
  seed("kommunikationsplan-2017.txt"),
  seed("introduktionsprogram-kb-2018-2021.txt"),
  // Meetings CSV (wt-mcsv): milepael's own decision list, with its metadata block.
  exportMeetingItemsCsv(meetingsLejre2017),
];

const importers = {
  importDocument: (text: string) => importDocument(text),
  importFollowUpText: (text: string) => importFollowUpText(text, { year: 2017 }),
  importPlanText: (text: string) => importPlanText(text),
  importPlanCsv: (text: string) => importPlanCsv(text, { year: 2017 }),
  importFollowUpCsv: (text: string) => importFollowUpCsv(text),
  importMeetingsCsv: (text: string) => importMeetingsCsv(text),
  parseDocumentJson: (text: string) => parseDocumentJson(text),
};

/** Pieces every format is made of, to build text that is almost, but not quite, a document. */
const debris = fc.constantFrom(
  "\t",
  ";",
  ",",
  '"',
  "\n",
  "\r\n",
  "\r",
  "\uFEFF",
  "{",
  "}",
  "[",
  '"type":"plan"',
  '"schemaVersion":2',
  "Milepæl\t",
  "Økonomi\t",
  "☺",
  "😐",
  "☹",
  "5.01. ",
  "Primo marts",
  "Juni-september",
  "Løbende",
  "<p>",
  "<script>",
  "Dato;Aktivitet;Målgruppe",
  "Indsats;Runde;Milepæl",
  "Udvalg;Type;Dato;Punkt;Titel;Udfald",
  "#milepael;meeting;",
  "\u0000",
  "\u202E",
);

/** A seed cut, repeated and sprinkled with debris at random places. */
const mangledSeed = fc
  .tuple(
    fc.nat({ max: seeds.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), debris), { maxLength: 12 }),
  )
  .map(([which, edits]) => {
    let text = seeds[which] ?? "";
    for (const [at, cut, piece] of edits) {
      const position = at % (text.length + 1);
      text = `${text.slice(0, position)}${piece}${text.slice(position + cut)}`;
    }
    return text;
  });

const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.array(debris, { maxLength: 60 }).map((pieces) => pieces.join("")),
  mangledSeed,
);

describe.each(Object.entries(importers))("%s on any text", (_name, read) => {
  it("returns instead of throwing, points diagnostics at real lines, and returns only valid documents", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { document, diagnostics } = read(text);
        const lineCount = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).length;
        for (const found of diagnostics) {
          if (found.line !== undefined) {
            expect(Number.isInteger(found.line)).toBe(true);
            expect(found.line).toBeGreaterThanOrEqual(1);
            expect(found.line).toBeLessThanOrEqual(lineCount);
          }
          expect(formatDiagnostic(found, "da").length).toBeGreaterThan(0);
        }
        if (document !== null) expect(validateDocument(document).document).not.toBeNull();
      }),
      { numRuns: 150 },
    );
  });
});

describe("a 50 MB input", () => {
  const huge = `Dato;Aktivitet;Målgruppe\n${"8. maj 2017;Møde;Alle\n".repeat(2_400_000)}`;

  it.each(Object.entries(importers))("is refused by %s with the size and the limit", (_name, read) => {
    expect(huge.length).toBeGreaterThan(50_000_000);
    const { document, diagnostics } = read(huge);
    expect(document).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: "error", code: "import.input-too-large" });
    expect(formatDiagnostic(diagnostics[0]!, "da")).toMatch(
      /^fejl: Filen er for stor \(52\.800\.025 tegn; grænsen er 33\.554\.432\)/,
    );
  });
});
