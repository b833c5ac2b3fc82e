// Prints milepael's own HTML reports of the communication plan seed, the follow-up seed and the
// Lejre minutes seed (read as meetings) to PDF with Chromium, as `milepael report --format pdf` and
// a browser's "Save as PDF" do: report-kommunikationsplan-2017.pdf, report-budgetopfoelgning-2017.pdf
// and report-referater-lejre-2017.pdf, which importPdf must read back as the documents. The
// follow-up has a municipality's calendar of rounds (meeting dates, a half-year account, a round no
// milestone names) and its organisation, from report-budgetopfoelgning-2017.calendar.json. Needs
// core built (`pnpm --filter @milepael/core build`) and Chromium (`CHROMIUM_PATH`, else
// /usr/bin/chromium). CI never runs this: the files are committed.
//
//   node packages/core/test/office/make-report-pdfs.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { budgetFollowUp2017 } from "../../dist/fixtures.js";
import { importMeetingsText, importPlanText } from "../../dist/index.js";
import { buildReport, reportToHtml } from "../../dist/report.js";

const here = dirname(fileURLToPath(import.meta.url));
const seed = (name) => readFileSync(join(here, `../seeds/${name}.txt`), "utf8");
const calendar = JSON.parse(readFileSync(join(here, "report-budgetopfoelgning-2017.calendar.json"), "utf8"));
const reports = {
  "report-kommunikationsplan-2017.pdf": importPlanText(seed("kommunikationsplan-2017")).document,
  "report-budgetopfoelgning-2017.pdf": {
    ...budgetFollowUp2017,
    metadata: { ...budgetFollowUp2017.metadata, organisation: calendar.organisation },
    rounds: calendar.rounds,
  },
  "report-referater-lejre-2017.pdf": importMeetingsText(seed("referater-lejre-2017")).document,
};
for (const [name, document] of Object.entries(reports)) {
  const html = join(mkdtempSync(join(tmpdir(), "milepael-report-")), "report.html");
  writeFileSync(html, reportToHtml(buildReport(document)));
  execFileSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-pdf-header-footer",
    `--print-to-pdf=${join(here, name)}`,
    `file://${html}`,
  ]);
}
