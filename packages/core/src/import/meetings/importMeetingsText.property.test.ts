import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentJsonSchema } from "../../model/document.schema";
import { meetingsDocumentSchema } from "../../model/meetings.schema";
import { linesOutside, mutatedLines } from "../shared/importProperties.arbitrary";
import { importMeetingsText } from "./importMeetingsText";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test");
const sources = [
  "seeds/referater-lejre-2017.txt",
  "meetings/dagsorden-oekonomiudvalget-2018.txt",
  "meetings/referat-landsbyudvalget-2019.txt",
  "meetings/referat-oekonomiudvalget-2013.txt",
].map((name) => readFileSync(path.join(root, name), "utf8").split("\n"));

/** Pieces of the lines minutes are read by: labels, headers, dates and numbers, some of them impossible. */
const pieces = fc.constantFrom(
  "Sagsnr.: ",
  "Beslutning: ",
  "Indstilling",
  "Læs mere",
  "Transkript",
  "Afbud: (",
  "Referat Byrådet den 31. februar",
  "tirsdag den 3. januar",
  "1. at ",
  "Indholdsfortegnelse 1. ",
  "Lejre Kommune Side ",
  "17-12-2018 25:99",
);

/** A meeting text with lines dropped, repeated, cut, swapped, or started with one of those pieces. */
const mutatedMinutes = mutatedLines(sources, pieces);

describe("importMeetingsText properties", () => {
  it("never throws, points every diagnostic at a real line, and returns only valid documents", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), mutatedMinutes), (text) => {
        const { document, diagnostics } = importMeetingsText(text);
        expect(diagnostics.map((found) => found.code)).not.toContain("import.internal-error");
        expect(linesOutside(text, diagnostics)).toEqual([]);
        if (document !== null) {
          expect(meetingsDocumentSchema.safeParse(document).success).toBe(true);
          expect(new Set(document.meetings.map((meeting) => meeting.id)).size).toBe(document.meetings.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("publishes the meetings document as JSON Schema for other languages", () => {
    const schema = documentJsonSchema("meetings") as { properties: Record<string, { const?: string }> };
    expect(schema.properties.type?.const).toBe("meetings");
    expect(Object.keys(schema.properties)).toEqual([
      "schemaVersion",
      "type",
      "metadata",
      "meetings",
      "relatedDocuments",
    ]);
  });
});
