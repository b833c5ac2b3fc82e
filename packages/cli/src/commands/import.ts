import { exportJson, hasErrors, type ImportFormat, importFile, importFormats } from "@milepael/core";
import { outputOption, parseFileArgs, stringOptions } from "../args";
import { type Command, UsageError } from "../command";
import { fileErrorReason } from "../fileErrors";
import {
  diagnosticsFormat,
  printDiagnostics,
  readInputBytes,
  refuseToOverwriteInput,
  writeOutput,
} from "../files";
import { exitCode } from "../io";
import { cliMessage } from "../messages";

export const importCommand: Command = {
  name: "import",
  summary: {
    da: "læs en budgetopfølgning, plan eller referater og dagsordener (Word, PDF, tekst eller CSV) som milepael-JSON",
    en: "read a follow-up, plan or minutes and agendas (Word, PDF, text or CSV) as milepael JSON",
  },
  help: {
    da: `Brug: milepael import FIL [-o UD.json] [--format followup|plan|csv|json|meetings] [--year ÅÅÅÅ]
                       [--sad-face red|yellow] [--diagnostics-format text|json]

Læser FIL (eller - for standard input) og skriver dokumentet som JSON til UD eller standard output.
FIL kan være et Word-dokument (.docx), en PDF med tekst, tekst, CSV eller milepael-JSON; det ses af
filens indhold. Tekstens format gættes, hvis det ikke er angivet. Meddelelser skrives på stderr som
FIL:LINJE: niveau: tekst (for Word og PDF: FIL: tabel 3, række 2, celle 4 eller FIL: side 2, linje 14).

  -o, --output UD          skriv dokumentet til UD
  --format F               followup, plan, csv (en plan, en opfølgning eller mødernes beslutninger
                           som milepael skriver dem), json eller meetings (referater, dagsordener)
  --year ÅÅÅÅ              året for datoer uden år
  --sad-face red|yellow    hvordan ☹ på en milepæl læses (standard: red)
  --diagnostics-format F   text (standard) eller json

Afslutter med 0 ved succes, 1 når filen ikke kunne læses som et dokument, 2 ved forkert brug
(også --format csv eller json for en Word- eller PDF-fil, som kun kan være followup, plan eller meetings).
`,
    en: `Usage: milepael import FILE [-o OUT.json] [--format followup|plan|csv|json|meetings] [--year YYYY]
                       [--sad-face red|yellow] [--diagnostics-format text|json]

Reads FILE (or - for standard input) and writes the document as JSON to OUT or standard output.
FILE may be a Word document (.docx), a PDF with text, text, CSV or milepael JSON; its content tells.
The text's format is detected when not given. Messages go to stderr as FILE:LINE: level: text (for
Word and PDF: FILE: table 3, row 2, cell 4 or FILE: page 2, line 14).

  -o, --output OUT         write the document to OUT
  --format F               followup, plan, csv (a plan, a follow-up or the meetings' decisions as
                           milepael writes them), json or meetings (minutes, agendas)
  --year YYYY              the year of dates written without one
  --sad-face red|yellow    how ☹ on a milestone is read (default: red)
  --diagnostics-format F   text (default) or json

Exits 0 on success, 1 when the file could not be read as a document, 2 on bad usage (also --format
csv or json for a Word or PDF file, which can only be followup, plan or meetings).
`,
  },
  async run(args, context) {
    const { io, locale, stdin, maxSize } = context;
    const { values, file } = parseFileArgs(
      args,
      { ...outputOption, ...stringOptions("format", "year", "sad-face", "diagnostics-format") },
      locale,
    );
    const format = values.format;
    if (format !== undefined && !(importFormats as readonly string[]).includes(format)) {
      throw new UsageError(cliMessage(locale, "unknown-format", { format }));
    }
    const sadFace = values["sad-face"];
    if (sadFace !== undefined && sadFace !== "red" && sadFace !== "yellow") {
      throw new UsageError(cliMessage(locale, "sad-face-invalid"));
    }
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1000 && year <= 9999)) {
      throw new UsageError(cliMessage(locale, "year-invalid", { year: String(values.year) }));
    }
    const outputFormat = diagnosticsFormat(values["diagnostics-format"], locale);

    await refuseToOverwriteInput(file, values.output, locale);
    let bytes: Uint8Array;
    try {
      bytes = await readInputBytes(file, stdin);
    } catch (error) {
      io.stderr(`milepael import: ${file}: ${fileErrorReason(error, locale)}\n`);
      return exitCode.failed;
    }
    // Word, PDF or text, told apart by the bytes; text decoded as the demo decodes it, the
    // encoding chosen reported first, binary files of other kinds refused by name.
    const { document, diagnostics } = await importFile(bytes, {
      format: format as ImportFormat | undefined,
      year,
      sadFace,
      maxInputLength: maxSize,
    });
    printDiagnostics(file, diagnostics, outputFormat, locale, io);
    // Core's message asks for the format in words; the command line names it as --format's values.
    if (outputFormat === "text" && diagnostics.some((found) => found.code === "import.unknown-format"))
      io.stderr(`milepael import: ${cliMessage(locale, "format-hint", { file: "text" })}\n`);
    // --format csv or json for a Word or PDF file: the command line, not the file, is wrong, so it
    // exits as a bad option value does; core's finding is printed first (as JSON too), then the values that fit.
    if (diagnostics.some((found) => found.code === "import.format-not-for-file")) {
      if (outputFormat === "text")
        io.stderr(`milepael import: ${cliMessage(locale, "format-hint", { file: "office" })}\n`);
      return exitCode.usage;
    }
    // Whatever was understood is written, even when the file as a whole was not a document.
    if (document !== null) await writeOutput(exportJson(document), values.output, context);
    return document === null || hasErrors(diagnostics) ? exitCode.failed : exitCode.ok;
  },
};
