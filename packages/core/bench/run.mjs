// `pnpm bench` for @milepael/core: figures, never pass/fail. Runs on the built package (dist/).
// Each figure is the median of repeated runs, in wall time and in CPU time (process.cpuUsage(): the
// process's user + system time, which a busy shared machine does not inflate the way it does wall
// time); results also go to bench/results.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatReport } from "../../../scripts/bench-table.mjs";
import { chromiumLaunchOptions } from "../../../scripts/chromium.mjs";
import { exportDocx } from "../dist/docxExport.js";
import { budgetFollowUp2017, generateFollowUp, generateFollowUpText } from "../dist/fixtures.js";
import { importFile, importFollowUpText, parseDanishDate, rollUp, validateDocument } from "../dist/index.js";
import { renderReportHtml } from "../dist/report.js";
import { dateCorpus, rangeCorpus, rangeOptions } from "./corpus.mjs";
import { planPdf, textToDocx } from "./office.mjs";

// `node --expose-gc bench/run.mjs --only office` measures only the Word and PDF imports, `--only papers`
// only the committee papers (Word export, HTML and PDF report), `--only dates` only the date parser,
// `--only import` only the follow-up import (`--sizes 10000,20000` to pick its sizes).
const option = (name) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const only = option("--only");
const importSizes = option("--sizes")?.split(",").map(Number) ?? [1_000, 10_000, 20_000, 100_000];

// A full run measures each part in a fresh process of its own, in this order, the way the CLI runs
// one import per process: in one process, a part ran at up to 60 % of its speed alone after the
// others (their leftovers on the heap to collect around it, their shapes in the shared code's
// inline caches), a figure of what ran before rather than of the part.
const parts = ["dates", "import", "office", "papers"];
const partOutput = process.env.MILEPAEL_BENCH_PART_OUTPUT;
const measures = (part) => only === part;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = [];

const cpuMsSince = (started) => {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};

/** Wall-clock and CPU samples of the runs between `start()` and `stop(started)`, and their medians. */
function stopwatch() {
  const samples = [];
  const cpuSamples = [];
  return {
    start: () => ({ cpu: process.cpuUsage(), wall: performance.now() }),
    stop(started) {
      samples.push(performance.now() - started.wall);
      cpuSamples.push(cpuMsSince(started.cpu));
    },
    result: (last) => ({ ms: median(samples), cpuMs: median(cpuSamples), last }),
  };
}

function timed(work, runs) {
  const clock = stopwatch();
  let last;
  for (let run = 0; run < runs; run += 1) {
    const started = clock.start();
    last = work();
    clock.stop(started);
  }
  return clock.result(last);
}

async function timedAsync(work, runs) {
  const clock = stopwatch();
  let last;
  for (let run = 0; run < runs; run += 1) {
    const started = clock.start();
    last = await work();
    clock.stop(started);
  }
  return clock.result(last);
}

const rounded = (ms) => (ms < 100 ? Math.round(ms * 10) / 10 : Math.round(ms));

/**
 * The speed of light for reading a follow-up: find the lines and tabs with indexOf and count the
 * cells that hold a smiley, nothing else. No importer can read the text faster than this.
 */
function bareScan(text) {
  let smileys = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let cellStart = lineStart;
    for (
      let tab = text.indexOf("\t", cellStart);
      tab !== -1 && tab < lineEnd;
      tab = text.indexOf("\t", cellStart)
    )
      cellStart = tab + 1;
    if (cellStart > lineStart && cellStart < lineEnd) {
      const code = text.charCodeAt(cellStart);
      // ☺ U+263A, ☹ U+2639, 😐 U+1F610 (a surrogate pair starting 0xD83D)
      if (code === 0x263a || code === 0x2639 || code === 0xd83d) smileys += 1;
    }
    lineStart = lineEnd + 1;
  }
  return smileys;
}

