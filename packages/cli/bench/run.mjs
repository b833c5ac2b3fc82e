// `pnpm bench` for @milepael/cli: the whole pipeline a municipality runs on a large follow-up,
// each command in its own Node process with Node's default memory: import the text, write JSON,
// read it back to validate it and count it, export it as CSV; and a plan's activities as iCalendar
// (follow-ups have none). Figures, never pass/fail, except that every step must succeed.
// `node bench/run.mjs --sizes 10000` picks the follow-up sizes (default 100,000 initiatives).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { exportJson } from "@milepael/core";
import { generateFollowUpText, generatePlan } from "@milepael/core/fixtures";
import { formatReport } from "../../../scripts/bench-table.mjs";

const option = (name) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const sizes = option("--sizes")?.split(",").map(Number) ?? [100_000];
const activities = 20_000;
const step = new URL("./step.mjs", import.meta.url).pathname;
const directory = mkdtempSync(path.join(os.tmpdir(), "milepael-cli-bench-"));
const file = (name) => path.join(directory, name);
const megabytes = (name) => `${(statSync(file(name)).size / 1e6).toFixed(0)} MB`;
const results = [];

/** Runs one command in a fresh process; stops the bench when it fails. */
function run(measure, size, args, note) {
  const started = performance.now();
  const output = execFileSync(process.execPath, [step, "--max-size", "512M", ...args], {
    encoding: "utf8",
    maxBuffer: 1e6,
  });
  const ms = performance.now() - started;
  const { code, cpuMs, maxRssMb } = JSON.parse(output.trim().split("\n").at(-1));
  if (code !== 0) throw new Error(`milepael ${args.join(" ")}: exit ${code}`);
  results.push(
    {
      area: "cli",
      measure,
      size,
      unit: "ms",
      values: { milepael: Math.round(ms) },
      cpu: { milepael: Math.round(cpuMs) },
      note: typeof note === "function" ? note() : note,
    },
    {
      area: "cli",
      measure: "peak memory of the process (RSS)",
      size,
      unit: "MB",
      values: { milepael: Math.round(maxRssMb) },
    },
  );
}

try {
  for (const initiatives of sizes) {
    writeFileSync(file("followup.txt"), generateFollowUpText({ initiatives }));
    const text = `text ${megabytes("followup.txt")}`;
    run(
      "import follow-up text → JSON",
      initiatives,
      ["import", file("followup.txt"), "-o", file("followup.json")],
      () => `${text} → JSON ${megabytes("followup.json")}`,
    );
    run(
      "validate (JSON read back)",
      initiatives,
      ["validate", file("followup.json")],
      "initiatives, 4 milestones each",
    );
    run("summary", initiatives, ["summary", file("followup.json")], "counts per level per round");
    run(
      "export CSV",
      initiatives,
      ["export", file("followup.json"), "--format", "csv", "-o", file("followup.csv")],
      () => `CSV ${megabytes("followup.csv")}`,
    );
  }
  writeFileSync(file("plan.json"), exportJson(generatePlan({ activities })));
  run(
    "export iCalendar (plan)",
    activities,
    ["export", file("plan.json"), "--format", "ics", "-o", file("plan.ics")],
    () => `activities; ${megabytes("plan.ics")}`,
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (process.env.MILEPAEL_BENCH_SUMMARY !== "root") {
  console.log(
    `\n@milepael/cli, one run per step, each in its own process with Node's default memory (${machine})\n`,
  );
  console.log(formatReport(results));
}
writeFileSync(
  new URL("./results.json", import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), machine, figures: results }, null, 2)}\n`,
);
