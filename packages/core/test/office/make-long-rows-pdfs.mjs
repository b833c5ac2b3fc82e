// Prints a follow-up and a plan whose table rows are taller than what is left of a page, as staff
// print them: milepael's HTML report printed to PDF by Chromium (`milepael report --format pdf`),
// and its Word export (exportDocx) printed by LibreOffice (`soffice --headless --convert-to pdf`),
// each in Danish and in English. An initiative's description longer than a page, a milestone text
// longer than a page, an initiative of many milestones (rows cut by the break, the table's header
// repeated above their rest), a short row after them; in the plan an activity whose description
// runs over two page breaks and a short one right after it. importPdf must read every such row back
// as one row with its whole text. The follow-up's rounds have labels that wrap in the cells of the
// paper's table of rounds ("Om dokumentet") and of its milestones, one with a word longer than
// LibreOffice's column, which it breaks without a hyphen; each round must read back whole, once.
// A third paper holds the seed's initiative 6.13 under those labels: Chromium widens the table's
// "Tid" column for them, so the header cell "Kort beskrivelse af indsatsen (drift)" wraps, and
// moves the description row, taller than what is left below the header, to the next page, so the
// header row stands alone at a page's foot; importPdf must read the header row as the initiative's
// header and the description row as a row of its own. It is printed by Chromium only: the Word
// export's columns have fixed widths, in which the header cell never wraps in LibreOffice's print.
// The documents are long-rows-followup.json, long-rows-followup-header.json and
// long-rows-plan.json beside the PDFs, written here from the seeds' fixtures. Needs core built
// (`pnpm --filter @milepael/core build`), Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium) and
// LibreOffice (`SOFFICE_PATH`, else soffice). CI never runs this: the files are committed.
//
//   node packages/core/test/office/make-long-rows-pdfs.mjs
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { exportDocx } from "../../dist/docxExport.js";
import { budgetFollowUp2017, communicationPlan2017 } from "../../dist/fixtures.js";
import { buildReport, reportToHtml } from "../../dist/report.js";

const here = dirname(fileURLToPath(import.meta.url));

const words =
  "kommunen borgerne udvalget indsatsen planen aftalen processen dialogen centret økonomien skolerne foreningerne erhvervslivet budgettet arbejdet".split(
    " ",
  );
const verbs = "styrker afklarer beskriver prioriterer følger op på samler vurderer udvikler".split(" ");

/** Sentence `n` of a long text: the same words on every run, each sentence numbered to find it. */
const sentence = (n) =>
  `Afsnit ${n}: ${words[n % words.length]} ${verbs[n % verbs.length]} ${words[(n * 7 + 3) % words.length]} i samarbejde med ${words[(n * 5 + 1) % words.length]}, så ${words[(n * 3 + 2) % words.length]} kan følges tæt.`;
const sentences = (from, count) => Array.from({ length: count }, (_, at) => sentence(from + at)).join(" ");

const [first, second] = budgetFollowUp2017.sections[0].initiatives;
/** Labels that wrap in their cells: "håndværkervirksomheder" is wider than LibreOffice's label column. */
const roundLabels = {
  "2017-2": "2. budgetopfølgning 2017 med særlig opfølgning på anlægsprojekter og driftsområder",
  "2017-3": "3. budgetopfølgning 2017 for håndværkervirksomheder og erhvervsservice i kommunen",
};
const followUp = {
  ...budgetFollowUp2017,
  rounds: budgetFollowUp2017.rounds.map((round) => ({
    ...round,
    label: roundLabels[round.id] ?? round.label,
  })),
  sections: [
    {
      ...budgetFollowUp2017.sections[0],
      initiatives: [
        {
          ...first,
          // Taller than a page: the row's description goes on over a page break.
          description: Array.from({ length: 14 }, (_, at) => `<p>${sentences(at * 6, 6)}</p>`).join(""),
          milestones: [
            ...first.milestones.slice(0, 1),
            // Longer than a page: the milestone's row goes on over a page break or two.
            { round: "2017-2", text: sentences(200, 70), status: "green" },
            ...first.milestones.slice(2),
          ],
        },
        {
          ...second,
          // No word longer than LibreOffice's narrow column: it breaks such a word without a
          // hyphen, which is no page break's doing.
          title: "Dialog med erhvervslivet om nye udbud",
          description: `<p>${sentences(300, 3)}</p>`,
          // Many milestones, each of some lines: rows cut at each page's foot.
          milestones: Array.from({ length: 24 }, (_, at) => ({
            round: ["2017-1", "2017-2", "2017-3", "2017-year-end"][at % 4],
            text: sentences(400 + at * 5, 1 + (at % 5)),
            status: at % 4 === 3 ? "not-assessed" : "green",
          })),
        },
      ],
    },
  ],
};
/** The seed's initiative 6.13 alone, under the rounds' long labels (Chromium's paper only). */
const followUpHeader = {
  ...followUp,
  sections: budgetFollowUp2017.sections
    .map((section) => ({
      ...section,
      initiatives: section.initiatives.filter((initiative) => initiative.number === "6.13"),
    }))
    .filter((section) => section.initiatives.length > 0),
};
const plan = {
  ...communicationPlan2017,
  activities: communicationPlan2017.activities.slice(0, 6).map((activity, at) =>
    at === 2
      ? // Runs over two page breaks.
        {
          ...activity,
          description: Array.from({ length: 22 }, (_, line) => `<p>${sentences(600 + line * 5, 5)}</p>`).join(
            "",
          ),
        }
      : activity,
  ),
};

const papers = [
  { name: "followup", document: followUp, libreOffice: true },
  { name: "followup-header", document: followUpHeader, libreOffice: false },
  { name: "plan", document: plan, libreOffice: true },
];
const documents = papers.map(({ name }) => join(here, `long-rows-${name}.json`));
for (const [at, { document }] of papers.entries()) writeFileSync(documents[at], JSON.stringify(document));
// Laid out as the repository's formatter lays out its JSON, so lint passes on them as written.
execFileSync("pnpm", ["exec", "biome", "format", "--write", ...documents], { cwd: here, stdio: "ignore" });

const temporary = mkdtempSync(join(tmpdir(), "milepael-long-rows-"));
for (const { name, document, libreOffice } of papers) {
  for (const locale of ["da", "en"]) {
    const html = join(temporary, `${name}-${locale}.html`);
    writeFileSync(html, reportToHtml(buildReport(document, { locale })));
    execFileSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-pdf-header-footer",
      `--print-to-pdf=${join(here, `long-rows-${name}-${locale}.chromium.pdf`)}`,
      `file://${html}`,
    ]);
    if (!libreOffice) continue;
    const docx = join(temporary, `long-rows-${name}-${locale}.docx`);
    writeFileSync(docx, await exportDocx(document, { locale }));
    execFileSync(process.env.SOFFICE_PATH ?? "soffice", [
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      temporary,
      docx,
    ]);
    copyFileSync(
      join(temporary, `long-rows-${name}-${locale}.pdf`),
      join(here, `long-rows-${name}-${locale}.libreoffice.pdf`),
    );
  }
}
