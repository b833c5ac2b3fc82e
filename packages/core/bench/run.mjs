// `pnpm bench` for @milepael/core: figures, never pass/fail. Runs on the built package (dist/).
// Each figure is the median of repeated runs; results also go to bench/results.json.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { formatTable } from "../../../scripts/bench-table.mjs";
import { generateFollowUpText } from "../dist/fixtures.js";
import { importFollowUpText, parseDanishDate, rollUp, validateDocument } from "../dist/index.js";
import { dateCorpus } from "./corpus.mjs";

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];

function timed(work, runs) {
  const samples = [];
  let last;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    last = work();
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), last };
}

// Danish date expressions
for (let i = 0; i < 200; i += 1) for (const text of dateCorpus) parseDanishDate(text, { year: 2017 });
const repeat = 500;
const dates = timed(() => {
  for (let i = 0; i < repeat; i += 1) for (const text of dateCorpus) parseDanishDate(text, { year: 2017 });
}, 7);
results.push({
  area: "core",
  measure: "parseDanishDate",
  size: `${dateCorpus.length} real expressions`,
  unit: "parses/s",
  values: { milepael: Math.round((dateCorpus.length * repeat) / (dates.ms / 1000)) },
});

// Import + validate + roll-up of generated follow-ups (4 milestones per initiative)
for (const initiatives of [1_000, 10_000, 100_000]) {
  const text = generateFollowUpText({ initiatives });
  const runs = initiatives >= 100_000 ? 3 : 5;
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = 0;
  const run = timed(() => {
    const imported = importFollowUpText(text, { maxInputLength: Number.POSITIVE_INFINITY });
    const valid = validateDocument(imported.document);
    const counts = rollUp(valid.document, { by: "committee" });
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    return counts;
  }, runs);
  const groups = run.last.length;
  const note = `${(text.length / 1e6).toFixed(1)} MB of text, 4 milestones each`;
  results.push(
    {
      area: "core",
      measure: "import + validate + roll-up",
      size: initiatives,
      unit: "ms",
      values: { milepael: Math.round(run.ms) },
      note,
    },
    {
      area: "core",
      measure: "heap used by it",
      size: initiatives,
      unit: "MB",
      values: { milepael: Math.round((heapPeak - heapBefore) / 1e6) },
    },
  );
  if (groups === 0) throw new Error("roll-up found no groups");
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (process.env.MILEPAEL_BENCH_SUMMARY !== "root") {
  console.log(`\n@milepael/core, medians (${machine})\n`);
  console.log(formatTable(results));
}
writeFileSync(
  new URL("./results.json", import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), machine, figures: results }, null, 2)}\n`,
);
