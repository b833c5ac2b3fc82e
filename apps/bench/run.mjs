// `pnpm bench` for the widgets: serves the production build of the bench page, drives it in
// Chromium (playwright-core) and prints medians. Figures, never pass/fail: a slow machine makes
// slow figures, not a red build. Results also go to results.json for the root summary.
// Every timed step is measured twice: wall time in the page (until the frame after it is painted)
// and CPU time, the renderer main thread's thread time from a Chromium trace of the step.
//
//   node run.mjs                          every subject and size
//   node run.mjs --quick                  1,000 only, one run each (to try the page)
//   node run.mjs --only milepael-table,timeline --sizes 10000   a part, while working on it
//   node run.mjs --runs 2                 runs per subject and size (default 5, 3 at 100,000)
import { writeFileSync } from "node:fs";
import os from "node:os";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { formatReport, median } from "../../scripts/bench-table.mjs";
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
const tableSizes = tables.length === 0 ? [] : sized(quick ? [1_000] : [1_000, 10_000, 20_000, 100_000]);
const planSizes = sized(quick ? [1_000] : [1_000, 10_000, 20_000]);
/** The plain TanStack Table puts every row in the DOM: above this it takes minutes (or never ends). */
const plainTableMaxSize = 10_000;
const runsOption = Number(option("--runs")?.[0]);
const runsFor = (size) =>
  Number.isInteger(runsOption) && runsOption > 0 ? runsOption : quick ? 1 : size >= 100_000 ? 3 : 5;

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
        const result = await steps(page);
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

/** Calls a method of the page's bench object and returns what it returns. */
const call = (page, method, ...args) =>
  page.evaluate(([method, args]) => window.milepaelBench[method](...args), [method, args]);

/**
 * The renderer main thread's outermost top-level tasks in a trace (nested ones are inside them),
 * in order, and the main thread's ids.
 */
function mainThreadTasks(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mainThreads = new Set(
    events
      .filter(
        (event) => event.ph === "M" && event.name === "thread_name" && event.args?.name === "CrRendererMain",
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = (event) => mainThreads.has(`${event.pid}:${event.tid}`);
  const tasks = events
    .filter(
      (event) =>
        event.ph === "X" &&
        typeof event.tdur === "number" &&
        event.cat?.split(",").includes("toplevel") &&
        onMain(event),
    )
    .sort((a, b) => a.ts - b.ts);
  const outermost = [];
  const endOf = new Map();
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    if (task.ts < (endOf.get(thread) ?? Number.NEGATIVE_INFINITY)) continue;
    endOf.set(thread, task.ts + task.dur);
    outermost.push(task);
  }
  return { events, onMain, tasks: outermost };
}

/** CPU time of the renderer's main thread in a trace, in ms: its top-level tasks' thread time. */
function mainThreadCpuMs(trace) {
  return mainThreadTasks(trace).tasks.reduce((total, task) => total + task.tdur, 0) / 1000;
}

/**
 * The main thread's CPU time per frame in a trace, in ms: the thread time of the tasks up to and
 * including the one that commits the frame (its "Commit" event) since the previous commit. The
 * work before the first commit (the step's start) is left out. Unlike the time between frames,
 * this does not grow when another process takes the cores.
 */
function frameCpuMs(trace) {
  const { events, onMain, tasks } = mainThreadTasks(trace);
  const commits = events
    .filter((event) => event.ph === "X" && event.name === "Commit" && onMain(event))
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  const frames = new Array(commits.length).fill(0);
  let frame = 0;
  for (const task of tasks) {
    while (frame < commits.length && (commits[frame] ?? 0) < task.ts) frame += 1;
    if (frame >= commits.length) break;
    frames[frame] += task.tdur / 1000;
  }
  return frames.slice(1);
}

/** The value below which `share` of the samples lie (nearest rank), as the page's `percentile`. */
function percentile(samples, share) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? null;
}

/** A timed step: its wall time as the page measures it, and the main thread's CPU time in a trace. */
async function timedStep(page, method, ...args) {
  await browser.startTracing(page, { categories: ["toplevel", "disabled-by-default-devtools.timeline"] });
  let wall;
  let failure;
  try {
    wall = await call(page, method, ...args);
  } catch (error) {
    failure = error;
  }
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
  if (failure) throw failure;
  return { wall, cpu: mainThreadCpuMs(trace) };
}

