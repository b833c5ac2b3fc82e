// What each entry may contain, and the sizes as `pnpm bench` figures. The budgets themselves are
// size-limit's (.size-limit.js, run first by `pnpm size`); this script bundles each built entry
// the same way (esbuild, minified, React external) and fails when a light entry pulls in a library
// it must not: the smiley must never cost a host TanStack, recharts or zod.
//
//   node scripts/size.mjs                      the check: exit 1 when an entry contains too much
//   node scripts/size.mjs --report FILE        `pnpm bench`: sizes as bench figures, never fails
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import checks from "../.size-limit.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Packages each entry must not contain; entries not listed here may contain anything. */
const forbiddenIn = {
  "dist/smiley.js": ["@tanstack/", "recharts", "zod"],
  "dist/rich-text.js": ["@tanstack/", "recharts", "zod"],
  "dist/status-summary.js": ["@tanstack/", "recharts", "zod"],
  "dist/milestone-table.js": ["recharts", "zod"],
  "dist/assessment.js": ["recharts"],
  "dist/timeline.js": ["@tanstack/react-table", "recharts", "zod"],
  "dist/annual-wheel.js": ["@tanstack/", "recharts", "zod"],
  "dist/report.js": ["@tanstack/", "recharts", "zod"],
  "dist/meetings.js": ["recharts", "zod"],
  // zod comes with the elements on purpose: documents from a `src` URL are validated.
  "dist/elements.js": ["recharts"],
  "dist/charts.js": ["@tanstack/", "zod"],
  "dist/index.js": ["recharts", "zod"],
};

const reportIndex = process.argv.indexOf("--report");
const reportFile = reportIndex === -1 ? undefined : process.argv[reportIndex + 1];

/** Minified and gzipped as a host would ship it, in kB of 1,000 bytes as size-limit counts. */
async function measure(check) {
  const file = path.join(root, check.path);
  if (check.disablePlugins?.includes("@size-limit/esbuild"))
    return { kB: gzipSync(readFileSync(file)).length / 1000, inputs: [] };
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    external: ["react", "react-dom", "react/jsx-runtime", "react-dom/client"],
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { kB: gzipSync(code).length / 1000, inputs: Object.keys(result.metafile.inputs) };
}

let failed = 0;
const rows = [];
const figures = [];
for (const check of checks) {
  const { kB, inputs } = await measure(check);
  const forbidden = forbiddenIn[check.path] ?? [];
  const leaks = forbidden.filter((name) => inputs.some((input) => input.includes(`node_modules/${name}`)));
  if (leaks.length > 0) failed += 1;
  const bundled = !check.disablePlugins?.includes("@size-limit/esbuild");
  rows.push({
    entry: check.name,
    "gzip kB": kB.toFixed(1),
    limit: check.limit,
    "must not contain": forbidden.join(", "),
    result: leaks.length > 0 ? `contains ${leaks.join(", ")}` : "ok",
  });
  figures.push({
    area: "bundle (gzip)",
    measure: check.name,
    size: bundled ? "React external" : "React included",
    unit: "kB",
    values: { milepael: Number(kB.toFixed(1)) },
    note: `limit ${check.limit}`,
  });
}

if (reportFile) {
  const target = path.resolve(root, reportFile);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify({ date: new Date().toISOString(), figures }, null, 2)}\n`);
  if (process.env.MILEPAEL_BENCH_SUMMARY !== "root") console.table(rows);
  process.exit(0);
}
console.table(rows);
const version = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
console.log(
  `@milepael/ui ${version}: ${rows.length - failed} entries contain only what they may, ${failed} not`,
);
process.exit(failed === 0 ? 0 : 1);
