// `pnpm bench`, after turbo has run every package's bench: one table of every figure, printed
// and written to bench/results.json (committed, so two runs can be compared with git diff).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { formatReport } from "./bench-table.mjs";

const sources = [
  { file: "packages/core/bench/results.json", what: "core in Node" },
  { file: "packages/cli/bench/results.json", what: "the CLI pipeline, a process per step" },
  { file: "apps/bench/results.json", what: "widgets in Chromium (production build)" },
  { file: "packages/ui/bench/results.json", what: "bundle sizes" },
];

const root = new URL("../", import.meta.url);
const parts = [];
for (const { file, what } of sources) {
  const url = new URL(file, root);
  if (!existsSync(url)) {
    console.error(`No ${what} figures: ${file} is missing (did its bench fail?)`);
    process.exitCode = 1;
    continue;
  }
  parts.push({ what, ...JSON.parse(readFileSync(url, "utf8")) });
}
const figures = parts.flatMap((part) => part.figures);
const machines = [...new Set(parts.map((part) => part.machine).filter(Boolean))];

console.log(
  "\nmilepael benchmarks: medians of repeated runs, wall / CPU time; (n×) is a comparison's figure over milepael's, on CPU time where both have it",
);
for (const machine of machines) console.log(`  ${machine}`);
console.log(`\n${formatReport(figures)}\n`);

mkdirSync(new URL("bench/", root), { recursive: true });
writeFileSync(
  new URL("bench/results.json", root),
  `${JSON.stringify({ date: new Date().toISOString(), machines, figures }, null, 2)}\n`,
);
console.log("Written to bench/results.json");
