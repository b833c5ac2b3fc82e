import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { toDateExpression } from "@milepael/core";
import {
  budgetFollowUp2017,
  communicationPlan2017,
  generateFollowUp,
  introductionProgramme2018,
} from "@milepael/core/fixtures";
import { describe, expect, it } from "vitest";
import { bin, binaryInFolder, runMain, seeds } from "../testing";

/** The built binary, as a user runs it, in a folder of its own. */
const { work, milepael } = binaryInFolder("cli");

const run = (argv: string[], stdin = "") => runMain(argv, { stdin });

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
    // The way out, in the command line's own words: --format and the values it takes.
    expect(unknown.stderr).toContain("angiv formatet med --format followup");
    expect(unknown.stderr).toContain("meetings (referater og dagsordener)");
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

  it("explains each option export takes in its help, in both languages", async () => {
    const danish = (await run(["export", "--help"])).stdout;
    const english = (await run(["export", "--help", "--lang", "en"])).stdout;
    for (const help of [danish, english]) {
      // Each option on a line of its own below the usage line, not only in the usage line.
      for (const option of ["-o, --output", "--delimiter", "--layout", "--max-size"])
        expect(
          help
            .split("\n")
            .slice(2)
            .some((line) => line.trimStart().startsWith(option)),
        ).toBe(true);
    }
    expect(danish).toContain('";" (standard, som dansk Excel) eller ","');
  });

  it("exports a follow-up as milestone rows that import reads back whole", async () => {
    const csvFile = path.join(work, "followup.csv");
    expect((await milepael(["export", followUp, "--format", "csv", "-o", csvFile])).code).toBe(0);
    expect(readFileSync(csvFile, "utf8").startsWith("\uFEFFAfsnit nr.;Afsnit;Id;Nr.;Indsats;")).toBe(true);
    const again = await milepael(["import", csvFile, "--diagnostics-format", "json"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(budgetFollowUp2017);
    // Nothing to report but the encoding the file was read in (the export writes UTF-8 with a BOM).
    expect(JSON.parse(again.stderr).map((found: { code: string }) => found.code)).toEqual([
      "import.text-encoding",
    ]);
  });

  it("exports a plan as CSV that import reads back whole: dates, title, kind, tracks", async () => {
    const planFile = path.join(work, "programme.json");
    writeFileSync(planFile, JSON.stringify(introductionProgramme2018));
    const csvFile = path.join(work, "programme.csv");
    expect((await milepael(["export", planFile, "--format", "csv", "-o", csvFile])).code).toBe(0);
    const again = await milepael(["import", csvFile]);
    expect(JSON.parse(again.stdout)).toEqual(introductionProgramme2018);
  });
});

