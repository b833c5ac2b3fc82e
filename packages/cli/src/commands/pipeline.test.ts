import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateFollowUpText } from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import { runMain as run } from "../testing";

const work = mkdtempSync(path.join(tmpdir(), "milepael-pipeline-"));
const file = (name: string) => path.join(work, name);

// The bench runs the same pipeline at 100,000 initiatives (packages/cli/bench/run.mjs); here a
// size CI can afford.
describe("the pipeline of a large follow-up", () => {
  it("imports 1,000 initiatives, reads the JSON back to validate and count it, and exports CSV that reads back unchanged", async () => {
    const initiatives = 1_000;
    writeFileSync(file("followup.txt"), generateFollowUpText({ initiatives }));

    expect((await run(["import", file("followup.txt"), "-o", file("followup.json")])).code).toBe(0);
    const document = JSON.parse(readFileSync(file("followup.json"), "utf8"));
    expect(
      document.sections.flatMap((section: { initiatives: unknown[] }) => section.initiatives),
    ).toHaveLength(initiatives);

    const validated = await run(["validate", file("followup.json")]);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain("gyldigt");

    const summary = await run(["summary", file("followup.json")]);
    expect(summary.code).toBe(0);
    // Every round and the economy count each initiative once: the last column is the total.
    const rows = summary.stdout.split("\n").filter((line) => /budgetopfølgning|^31\.12|^Økonomi/.test(line));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.trim().split(/\s+/).at(-1)).toBe(String(initiatives));

    const exported = await run([
      "export",
      file("followup.json"),
      "--format",
      "csv",
      "-o",
      file("followup.csv"),
    ]);
    expect(exported.code).toBe(0);
    expect((await run(["import", file("followup.csv"), "-o", file("back.json")])).code).toBe(0);
    expect(JSON.parse(readFileSync(file("back.json"), "utf8"))).toEqual(document);
  });
});
