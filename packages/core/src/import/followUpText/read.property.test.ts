import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateFollowUpText } from "../../fixtures/generate";
import { budgetFollowUpSchema } from "../../model/budgetFollowUp.schema";
import { isDebris } from "../shared/lines";
import { importFollowUpText } from "./read";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test/seeds");
const seedLines = readFileSync(path.join(seeds, "budgetopfoelgning-2017-3-del1.txt"), "utf8").split("\n");

/** The seed with lines dropped, repeated, swapped, cut or sprinkled with tabs, tags and smileys. */
const mutatedSeed = fc
  .array(
    fc.record({
      at: fc.nat({ max: seedLines.length - 1 }),
      how: fc.constantFrom("drop", "repeat", "cut", "tab", "tag", "smiley", "swap"),
      junk: fc.constantFrom(
        "\t",
        "<p>",
        "</p>",
        "☹",
        "😐",
        "Milepæl\t",
        "Økonomi",
        "<script>",
        "5. ",
        "\t\t\t",
      ),
    }),
    { maxLength: 25 },
  )
  .map((mutations) => {
    const lines = [...seedLines];
    for (const { at, how, junk } of mutations) {
      const line = lines[at % lines.length] ?? "";
      if (how === "drop") lines.splice(at % lines.length, 1);
      if (how === "repeat") lines.splice(at % lines.length, 0, line);
      if (how === "cut") lines[at % lines.length] = line.slice(0, Math.floor(line.length / 2));
      if (how === "swap") lines.splice(at % lines.length, 2, lines[(at + 1) % lines.length] ?? "", line);
      if (how === "tab" || how === "tag" || how === "smiley")
        lines[at % lines.length] = `${junk}${line}${junk}`;
    }
    return lines.join("\n");
  });

describe("importFollowUpText properties", () => {
  it("never throws on any text, and points every diagnostic at a real line", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), mutatedSeed), (text) => {
        const { document, diagnostics } = importFollowUpText(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const found of diagnostics) {
          if (found.line !== undefined) {
            expect(found.line).toBeGreaterThanOrEqual(1);
            expect(found.line).toBeLessThanOrEqual(lineCount);
          }
        }
        if (document !== null) expect(budgetFollowUpSchema.safeParse(document).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a cell with markup as it reads the same cell without (the fast path agrees)", () => {
    // An empty <span> sends every cell of a table row through the HTML parse and changes nothing
    // it says (rows of dashes stay page-break debris).
    const plain = [seedLines.join("\n"), generateFollowUpText({ initiatives: 40 })];
    for (const text of plain) {
      const marked = text
        .split("\n")
        .map((line) =>
          line.includes("\t") && !isDebris(line)
            ? line
                .split("\t")
                .map((cell) => `${cell}<span></span>`)
                .join("\t")
            : line,
        )
        .join("\n");
      const fast = importFollowUpText(text);
      const general = importFollowUpText(marked);
      expect(general.document).toEqual(fast.document);
      const where = (result: typeof fast) => result.diagnostics.map(({ code, line }) => `${line}: ${code}`);
      expect(where(general)).toEqual(where(fast));
    }
  });

  it("keeps every line it drops from the document in a diagnostic", () => {
    const { diagnostics } = importFollowUpText(`${seedLines.join("\n")}\nEn løs linje uden plads\n`);
    expect(diagnostics.find((d) => d.code === "import.unrecognized-line")).toMatchObject({
      raw: "En løs linje uden plads",
      line: seedLines.length + 1,
    });
  });

  it("refuses input over the size limit with a clear message instead of freezing", () => {
    const { document, diagnostics } = importFollowUpText("x".repeat(2000), { maxInputLength: 1000 });
    expect(document).toBeNull();
    expect(diagnostics).toEqual([
      { level: "error", code: "import.input-too-large", path: [], params: { size: 2000, limit: 1000 } },
    ]);
  });
});
