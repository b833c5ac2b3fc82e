// The public surface of each package, one file per entry: every export's name and kind, sorted.
// `node scripts/api-report.mjs core` writes packages/core/api/<entry>.api.txt; with `--check` it compares
// instead and fails on any difference, so a change to the surface shows in review (run by `pnpm lint`).
// An equivalent of API Extractor's reports without its per-entry configuration: names and kinds only,
// since signatures are checked by the typecheck and the tests.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Entry name (the subpath after the package name, `index` for `.`) → source file, as in tsup.config.ts. */
const entries = {
  core: {
    index: "src/index.ts",
    lite: "src/lite.ts",
    fixtures: "src/fixtures/index.ts",
    docx: "src/docx.ts",
    pdf: "src/pdf.ts",
    "docx-export": "src/docxExport.ts",
    report: "src/report/index.ts",
    store: "src/store/index.ts",
  },
  ui: {
    index: "src/index.ts",
    smiley: "src/smiley/index.ts",
    "rich-text": "src/richText/index.ts",
    "milestone-table": "src/milestoneTable/index.ts",
    assessment: "src/assessment/index.ts",
    charts: "src/charts/index.ts",
    "status-summary": "src/statusSummary/index.ts",
    timeline: "src/timeline/index.ts",
    "annual-wheel": "src/annualWheel/index.ts",
    meetings: "src/meetings/index.ts",
    elements: "src/elements/index.tsx",
    report: "src/report/index.ts",
  },
  cli: { index: "src/index.ts" },
};

function kindOf(checker, symbol) {
  const s = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const f = s.flags;
  if (f & ts.SymbolFlags.Class) return "class";
  if (f & ts.SymbolFlags.Enum) return "enum";
  if (f & ts.SymbolFlags.Function) return "function";
  if (f & ts.SymbolFlags.Variable) {
    const decl = s.valueDeclaration;
    const type = checker.getTypeOfSymbol(s);
    if (decl && type.getCallSignatures().length > 0) return "function";
    return "const";
  }
  if (f & ts.SymbolFlags.Interface) return "interface";
  if (f & ts.SymbolFlags.TypeAlias) return "type";
  if (f & ts.SymbolFlags.Module) return "namespace";
  return "other";
}

function report(pkg) {
  const dir = join(root, "packages", pkg);
  const configPath = join(dir, "tsconfig.json");
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  const files = Object.values(entries[pkg]).map((f) => join(dir, f));
  // The DOM library too: the store entry needs it (core's own tsconfig leaves it out on purpose).
  const options = { ...config.options, lib: [...(config.options.lib ?? []), "lib.dom.d.ts"], noEmit: true };
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  const out = {};
  for (const [entry, file] of Object.entries(entries[pkg])) {
    const source = program.getSourceFile(join(dir, file));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${pkg}: no module for ${file}`);
    const lines = checker
      .getExportsOfModule(moduleSymbol)
      .map((s) => `${kindOf(checker, s)} ${s.getName()}`)
      .sort((a, b) => a.split(" ")[1].localeCompare(b.split(" ")[1], "en") || a.localeCompare(b, "en"));
    out[entry] =
      `# @milepael/${pkg}${entry === "index" ? "" : `/${entry}`}: ${lines.length} exports\n${lines.join("\n")}\n`;
  }
  return out;
}

const args = process.argv.slice(2);
const check = args.includes("--check");
const pkgs = args.filter((a) => !a.startsWith("--"));
let failed = false;
for (const pkg of pkgs.length > 0 ? pkgs : Object.keys(entries)) {
  const apiDir = join(root, "packages", pkg, "api");
  for (const [entry, text] of Object.entries(report(pkg))) {
    const file = join(apiDir, `${entry}.api.txt`);
    const rel = `packages/${pkg}/api/${entry}.api.txt`;
    if (check) {
      const committed = existsSync(file) ? readFileSync(file, "utf8") : "";
      if (committed !== text) {
        failed = true;
        const was = new Set(committed.split("\n").slice(1));
        const now = new Set(text.split("\n").slice(1));
        const added = [...now].filter((l) => l && !was.has(l));
        const removed = [...was].filter((l) => l && !now.has(l));
        console.error(`${rel} is out of date (run \`node scripts/api-report.mjs ${pkg}\` and commit it):`);
        for (const l of added) console.error(`  + ${l}`);
        for (const l of removed) console.error(`  - ${l}`);
      }
    } else {
      mkdirSync(apiDir, { recursive: true });
      writeFileSync(file, text);
    }
  }
}
if (failed) process.exit(1);
