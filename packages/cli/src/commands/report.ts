import { access, constants, writeFile } from "node:fs/promises";
import { type Locale, type MilepaelDocument, parseIsoDate } from "@milepael/core";
import { buildReport, type ReportOptions, reportToHtml } from "@milepael/core/report";
import { outputOption, parseFileArgs, stringOptions } from "../args";
import { type Command, CommandError, UsageError } from "../command";
import { fileErrorReason } from "../fileErrors";
import { readCommandDocument, refuseToOverwriteInput, writeOutput } from "../files";
import { exitCode } from "../io";
import { cliMessage } from "../messages";
import { terminalSafe } from "../terminalSafe";

const formats = ["pdf", "html", "docx"] as const;
type ReportFormat = (typeof formats)[number];

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(env: Record<string, string | undefined>): string {
  return env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/**
 * Prints an HTML report to a tagged PDF with Chromium (playwright-core, an optional dependency):
 * headings, table structure, language and title in the PDF's structure tree, the outline from
 * the headings. Throws a `CommandError` that says what is missing when Chromium is not there.
 */
export async function printPdf(
  html: string,
  page: { size: "A4" | "A3"; orientation: "portrait" | "landscape" },
  env: Record<string, string | undefined>,
  locale: Locale,
): Promise<Uint8Array> {
  const executablePath = chromiumPath(env);
  const missing = (what: string) => new CommandError(cliMessage(locale, "pdf-needs-chromium", { what }));
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw missing(cliMessage(locale, "chromium-not-found", { path: executablePath }));
  }
  let playwright: typeof import("playwright-core");
  try {
    playwright = await import("playwright-core");
  } catch {
    throw missing(cliMessage(locale, "playwright-missing"));
  }
  const browser = await playwright.chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const tab = await browser.newPage();
    // The report is self-contained; nothing may be fetched while it prints.
    await tab.route("**/*", (route) =>
      route.request().url().startsWith("data:") ? route.continue() : route.abort(),
    );
    await tab.setContent(html, { waitUntil: "load" });
    const pdf = await tab.pdf({
      format: page.size,
      landscape: page.orientation === "landscape",
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

export const reportCommand: Command = {
  name: "report",
  summary: {
    da: "skriv udvalgspapiret: Word, tilgængelig PDF eller HTML",
    en: "write the committee paper: Word, accessible PDF or HTML",
  },
  help: {
    da: `Brug: milepael report FIL.json --format pdf|html|docx [-o UD]
                       [--round ID]... [--section NR]... [--attention] [--today ÅÅÅÅ-MM-DD]

  Skriver opfølgningen, planen eller møderne som det papir, udvalget får: forside med dato,
  kontakt og sagsid, læsevejledning, sammenfatning med tabel og figur, og hver indsats i sin
  egen tabel med milepæle, opfølgning og smiley (ansigt og ord, aldrig farve alene).

  docx   Word-dokument med rigtige overskrifter (navigationsruden), gentagne tabeloverskrifter
         og sproget da-DK; milepael import læser det igen
  pdf    tagget, tilgængelig PDF (overskrifter, tabelstruktur, sprog, titel) via Chromium;
         kræver Chromium (CHROMIUM_PATH eller /usr/bin/chromium) og pakken playwright-core
  html   én selvstændig HTML-fil uden scripts, til intranet, der udgiver HTML

  -o, --output UD    skriv til UD (skal angives for pdf og docx)
  --round ID         kun denne opfølgning (kan gentages)
  --section NR       kun dette afsnit, nummer eller titel (kan gentages)
  --attention        kun indsatser, der kræver opmærksomhed
  --today DATO       dagens dato, for forsinkede opfølgninger (standard: i dag)
`,
    en: `Usage: milepael report FILE.json --format pdf|html|docx [-o OUT]
                       [--round ID]... [--section NO]... [--attention] [--today YYYY-MM-DD]

  Writes the follow-up, plan or meetings as the paper the committee gets: title page with date,
  contact and case id, reading guide, summary with table and chart, and each initiative in its
  own table with milestones, round and smiley (face and word, never colour alone).

  docx   Word document with real headings (navigation pane), repeated table headers and the
         language da-DK; milepael import reads it back
  pdf    tagged, accessible PDF (headings, table structure, language, title) through Chromium;
         needs Chromium (CHROMIUM_PATH or /usr/bin/chromium) and the playwright-core package
  html   one self-contained HTML file without scripts, for intranets that publish HTML

  -o, --output OUT   write to OUT (required for pdf and docx)
  --round ID         only this round (may repeat)
  --section NO       only this section, number or title (may repeat)
  --attention        only initiatives that need attention
  --today DATE       today's date, for overdue rounds (default: today)
`,
  },
  async run(args, context) {
    const { locale, env } = context;
    const { values, file } = parseFileArgs(
      args,
      {
        ...outputOption,
        ...stringOptions("format", "today"),
        round: { type: "string", multiple: true },
        section: { type: "string", multiple: true },
        attention: { type: "boolean" },
      },
      locale,
    );
    const format = values.format as ReportFormat | undefined;
    if (format === undefined || !formats.includes(format))
      throw new UsageError(cliMessage(locale, "report-format-invalid"));
    const out = values.output;
    if (format !== "html" && (out === undefined || out === "-"))
      throw new UsageError(cliMessage(locale, "report-needs-output", { format }));
    if (values.today !== undefined && parseIsoDate(values.today) === null)
      throw new UsageError(cliMessage(locale, "today-format"));
    await refuseToOverwriteInput(file, out, locale);
    const document = await readCommandDocument("report", file, context);
    if (document === null) return exitCode.failed;
    // A round or section the document does not have would print a paper with nothing in it.
    const unmatched = unmatchedSelection(document, values.round ?? [], values.section ?? [], locale);
    if (unmatched !== null) {
      // Section titles come from the document: nothing in them may act on the terminal.
      context.io.stderr(terminalSafe(`milepael report: ${unmatched}\n`));
      return exitCode.failed;
    }
    const options: ReportOptions = {
      locale,
      // Core never reads the clock; the command does.
      today: values.today ?? new Date().toISOString().slice(0, 10),
      rounds: values.round,
      sections: values.section,
      onlyAttention: values.attention,
    };
    if (format === "html") {
      await writeOutput(reportToHtml(buildReport(document, options)), out, context);
      return exitCode.ok;
    }
    let bytes: Uint8Array;
    if (format === "docx") {
      const { exportDocx } = await import("@milepael/core/docx-export");
      bytes = await exportDocx(document, options);
    } else {
      const report = buildReport(document, options);
      bytes = await printPdf(reportToHtml(report), report.page, env, locale);
    }
    try {
      await writeFile(out as string, bytes);
    } catch (error) {
      throw new CommandError(
        cliMessage(locale, "cannot-write", { file: out as string, reason: fileErrorReason(error, locale) }),
      );
    }
    return exitCode.ok;
  },
};

/** Why `--round` and `--section` select nothing in the document, or `null` when each names a part of it. */
function unmatchedSelection(
  document: MilepaelDocument,
  rounds: readonly string[],
  sections: readonly string[],
  locale: Locale,
): string | null {
  if (rounds.length === 0 && sections.length === 0) return null;
  if (document.type !== "budget-follow-up") return cliMessage(locale, "selection-follow-up-only");
  const round = rounds.find((id) => !document.rounds.some((candidate) => candidate.id === id));
  if (round !== undefined)
    return cliMessage(locale, "unknown-round", {
      round,
      known: document.rounds.map((candidate) => candidate.id).join(", "),
    });
  const names = document.sections.flatMap((candidate) =>
    candidate.number === undefined ? [candidate.title] : [candidate.number, candidate.title],
  );
  const section = sections.find((name) => !names.includes(name));
  if (section !== undefined)
    return cliMessage(locale, "unknown-section", {
      section,
      known: document.sections.map((candidate) => candidate.number ?? candidate.title).join(", "),
    });
  return null;
}
