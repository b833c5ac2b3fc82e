// `pnpm bench` for @milepael/core: figures, never pass/fail. Runs on the built package (dist/).
// Each figure is the median of repeated runs; results also go to bench/results.json.
import { writeFileSync } from "node:fs";
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
  benchmark: "parseDanishDate",
  size: `${dateCorpus.length} real expressions`,
  median: `${Math.round((dateCorpus.length * repeat) / (dates.ms / 1000)).toLocaleString("en")} parses/s`,
  heap: "",
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
  results.push({
    benchmark: "import + validate + roll-up",
    size: `${initiatives.toLocaleString("en")} initiatives (${(text.length / 1e6).toFixed(1)} MB)`,
    median: `${run.ms.toFixed(0)} ms`,
    heap: `${((heapPeak - heapBefore) / 1e6).toFixed(0)} MB`,
  });
  if (groups === 0) throw new Error("roll-up found no groups");
}

console.log(`\n@milepael/core (median; Node ${process.version}, ${process.platform}/${process.arch})\n`);
console.table(results);
writeFileSync(
  new URL("./results.json", import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