// Danish date expressions: the seeds' real ones, and ranges and relative forms (with a round
// calendar and an anchor week, as a plan gives them).
const dateRuns = [
  { corpus: dateCorpus, options: { year: 2017 }, size: `${dateCorpus.length} real expressions` },
  { corpus: rangeCorpus, options: rangeOptions, size: `${rangeCorpus.length} ranges, relative forms` },
];
for (const { corpus, options, size } of measures("dates") ? dateRuns : []) {
  for (let i = 0; i < 200; i += 1) for (const text of corpus) parseDanishDate(text, options);
  const repeat = 500;
  const dates = timed(() => {
    for (let i = 0; i < repeat; i += 1) for (const text of corpus) parseDanishDate(text, options);
  }, 7);
  results.push({
    area: "core",
    measure: "parseDanishDate",
    size,
    unit: "parses/s",
    values: { milepael: Math.round((corpus.length * repeat) / (dates.ms / 1000)) },
    cpu: { milepael: Math.round((corpus.length * repeat) / (dates.cpuMs / 1000)) },
  });
}

// Word and PDF files as they come: importFile from the bytes (the readers load on the first call,
// which is not measured).
const office = [
  {
    measure: "import .docx (importFile)",
    size: 200,
    bytes: textToDocx(generateFollowUpText({ initiatives: 200 })),
    note: "initiatives, a table each, Wingdings smileys",
  },
  {
    measure: "import PDF (importFile)",
    size: 50,
    bytes: planPdf(50),
    note: "pages of plan table, 2,246 activities",
  },
];
for (const { measure, size, bytes, note } of measures("office") ? office : []) {
  await importFile(bytes);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = 0;
  const run = await timedAsync(async () => {
    const result = await importFile(bytes);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    return result;
  }, 5);
  if (run.last.document === null) throw new Error(`${measure}: no document`);
  results.push(
    {
      area: "core",
      measure,
      size,
      unit: "ms",
      values: { milepael: Math.round(run.ms) },
      cpu: { milepael: Math.round(run.cpuMs) },
      note: `${note}, ${Math.round(bytes.length / 1000)} kB`,
    },
    {
      area: "core",
      measure: "heap used by it",
      size,
      unit: "MB",
      values: { milepael: Math.max(0, Math.round((heapPeak - heapBefore) / 1e6)) },
    },
  );
}

// Committee papers (issue #21): a Word file of 1,000 initiatives, and the seed as HTML and as a
// tagged PDF printed by Chromium (skipped where there is no Chromium).
if (measures("papers")) {
  const large = generateFollowUp({ initiatives: 1_000 });
  await exportDocx(budgetFollowUp2017);
  const docx = await timedAsync(() => exportDocx(large), 3);
  results.push({
    area: "core",
    measure: "export .docx (exportDocx)",
    size: 1_000,
    unit: "ms",
    values: { milepael: Math.round(docx.ms) },
    cpu: { milepael: Math.round(docx.cpuMs) },
    note: `initiatives, 4 milestones each, ${Math.round(docx.last.length / 1000)} kB`,
  });
  const html = timed(() => renderReportHtml(budgetFollowUp2017), 7);
  results.push({
    area: "core",
    measure: "report HTML (renderReportHtml)",
    size: "seed",
    unit: "ms",
    values: { milepael: Math.round(html.ms * 10) / 10 },
    cpu: { milepael: Math.round(html.cpuMs * 10) / 10 },
    note: `budgetopfoelgning-2017-3-del1, ${Math.round(html.last.length / 1000)} kB`,
  });
  const launch = chromiumLaunchOptions();
  if (existsSync(launch.executablePath)) {
    const { chromium } = await import("playwright");
    const browser = await chromium.launch(launch);
    try {
      const pdf = await timedAsync(async () => {
        const page = await browser.newPage();
        await page.setContent(html.last, { waitUntil: "load" });
        const bytes = await page.pdf({
          format: "A4",
          preferCSSPageSize: true,
          printBackground: true,
          tagged: true,
          outline: true,
        });
        await page.close();
        return bytes;
      }, 3);
      results.push({
        area: "core",
        measure: "report PDF (Chromium print, tagged)",
        size: "seed",
        unit: "ms",
        values: { milepael: Math.round(pdf.ms) },
        // Node's own CPU only: the printing happens in Chromium's processes.
        cpu: { milepael: Math.round(pdf.cpuMs) },
        note: `budgetopfoelgning-2017-3-del1, ${Math.round(pdf.last.length / 1000)} kB`,
      });
    } finally {
      await browser.close();
    }
  } else console.error(`No Chromium at ${launch.executablePath}: no PDF figure`);
}

