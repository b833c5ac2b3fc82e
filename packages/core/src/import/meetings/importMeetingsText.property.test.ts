import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentJsonSchema } from "../../model/document.schema";
import { meetingsDocumentSchema } from "../../model/meetings.schema";
import { importMeetingsText } from "./importMeetingsText";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test");
const sources = [
  "seeds/referater-lejre-2017.txt",
  "meetings/dagsorden-oekonomiudvalget-2018.txt",
  "meetings/referat-landsbyudvalget-2019.txt",
  "meetings/referat-oekonomiudvalget-2013.txt",
].map((name) => readFileSync(path.join(root, name), "utf8").split("\n"));

/** A meeting text with lines dropped, repeated, cut, swapped, or sprinkled with labels and dates. */
const mutatedMinutes = fc
  .record({
    source: fc.nat({ max: sources.length - 1 }),
    mutations: fc.array(
      fc.record({
        at: fc.nat({ max: 400 }),
        how: fc.constantFrom("drop", "repeat", "cut", "swap", "junk"),
        junk: fc.constantFrom(
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
        ),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ source, mutations }) => {
    const lines = [...(sources[source] ?? [])];
    for (const { at, how, junk } of mutations) {
      const index = at % Math.max(lines.length, 1);
      const line = lines[index] ?? "";
      if (how === "drop") lines.splice(index, 1);
      if (how === "repeat") lines.splice(index, 0, line);
      if (how === "cut") lines[index] = line.slice(0, Math.floor(line.length / 2));
      if (how === "swap") lines.splice(index, 2, lines[index + 1] ?? "", line);
      if (how === "junk") lines[index] = `${junk}${line}`;
    }
    return lines.join("\n");
  });

describe("importMeetingsText properties", () => {
  it("never throws, points every diagnostic at a real line, and returns only valid documents", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), mutatedMinutes), (text) => {
        const { document, diagnostics } = importMeetingsText(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const found of diagnostics) {
          expect(found.code).not.toBe("import.internal-error");
          if (found.line !== undefined) {
            expect(found.line).toBeGreaterThanOrEqual(1);
            expect(found.line).toBeLessThanOrEqual(lineCount);
          }
        }
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
