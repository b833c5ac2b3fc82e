// Sums the Vitest JSON reports that every suite writes to <package>/reports/*.json and prints
// one closing line "N passed, N failed[, N skipped]" for CI. Exits 1 when a suite failed or
// when no report exists at all (a run that tested nothing must not look green).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const workspaces = ["packages", "apps", "tests"].flatMap((dir) =>
  existsSync(path.join(root, dir))
    ? readdirSync(path.join(root, dir)).map((name) => path.join(root, dir, name))
    : [],
);

let passed = 0;
let failed = 0;
let skipped = 0;
let suitesFailed = 0;
const rows = [];
for (const workspace of workspaces) {
  const reports = path.join(workspace, "reports");
  if (!existsSync(reports)) continue;
  for (const file of readdirSync(reports)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const report = JSON.parse(readFileSync(path.join(reports, file), "utf8"));
    const suitePassed = report.numPassedTests ?? 0;
    const suiteFailed = report.numFailedTests ?? 0;
    const suiteSkipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that fails to load counts as a failed suite with no failed test in it.
    const brokenFiles = (report.testResults ?? []).filter(
      (r) => r.status === "failed" && (r.assertionResults ?? []).length === 0,
    ).length;
    passed += suitePassed;
    failed += suiteFailed + brokenFiles;
    skipped += suiteSkipped;
    if (report.success === false) suitesFailed += 1;
    rows.push(
      `${path.relative(root, path.join(reports, file))}: ${suitePassed} passed, ${suiteFailed + brokenFiles} failed` +
        (suiteSkipped ? `, ${suiteSkipped} skipped` : ""),
    );
  }
}

// Lint, typecheck and build failures are no test, but a run with one must not read as all passed.
const logFlag = process.argv.indexOf("--turbo-log");
const turboLog = logFlag > 0 ? process.argv[logFlag + 1] : undefined;
const failedChecks =
  turboLog && existsSync(turboLog)
    ? (/^\s*Failed:\s+(.+)$/m.exec(readFileSync(turboLog, "utf8"))?.[1] ?? "")
        .split(",")
        .map((task) => task.trim())
        .filter((task) => task !== "" && !/#(test|e2e)$/.test(task))
    : [];
for (const task of failedChecks) rows.push(`${task}: failed (a check, not a test suite)`);
failed += failedChecks.length;

console.log("\nTest suites:");
for (const row of rows) console.log(`  ${row}`);
if (rows.length === 0) {
  console.log("  no test report found");
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || suitesFailed > 0 ? 1 : 0);
