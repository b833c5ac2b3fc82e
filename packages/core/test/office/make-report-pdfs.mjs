// Prints milepael's own HTML report of the communication plan seed to PDF with Chromium, as
// `milepael report --format pdf` and a browser's "Save as PDF" do: report-kommunikationsplan-2017.pdf,
// which importPdf must read back as the plan. Needs core built (`pnpm --filter @milepael/core
// build`) and Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium). CI never runs this: the file is
// committed.
//
//   node packages/core/test/office/make-report-pdfs.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importPlanText } from "../../dist/index.js";
import { buildReport, reportToHtml } from "../../dist/report.js";

const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(join(here, "../seeds/kommunikationsplan-2017.txt"), "utf8");
const { document } = importPlanText(seed);
const html = join(mkdtempSync(join(tmpdir(), "milepael-report-")), "report.html");
writeFileSync(html, reportToHtml(buildReport(document)));
execFileSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-pdf-header-footer",
  `--print-to-pdf=${join(here, "report-kommunikationsplan-2017.pdf")}`,
  `file://${html}`,
]);