describe("milepael at the edges", () => {
  const big = path.join(work, "big.json");
  writeFileSync(big, JSON.stringify(generateFollowUp({ initiatives: 2000 })));

  it("refuses to write over the file it reads, by any name, link or redirect (exit 2), and leaves it as it was", async () => {
    const plan = path.join(work, "plan-own.txt");
    const text = readFileSync(path.join(seeds, "kommunikationsplan-2017.txt"), "utf8");
    writeFileSync(plan, text);
    const followUp = path.join(work, "own.json");
    const json = JSON.stringify(budgetFollowUp2017);
    writeFileSync(followUp, json);
    // The same file by a link, and by a path through a folder and back.
    const linked = path.join(work, "own-link.json");
    rmSync(linked, { force: true });
    symlinkSync(followUp, linked);
    const roundabout = `${path.join(work, "sub")}${path.sep}..${path.sep}own.json`;
    mkdirSync(path.join(work, "sub"), { recursive: true });
    const attempts = [
      ["import", plan, "-o", plan],
      ["export", followUp, "--format", "csv", "-o", linked],
      ["export", followUp, "--format", "json", "-o", roundabout],
      ["report", linked, "--format", "html", "-o", followUp],
    ];
    for (const argv of attempts) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(stderr).toContain("-o er den fil, der læses; vælg en anden fil");
    }
    // Standard input redirected from the file the output names.
    const redirected = await pipeline(`import - --format plan -o plan-own.txt < plan-own.txt`, "cat");
    expect(redirected.code).toBe(2);
    expect(readFileSync(plan, "utf8")).toBe(text);
    expect(readFileSync(followUp, "utf8")).toBe(json);
  });

  /** Runs the built binary in a shell pipeline; returns milepael's own exit status and stderr. */
  async function pipeline(args: string, into: string) {
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} ${args} 2>err.txt | ${into}; echo "\${PIPESTATUS[0]}"`;
    const { stdout } = await promisify(execFile)("bash", ["-c", script], { cwd: work });
    return {
      code: Number(stdout.trim().split("\n").at(-1)),
      stderr: readFileSync(path.join(work, "err.txt"), "utf8"),
    };
  }

  it("exits quietly with 0 when the reader closes the pipe early (| head)", async () => {
    for (const format of ["csv", "json"]) {
      const { code, stderr } = await pipeline(`export big.json --format ${format}`, "head -n 1 >/dev/null");
      expect(stderr).toBe("");
      expect(code).toBe(0);
    }
  });

  it("still writes its output file when the reader of its messages closes the pipe early", async () => {
    const seed = path.join(seeds, "budgetopfoelgning-2017-3-del1.txt");
    const out = path.join(work, "piped.json");
    // The messages (stderr) go to a reader that stops after one byte; the document goes to -o.
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} import ${JSON.stringify(seed)} -o ${JSON.stringify(out)} 2>&1 >/dev/null | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const { stdout } = await promisify(execFile)("bash", ["-c", script], { cwd: work });
    expect(Number(stdout.trim().split("\n").at(-1))).toBe(0);
    const alone = await milepael(["import", seed]);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(JSON.parse(alone.stdout));
  });

  it("says in Danish or English that it cannot write into a missing folder, and exits 1", async () => {
    const out = path.join("mangler", "mappe", "plan.csv");
    const danish = await milepael(["export", "followup.json", "--format", "csv", "-o", out]);
    expect(danish).toEqual({
      code: 1,
      stdout: "",
      stderr: `milepael export: ${out}: kan ikke skrive: filen eller mappen findes ikke\n`,
    });
    const english = await milepael([
      "import",
      path.join(seeds, "kommunikationsplan-2017.txt"),
      "-o",
      out,
      "--lang",
      "en",
    ]);
    expect(english.code).toBe(1);
    expect(english.stderr).toContain(`milepael import: ${out}: cannot write: no such file or folder\n`);
    expect(english.stderr).not.toMatch(/\n\s+at /);
    const folder = await milepael(["export", "followup.json", "--format", "json", "-o", work]);
    expect(folder.stderr).toBe(`milepael export: ${work}: kan ikke skrive: det er en mappe, ikke en fil\n`);
  });

  it("names a missing input file in the user's language", async () => {
    const { code, stderr } = await milepael(["validate", "findes-ikke.json"]);
    expect(code).toBe(1);
    expect(stderr).toBe("milepael validate: findes-ikke.json: filen eller mappen findes ikke\n");
  });

  it("names the command and the missing file it was to read, whichever command reads a document", async () => {
    for (const args of [
      ["export", "findes-ikke.json", "--format", "json"],
      ["summary", "findes-ikke.json"],
      ["report", "findes-ikke.json", "--format", "html"],
    ]) {
      const { code, stderr } = await milepael(args);
      expect(code).toBe(1);
      expect(stderr).toBe(`milepael ${args[0]}: findes-ikke.json: filen eller mappen findes ikke\n`);
    }
    const assessed = await milepael(["publish", "findes-ikke.json", "--round", "1", "--by", "Anne"]);
    expect(assessed.stderr).toBe("milepael: findes-ikke.json: filen eller mappen findes ikke\n");
  });

  it("reads and writes up to one limit, --max-size, so it can always read back what it wrote", async () => {
    const source = path.join(seeds, "kommunikationsplan-2017.txt");
    const out = path.join(work, "limited.json");
    // The seed is below 8k characters; the JSON written for it is above.
    const refused = await milepael(["import", source, "-o", out, "--max-size", "8k"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/limited\.json: resultatet er på [\d.]+ tegn, over grænsen på 8\.192/);
    expect(existsSync(out)).toBe(false);
    expect((await milepael(["import", source, "-o", out, "--max-size=1M"])).code).toBe(0);
    expect((await milepael(["validate", out, "--max-size", "1M"])).code).toBe(0);
    const tooLarge = await milepael(["validate", out, "--max-size", "8k"]);
    expect(tooLarge.code).toBe(1);
    expect(tooLarge.stderr).toContain("hæv grænsen med --max-size");
    expect((await milepael(["validate", out, "--max-size", "lots"])).code).toBe(2);
    expect((await milepael(["--help"])).stdout).toContain("--max-size N");
  });

  it("prints no escape sequence or control character from a document on the terminal", async () => {
    const hostile = path.join(work, "hostile.json");
    const evil = "\u001b]8;;https://evil.example\u0007Klik\u001b]8;;\u0007\u001b[2J\r\u009b31m";
    writeFileSync(
      hostile,
      JSON.stringify({
        ...communicationPlan2017,
        metadata: { ...communicationPlan2017.metadata, title: `Plan ${evil}` },
        activities: [{ id: "x", date: toDateExpression("Løbende"), title: `Uden dato ${evil}`, tags: [] }],
      }),
    );
    const summary = await milepael(["summary", "hostile.json"]);
    const validate = await milepael(["validate", "hostile.json"]);
    const ics = await milepael(["export", "hostile.json", "--format", "ics"]);
    for (const text of [summary.stdout, validate.stdout, validate.stderr, ics.stderr]) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    // The lone CR became a line break: it can no longer send the cursor back over the line.
    expect(summary.stdout.startsWith("Plan Klik\n")).toBe(true);
    expect(ics.stderr).toContain("Uden dato Klik\n");
  });
});