/** The table scenario in the order a reader meets it. */
async function tableSteps(page) {
  const figures = {};
  const record = (name, { wall, cpu }) => {
    figures[name] = wall;
    figures[`${name}Cpu`] = cpu;
  };
  record("firstRender", await timedStep(page, "render"));
  figures.domNodes = await call(page, "domNodes");
  figures.heapMB = await call(page, "heapMB");
  await browser.startTracing(page, { categories: ["toplevel", "disabled-by-default-devtools.timeline"] });
  const frames = await call(page, "scroll");
  const frameCpu = frameCpuMs(JSON.parse((await browser.stopTracing()).toString("utf8")));
  figures.scrollMedianFrameMs = frames.medianFrameMs;
  figures.scrollP95FrameMs = frames.p95FrameMs;
  figures.scrollMedianFrameMsCpu = percentile(frameCpu, 0.5);
  figures.scrollP95FrameMsCpu = percentile(frameCpu, 0.95);
  // The mean as well: a table that renders once every few frames has a cheap median frame and
  // dear ones between; the mean is the whole scroll's work over its frames.
  figures.scrollMeanFrameMs = frames.meanFrameMs;
  figures.scrollMeanFrameMsCpu =
    frameCpu.length === 0 ? null : frameCpu.reduce((total, frame) => total + frame, 0) / frameCpu.length;
  record("sort", await timedStep(page, "sort"));
  record("filter", await timedStep(page, "filter", searchTerm));
  await call(page, "filter", "");
  if (await page.evaluate(() => Boolean(window.milepaelBench.expandAll))) {
    record("expandAll", await timedStep(page, "expandAll"));
    figures.domNodesExpanded = await call(page, "domNodes");
  }
  return figures;
}

/** First render and zoom (timeline) or next year (wheel). */
async function planSteps(page) {
  const firstRender = await timedStep(page, "render");
  const domNodes = await call(page, "domNodes");
  const heapMB = await call(page, "heapMB");
  const zoom = await timedStep(page, "zoom");
  return {
    firstRender: firstRender.wall,
    firstRenderCpu: firstRender.cpu,
    domNodes,
    heapMB,
    zoom: zoom.wall,
    zoomCpu: zoom.cpu,
  };
}

async function repeated(subject, size, steps) {
  const runs = [];
  for (let run = 0; run < runsFor(size); run += 1) {
    const result = await measure(subject, size, steps);
    // Each run's CPU figures, so a claim about every run can be checked, not only the median.
    const cpu = Object.entries(result)
      .filter(([name, value]) => name.endsWith("Cpu") && typeof value === "number")
      .map(([name, value]) => `${name.slice(0, -3)} ${value.toFixed(1)}`)
      .join(", ");
    process.stdout.write(
      `  ${subject} ${size.toLocaleString("en")} run ${run + 1}: ${result.error ?? `ok (CPU ms: ${cpu})`}\n`,
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
  // Wall: the time between frames (16.7 ms at 60 Hz); CPU: the main thread's work per frame.
  ["scrollMedianFrameMs", "scroll frame (median)", "ms"],
  ["scrollP95FrameMs", "scroll frame (95th pct)", "ms"],
  ["scrollMeanFrameMs", "scroll frame (mean)", "ms"],
  ["heapMB", "JS heap after render", "MB"],
];
for (const size of tableSizes) {
  const bySubject = {};
  for (const { subject, key } of tables) {
    if (key === "tanstack" && size > plainTableMaxSize) continue;
    bySubject[key] = await repeated(subject, size, tableSteps);
  }
  for (const [name, measure, unit] of tableMeasures) {
    const values = {};
    const cpu = {};
    const notes = [];
    for (const { key } of tables) {
      const result = bySubject[key];
      if (result === undefined) {
        values[key] = null;
        if (name === "firstRender")
          notes.push(`${key}: not run above ${plainTableMaxSize.toLocaleString("en")}`);
        continue;
      }
      values[key] = result.pick(name);
      if (unit === "ms") cpu[key] = result.pick(`${name}Cpu`);
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
      ...(Object.keys(cpu).length > 0 ? { cpu } : {}),
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
        ...(unit === "ms" ? { cpu: { milepael: result.pick(`${name}Cpu`) } } : {}),
        note: result.error,
      });
  }
}

const version = await browser.version();
await browser.close();
await new Promise((resolve) => server.httpServer.close(resolve));

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Chromium ${version} headless`;
const partial = quick || only !== undefined || onlySizes !== undefined || option("--runs") !== undefined;
if (process.env.MILEPAEL_BENCH_SUMMARY !== "root" || partial) {
  console.log(`\nWidgets in Chromium, production build, medians (${machine})\n`);
  console.log(formatReport(figures));
}
// A partial run is for the person working on it: the comparable record stays a full run.
if (partial) console.log("\n(partial run: results.json left as it was)");
else
  writeFileSync(
    new URL("./results.json", import.meta.url),
    `${JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2)}\n`,
  );
