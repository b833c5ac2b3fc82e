import { checkDocument, hasErrors, parseDocumentJson } from "@milepael/core";
import { parseFileArgs, stringOptions } from "../args";
import { type Command, UsageError } from "../command";
import { fileErrorReason } from "../fileErrors";
import { decodingWorthSaying, diagnosticsFormat, printDiagnostics, readInput } from "../files";
import { exitCode } from "../io";
import { cliMessage } from "../messages";
import { terminalSafe } from "../terminalSafe";

export const validateCommand: Command = {
  name: "validate",
  summary: { da: "kontrollér et milepael-JSON-dokument", en: "check a milepael JSON document" },
  help: {
    da: `Brug: milepael validate FIL.json [--today ÅÅÅÅ-MM-DD] [--diagnostics-format text|json]

Kontrollerer skemaet og reglerne (dubletter, ukendte opfølgninger, økonomi med gul, og med --today
også forsinkede og for tidlige vurderinger). Afslutter med 1 ved fejl.
`,
    en: `Usage: milepael validate FILE.json [--today YYYY-MM-DD] [--diagnostics-format text|json]

Checks the schema and the rules (duplicates, unknown rounds, yellow economy, and with --today
overdue and too early assessments). Exits 1 on errors.
`,
  },
  async run(args, { io, locale, stdin, maxSize }) {
    const { values, file } = parseFileArgs(args, stringOptions("today", "diagnostics-format"), locale);
    if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
      throw new UsageError(cliMessage(locale, "today-format"));
    }
    const format = diagnosticsFormat(values["diagnostics-format"], locale);
    let decoded: Awaited<ReturnType<typeof readInput>>;
    try {
      decoded = await readInput(file, stdin);
    } catch (error) {
      io.stderr(`milepael validate: ${file}: ${fileErrorReason(error, locale)}\n`);
      return exitCode.failed;
    }
    const decoding = decodingWorthSaying(decoded);
    const { document, diagnostics } =
      decoded.text === null
        ? { document: null, diagnostics: [] }
        : parseDocumentJson(decoded.text, { maxInputLength: maxSize });
    const findings = [
      ...decoding,
      ...(document === null ? diagnostics : checkDocument(document, { today: values.today })),
    ];
    printDiagnostics(file, findings, format, locale, io);
    if (document === null || hasErrors(findings)) return exitCode.failed;
    io.stdout(
      terminalSafe(
        `${file}: ${cliMessage(locale, "valid", { type: document.type, title: document.metadata.title })}\n`,
      ),
    );
    return exitCode.ok;
  },
};
