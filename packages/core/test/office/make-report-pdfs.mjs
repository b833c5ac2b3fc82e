// Prints milepael's own HTML reports of seeds to PDF with Chromium, as `milepael report --format
// pdf` and a browser's "Save as PDF" do: report-kommunikationsplan-2017.pdf (the communication plan)
// and report-referater-lejre-2017.pdf (the Lejre minutes, read as meetings), which importPdf must
// read back as the plan and the meetings. Needs core built (`pnpm --filter @milepael/core build`)
// and Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium). CI never runs this: the files are
// committed.
//
//   node packages/core/test/office/make-report-pdfs.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { importMeetingsText, importPlanText } from "../../dist/index.js";
import { buildReport, reportToHtml } from "../../dist/report.js";

const here = dirname(fileURLToPath(import.meta.url));
const seed = (name) => readFileSync(join(here, `../seeds/${name}.txt`), "utf8");
const work = mkdtempSync(join(tmpdir(), "milepael-report-"));
for (const [name, { document }] of [
  ["kommunikationsplan-2017", importPlanText(seed("kommunikationsplan-2017"))],
  ["referater-lejre-2017", importMeetingsText(seed("referater-lejre-2017"))],
]) {
  const html = join(work, `${name}.html`);
  writeFileSync(html, reportToHtml(buildReport(document)));
  execFileSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-pdf-header-footer",
    `--print-to-pdf=${join(here, `report-${name}.pdf`)}`,
    `file://${html}`,
  ]);
}
