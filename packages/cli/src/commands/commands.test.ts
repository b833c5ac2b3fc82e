import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { budgetFollowUp2017, communicationPlan2017 } from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import { main } from "../main";

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds = path.resolve(here, "../../../core/test/seeds");
const bin = path.resolve(here, "../../dist/bin.js");
const work = mkdtempSync(path.join(tmpdir(), "milepael-cli-"));

async function run(argv: string[], stdinText = "") {
  let stdout = "";
  let stderr = "";
  const code = await main(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    {},
    async () => stdinText,
  );
  return { code, stdout, stderr };
}

/** The built binary, as a user runs it. */
async function milepael(args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: work });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("milepael import", () => {
  it("writes the follow-up seed as the hand-checked document and exits 0", async () => {
    const out = path.join(work, "bo.json");
    const { code, stderr } = await milepael([
      "import",
      path.join(seeds, "budgetopfoelgning-2017-3-del1.txt"),
      "-o",
      out,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(budgetFollowUp2017);
    expect(stderr).toContain(
      "budgetopfoelgning-2017-3-del1.txt:45: advarsel: Smileyen ☹ har mistet sin farve",
    );
  });

  it("prints the document on stdout and diagnostics as JSON in English", async () => {
    const { code, stdout, stderr } = await run([
      "import",
      path.join(seeds, "kommunikationsplan-2017.txt"),
      "--diagnostics-format",
      "json",
      "--lang",
      "en",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(communicationPlan2017);
    const diagnostics = JSON.parse(stderr) as { code: string; line?: number; message: string }[];
    expect(diagnostics.find((d) => d.line === 44)).toMatchObject({
      code: "import.list-items-split",
      message: "The items of a list without bullets were told apart by capital letters; check them.",
    });
  });

  it("reads standard input for -, with the format named", async () => {
    const { code, stdout } = await run(
      ["import", "-", "--format", "csv", "--year", "2017"],
      "Dato;Aktivitet\r\nPrimo marts;Møde\r\n",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).activities[0].date).toMatchObject({ start: "2017-03-01", end: "2017-03-10" });
  });

  it("reads ☹ as yellow with --sad-face yellow", async () => {
    const { stdout } = await run([
      "import",
      path.join(seeds, "budgetopfoelgning-2017-3-del1.txt"),
      "--sad-face",
      "yellow",
    ]);
    expect(JSON.parse(stdout).sections[0].initiatives[0].milestones[1].status).toBe("yellow");
  });

  it("exits 1 when the file is no document, and 2 on bad usage", async () => {
    const letter = path.join(work, "brev.txt");
    writeFileSync(letter, "Kære borger.\n");
    const unknown = await milepael(["import", letter]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Formatet kunne ikke genkendes");
    expect((await milepael(["import", path.join(work, "findes-ikke.txt")])).code).toBe(1);
    expect((await milepael(["import"])).code).toBe(2);
    expect((await milepael(["import", letter, "--format", "docx"])).code).toBe(2);
    expect((await milepael(["import", letter, "--sad-face", "blue"])).code).toBe(2);
  });
});

describe("milepael validate, summary and export", () => {
  const followUp = path.join(work, "followup.json");
  const plan = path.join(work, "plan.json");
  writeFileSync(followUp, JSON.stringify(budgetFollowUp2017));
  writeFileSync(plan, JSON.stringify(communicationPlan2017));

  it("validates a document and reports broken ones with their path", async () => {
    expect((await milepael(["validate", followUp])).stdout).toContain("gyldigt (budget-follow-up");
    const broken = path.join(work, "broken.json");
    writeFileSync(broken, JSON.stringify({ ...budgetFollowUp2017, rounds: [{ id: "x" }] }));
    const { code, stderr } = await milepael(["validate", broken, "--lang", "en"]);
    expect(code).toBe(1);
    expect(stderr).toContain("broken.json:rounds[0].label: error: The field is missing");
  });

  it("reports overdue rounds with --today", async () => {
    const { stderr } = await run(["validate", followUp, "--today", "2017-10-27"]);
    expect(stderr.match(/er ikke vurderet, selv om skæringsdatoen/g)).toHaveLength(6);
  });

  it("counts per level per round, as a table and as JSON", async () => {
    const table = await run(["summary", followUp]);
    expect(table.stdout).toMatch(/3\. budgetopfølgning 2017\s+9\s+0\s+3\s+2\s+14/);
    const json = await run(["summary", followUp, "--round", "2017-3", "--json"]);
    expect(JSON.parse(json.stdout)[0].rounds).toEqual([
      { round: "2017-3", counts: { green: 9, yellow: 0, red: 3, "not-assessed": 2 }, total: 14 },
    ]);
    expect((await run(["summary", followUp, "--round", "2017-9"])).code).toBe(1);
    const plans = await run(["summary", plan, "--json"]);
    expect(JSON.parse(plans.stdout)).toMatchObject({
      activities: 16,
      dated: 16,
      from: "2017-01-04",
      to: "2017-04-30",
    });
  });

  it("exports CSV for Excel, iCalendar for plans and JSON", async () => {
    const overview = await run(["export", followUp, "--format", "csv", "--layout", "overview"]);
    expect(overview.stdout.startsWith("\uFEFFAfsnit;Nr.;Indsats;")).toBe(true);
    const ics = await run(["export", plan, "--format", "ics"]);
    expect(ics.stdout).toContain("BEGIN:VCALENDAR\r\n");
    expect(ics.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(16);
    expect((await run(["export", followUp, "--format", "ics"])).code).toBe(1);
    const json = path.join(work, "again.json");
    expect((await milepael(["export", plan, "--format", "json", "-o", json])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8"))).toEqual(communicationPlan2017);
    expect((await run(["export", plan, "--format", "pdf"])).code).toBe(2);
    expect((await run(["export", plan, "--format", "csv", "--layout", "wide"])).code).toBe(2);
  });

  it("exports a follow-up as milestone rows that import reads back", async () => {
    const csvFile = path.join(work, "followup.csv");
    expect((await milepael(["export", followUp, "--format", "csv", "-o", csvFile])).code).toBe(0);
    expect(readFileSync(csvFile, "utf8").startsWith("\uFEFFAfsnit nr.;Afsnit;Id;Nr.;Indsats;")).toBe(true);
    const again = await milepael(["import", csvFile, "--diagnostics-format", "json"]);
    expect(again.code).toBe(0);
    const document = JSON.parse(again.stdout);
    // Metadata does not travel in a table; rounds come back from the table, cut-offs assumed.
    expect(document.sections).toEqual(budgetFollowUp2017.sections);
    expect(document.rounds).toEqual(budgetFollowUp2017.rounds);
    expect(JSON.parse(again.stderr)).toContainEqual(
      expect.objectContaining({ code: "import.round-cut-off-assumed" }),
    );
  });
});
