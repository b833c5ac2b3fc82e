// `pnpm bench` for the widgets: serves the production build of the bench page, drives it in
// Chromium (playwright-core) and prints medians. Figures, never pass/fail: a slow machine makes
// slow figures, not a red build. Results also go to results.json for the root summary.
//
//   node run.mjs                          every subject and size
//   node run.mjs --quick                  1,000 only, one run each (to try the page)
//   node run.mjs --only milepael-table,timeline --sizes 10000   a part, while working on it
import { writeFileSync } from "node:fs";
import os from "node:os";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { formatTable, median } from "../../scripts/bench-table.mjs";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";

const quick = process.argv.includes("--quick");
const option = (name) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1]?.split(",");
};
const only = option("--only");
const onlySizes = option("--sizes")?.map(Number);
const wanted = (subject) => !only || only.includes(subject);
const sized = (sizes) => (onlySizes ? sizes.filter((size) => onlySizes.includes(size)) : sizes);
/** A run that takes longer than this is reported as not finished, and its browser is replaced. */
const runTimeoutMs = 180_000;
const searchTerm = "borgerservice";

const tables = [
  { subject: "milepael-table", key: "milepael" },
  { subject: "tanstack-table", key: "tanstack" },
  { subject: "ag-grid", key: "agGrid" },
].filter(({ subject }) => wanted(subject));
const tableSizes = tables.length === 0 ? [] : sized(quick ? [1_000] : [1_000, 10_000, 100_000]);
const planSizes = sized(quick ? [1_000] : [1_000, 10_000]);
const runsFor = (size) => (quick ? 1 : size >= 100_000 ? 3 : 5);

const server = await preview({
  root: import.meta.dirname,
  preview: { port: 0, host: "127.0.0.1" },
  logLevel: "silent",
});
const address = server.resolvedUrls?.local[0];
if (!address) throw new Error("The preview server has no address");

const launch = () =>
  chromium.launch(chromiumLaunchOptions(["--js-flags=--expose-gc", "--enable-precise-memory-info"]));
let browser = await launch();

/** One fresh page: loads the subject, runs `steps` in it, returns what they measured. */
async function measure(subject, size, steps) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not finished in ${runTimeoutMs / 1000} s`)), runTimeoutMs);
  });
  try {
    return await Promise.race([
      (async () => {
        await page.goto(`${address}?subject=${subject}&size=${size}`);
        await page.waitForFunction(() => window.milepaelBench || window.milepaelBenchError, null, {
          timeout: runTimeoutMs,
        });
        const failure = await page.evaluate(() => window.milepaelBenchError);
        if (failure) throw new Error(failure);
        const result = await page.evaluate(steps, { searchTerm });
        if (errors.length > 0) throw new Error(errors.join("; "));
        return result;
      })(),
      timeout,
    ]);
  } catch (error) {
    // A page stuck in a long task cannot be closed politely: start over with a new browser.
    await browser.close().catch(() => {});
    browser = await launch();
    return { error: String(error.message).split("\n")[0] };
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
}

/** Runs in the page: the table scenario in the order a reader meets it. */
async function tableSteps({ searchTerm }) {
  const bench = window.milepaelBench;
  const figures = { firstRender: await bench.render(), domNodes: bench.domNodes(), heapMB: bench.heapMB() };
  const frames = await bench.scroll();
  figures.scrollMedianFrameMs = frames.medianFrameMs;
  figures.scrollP95FrameMs = frames.p95FrameMs;
  figures.sort = await bench.sort();
  figures.filter = await bench.filter(searchTerm);
  await bench.filter("");
  if (bench.expandAll) {
    figures.expandAll = await bench.expandAll();
    figures.domNodesExpanded = bench.domNodes();
  }
  return figures;
}

/** Runs in the page: first render and zoom (timeline) or next year (wheel). */
async function planSteps() {
  const bench = window.milepaelBench;
  const firstRender = await bench.render();
  const domNodes = bench.domNodes();
  const heapMB = bench.heapMB();
  return { firstRender, domNodes, heapMB, zoom: await bench.zoom() };
}

async function repeated(subject, size, steps) {
  const runs = [];
  for (let run = 0; run < runsFor(size); run += 1) {
    const result = await measure(subject, size, steps);
    process.stdout.write(
      `  ${subject} ${size.toLocaleString("en")} run ${run + 1}: ${result.error ?? "ok"}\n`,
    );
    runs.push(result);
    // A run that did not finish will not finish the next time either.
    if (result.error) break;
  }
  const completed = runs.filter((run) => !run.error);
  const pick = (name) => median(completed.map((run) => run[name]));
  return { pick, error: completed.length === 0 ? runs[0]?.error : undefined };
}

const figures = [];
const tableMeasures = [
  ["firstRender", "first render", "ms"],
  ["sort", "sort by initiative", "ms"],
  ["filter", `search "${searchTerm}"`, "ms"],
  ["expandAll", "expand all details", "ms"],
  ["domNodes", "DOM elements", "nodes"],
  ["domNodesExpanded", "DOM elements, all expanded", "nodes"],
  ["scrollMedianFrameMs", "scroll frame (median)", "ms"],
  ["scrollP95FrameMs", "scroll frame (95th pct)", "ms"],
  ["heapMB", "JS heap after render", "MB"],
];
for (const size of tableSizes) {
  const bySubject = {};
  for (const { subject, key } of tables) bySubject[key] = await repeated(subject, size, tableSteps);
  for (const [name, measure, unit] of tableMeasures) {
    const values = {};
    const notes = [];
    for (const { key } of tables) {
      const result = bySubject[key];
      values[key] = result.pick(name);
      if (result.error) notes.push(`${key}: ${result.error}`);
    }
    if (name.startsWith("expandAll") || name === "domNodesExpanded")
      notes.push("AG Grid Community: no master/detail");
    figures.push({
      area: "milestone table",
      measure,
      size,
      unit,
      values,
      note: notes.join("; ") || undefined,
    });
  }
}
for (const [subject, area, zoomMeasure] of [
  ["timeline", "timeline", "zoom in"],
  ["annual-wheel", "annual wheel", "next year"],
].filter(([subject]) => wanted(subject))) {
  for (const size of planSizes) {
    const result = await repeated(subject, size, planSteps);
    for (const [name, measure, unit] of [
      ["firstRender", "first render", "ms"],
      ["zoom", zoomMeasure, "ms"],
      ["domNodes", "DOM elements", "nodes"],
      ["heapMB", "JS heap after render", "MB"],
    ])
      figures.push({
        area,
        measure,
        size,
        unit,
        values: { milepael: result.pick(name) },
        note: result.error,
      });
  }
}

const version = await browser.version();
await browser.close();
await new Promise((resolve) => server.httpServer.close(resolve));

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Chromium ${version} headless`;
const partial = quick || only !== undefined || onlySizes !== undefined;
if (process.env.MILEPAEL_BENCH_SUMMARY !== "root" || partial) {
  console.log(`\nWidgets in Chromium, production build, medians (${machine})\n`);
  console.log(formatTable(figures));
}
// A partial run is for the person working on it: the comparable record stays a full run.
if (partial) console.log("\n(partial run: results.json left as it was)");
else
  writeFileSync(
    new URL("./results.json", import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2)}\n`,
  );
