// Bundles each built entry the way a host's bundler would (React external, minified) and checks
// its gzipped size against a budget, and that light entries never pull in the table or charts.
//
//   node scripts/size.mjs                      the check: exit 1 when an entry breaks its budget
//   node scripts/size.mjs --report FILE        `pnpm bench`: sizes as bench figures, never fails
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Budgets in kB, gzipped; `forbidden` are packages the entry must not contain. */
const entries = [
  { entry: "smiley", budget: 4, forbidden: ["@tanstack/", "recharts", "zod"] },
  { entry: "rich-text", budget: 4, forbidden: ["@tanstack/", "recharts", "zod"] },
  { entry: "status-summary", budget: 8, forbidden: ["@tanstack/", "recharts", "zod"] },
  { entry: "milestone-table", budget: 42, forbidden: ["recharts", "zod"] },
  { entry: "timeline", budget: 24, forbidden: ["@tanstack/react-table", "recharts", "zod"] },
  { entry: "annual-wheel", budget: 12, forbidden: ["@tanstack/", "recharts", "zod"] },
  // zod comes with the elements on purpose: documents from a `src` URL are validated.
  { entry: "elements", budget: 90, forbidden: ["recharts"] },
  { entry: "charts", budget: 135, forbidden: ["@tanstack/", "zod"] },
  { entry: "index", budget: 52, forbidden: ["recharts", "zod"] },
];

/**
 * The script-tag bundle already holds React and everything else: measured as it is. What it
 * must not contain is checked on the `elements` entry it is built from.
 */
const standalone = { file: "milepael-elements.js", budget: 170 };

const reportIndex = process.argv.indexOf("--report");
const reportFile = reportIndex === -1 ? undefined : process.argv[reportIndex + 1];

let failed = 0;
const rows = [];
/** The same sizes as `pnpm bench` figures (see scripts/bench-table.mjs at the root). */
const figures = [];
for (const { entry, budget, forbidden } of entries) {
  const result = await build({
    entryPoints: [path.join(root, "dist", `${entry}.js`)],
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
  const kB = gzipSync(code).length / 1024;
  const inputs = Object.keys(result.metafile.inputs);
  const leaks = forbidden.filter((name) => inputs.some((input) => input.includes(`node_modules/${name}`)));
  const ok = kB <= budget && leaks.length === 0;
  if (!ok) failed += 1;
  figures.push({
    area: "bundle (gzip)",
    measure: `@milepael/ui${entry === "index" ? "" : `/${entry}`}`,
    size: "React external",
    unit: "kB",
    values: { milepael: Number(kB.toFixed(1)) },
    note: `budget ${budget} kB`,
  });
  rows.push({
    entry: `@milepael/ui${entry === "index" ? "" : `/${entry}`}`,
    "gzip kB": kB.toFixed(1),
    "budget kB": budget,
    "must not contain": forbidden.join(", "),
    result: ok ? "ok" : leaks.length > 0 ? `contains ${leaks.join(", ")}` : "over budget",
  });
}
{
  const code = readFileSync(path.join(root, "dist", standalone.file));
  const kB = gzipSync(code).length / 1024;
  const ok = kB <= standalone.budget;
  if (!ok) failed += 1;
  figures.push({
    area: "bundle (gzip)",
    measure: `@milepael/ui/${standalone.file}`,
    size: "React included",
    unit: "kB",
    values: { milepael: Number(kB.toFixed(1)) },
    note: `budget ${standalone.budget} kB`,
  });
  rows.push({
    entry: `@milepael/ui/${standalone.file} (React included)`,
    "gzip kB": kB.toFixed(1),
    "budget kB": standalone.budget,
    "must not contain": "(see elements)",
    result: ok ? "ok" : "over budget",
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
console.log(`@milepael/ui ${version}: ${rows.length - failed} entries within budget, ${failed} not`);
process.exit(failed === 0 ? 0 : 1);
