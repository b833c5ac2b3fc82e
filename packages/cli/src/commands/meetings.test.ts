import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { meetingsLejre2017 } from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import { runMain as run, seeds } from "../testing";

const work = mkdtempSync(path.join(tmpdir(), "milepael-cli-meetings-"));
const meetingsFile = path.join(work, "moeder.json");
writeFileSync(meetingsFile, JSON.stringify(meetingsLejre2017));

describe("milepael on minutes and agendas", () => {
  it("imports the minutes seed as the meetings document, with diagnostics by line", async () => {
    const out = path.join(work, "imported.json");
    const { code, stderr } = await run(["import", path.join(seeds, "referater-lejre-2017.txt"), "-o", out]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(meetingsLejre2017);
    expect(stderr).toContain("referater-lejre-2017.txt:32: info: Siderne 12-75");
  });

  it("summarises meetings per body per year and the outcomes of their items", async () => {
    const { code, stdout } = await run(["summary", meetingsFile]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.find((line) => line.startsWith("Udvalg"))).toMatch(
      /^Udvalg\s+År\s+Referater\s+Dagsordener\s+Punkter\s+Godkendt\s+Taget til efterretning/,
    );
    expect(lines.find((line) => line.startsWith("17, 4-udvalget"))?.split(/\s{2,}/)).toEqual([
      "17, 4-udvalget",
      "2017",
      "2",
      "1",
      "5",
      "3",
      "1",
      "0",
      "0",
      "0",
      "1",
    ]);
    const json = JSON.parse((await run(["summary", meetingsFile, "--json"])).stdout);
    expect(json[2]).toMatchObject({ body: "Kernevelfærdsudvalget", year: 2018, referater: 1, items: 0 });
  });

  it("exports the items as CSV and the meetings as iCalendar with unique UIDs", async () => {
    const csv = await run(["export", meetingsFile, "--format", "csv"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain(
      '"17, 4-udvalget";referat;2017-01-03;2;"17,4 - Valg af næstformand";13/20237;Godkendt;',
    );
    const ics = await run(["export", meetingsFile, "--format", "ics"]);
    expect(ics.code).toBe(0);
    const uids = [...ics.stdout.replace(/\r\n /g, "").matchAll(/^UID:(.+)$/gm)].map((match) => match[1]);
    expect(uids).toHaveLength(8);
    expect(new Set(uids).size).toBe(8);
  });

  it("imports its own meetings CSV, as exported or edited in Excel, as the meetings again", async () => {
    // Danish headers and semicolons, then English headers (--lang en) and commas.
    for (const options of [[], ["--lang", "en", "--delimiter", ","]]) {
      const csvFile = path.join(work, `beslutninger${options.length}.csv`);
      const exported = await run(["export", meetingsFile, "--format", "csv", "-o", csvFile, ...options]);
      expect(exported.code).toBe(0);
      const out = path.join(work, `beslutninger${options.length}.json`);
      const { code, stderr } = await run(["import", csvFile, "-o", out]);
      expect(code).toBe(0);
      // The encoding chosen is said (info); nothing is a warning or an error.
      expect(stderr).not.toMatch(/: (?:advarsel|fejl|warning|error):/);
      const document = JSON.parse(readFileSync(out, "utf8"));
      expect(document.type).toBe("meetings");
      expect(document.metadata).toEqual(meetingsLejre2017.metadata);
      expect(document.meetings.map((meeting: { id: string }) => meeting.id)).toEqual(
        meetingsLejre2017.meetings.map((meeting) => meeting.id),
      );
      expect(document.meetings[0].items[1]).toMatchObject({ caseNumber: "13/20237", outcome: "approved" });
    }
  });
});