// Import + validate + roll-up of generated follow-ups (4 milestones per initiative)
for (const initiatives of measures("import") ? importSizes : []) {
  const text = generateFollowUpText({ initiatives });
  // Medians of warmed runs, as for every other figure here: at 10,000 the first runs still compile
  // (the first one costs 2-3x a warm one, the next four up to 1.5x), and five runs of which the
  // first two were still warming made the median swing by a third between two quiet runs. The
  // first run at the size (cold when no smaller size ran before) is in the note.
  const runs = initiatives >= 100_000 ? 3 : 9;
  const warmUps = initiatives >= 100_000 ? 0 : 5;
  const scan = timed(() => bareScan(text), 11);
  if (scan.last === 0) throw new Error("the bare scan found no smileys");
  const pipeline = () => {
    const imported = importFollowUpText(text, { maxInputLength: Number.POSITIVE_INFINITY });
    const valid = validateDocument(imported.document);
    return { document: valid.document, counts: rollUp(valid.document, { by: "committee" }) };
  };
  // The heap at the end of one run from a collected heap (its document and its uncollected garbage):
  // measured across timed runs back to back, it also held the garbage of the run before (150 MB at 100k).
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cold = timed(() => pipeline(), 1);
  if (cold.last.document === null) throw new Error("the generated follow-up is not valid");
  const heapPeak = process.memoryUsage().heapUsed;
  for (let warm = 0; warm < warmUps; warm += 1) pipeline();
  const run = timed(() => pipeline().counts, runs);
  const groups = run.last.length;
  const note = `${(text.length / 1e6).toFixed(1)} MB of text, 4 milestones each; ${Math.round(run.cpuMs / scan.cpuMs)}× the bare scan's CPU; first run at this size ${Math.round(cold.ms)} / ${Math.round(cold.cpuMs)} CPU`;
  results.push(
    {
      area: "core",
      measure: "bare scan (indexOf lines, tabs; count smileys)",
      size: initiatives,
      unit: "ms",
      values: { milepael: rounded(scan.ms) },
      cpu: { milepael: rounded(scan.cpuMs) },
      note: "the speed of light for reading the text",
    },
    {
      area: "core",
      measure: "import + validate + roll-up",
      size: initiatives,
      unit: "ms",
      values: { milepael: Math.round(run.ms) },
      cpu: { milepael: Math.round(run.cpuMs) },
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

if (only === undefined) {
  const folder = mkdtempSync(path.join(os.tmpdir(), "milepael-bench-"));
  for (const part of parts) {
    const output = path.join(folder, `${part}.json`);
    const child = spawnSync(
      process.execPath,
      ["--expose-gc", fileURLToPath(import.meta.url), "--only", part],
      {
        stdio: "inherit",
        env: { ...process.env, MILEPAEL_BENCH_PART_OUTPUT: output },
      },
    );
    if (child.status !== 0) throw new Error(`The core bench's ${part} part failed (exit ${child.status})`);
    results.push(...JSON.parse(readFileSync(output, "utf8")));
  }
  rmSync(folder, { recursive: true });
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
if (partOutput !== undefined) {
  // A part run by a full run: its figures go back to it.
  writeFileSync(partOutput, JSON.stringify(results));
} else {
  if (process.env.MILEPAEL_BENCH_SUMMARY !== "root" || only !== undefined) {
    console.log(`\n@milepael/core, medians (${machine})\n`);
    console.log(formatReport(results));
  }
  // A partial run (--only) prints its figures but keeps the last full run's file.
  if (only === undefined)
    writeFileSync(
      new URL("./results.json", import.meta.url),
      `${JSON.stringify({ date: new Date().toISOString(), machine, figures: results }, null, 2)}\n`,
    );
}
