import { parseArgs } from "node:util";
import { dateFailureMessage, parseDanishDate } from "@milepael/core";
import { type Command, UsageError } from "../command";
import { exitCode } from "../io";
import { cliMessage } from "../messages";

export const dateCommand: Command = {
  name: "date",
  summary: {
    da: 'fortolk et dansk datoudtryk ("Primo marts", "uge 41")',
    en: 'interpret a Danish date expression ("Primo marts", "uge 41")',
  },
  help: {
    da: `Brug: milepael date "<tekst>" [--year ÅÅÅÅ]

Skriver fortolkningen som JSON (start og end som ISO-datoer eller null, kind, precision m.m.).
Afslutter med 1 og skriver årsagen på stderr, hvis teksten ikke er en dato.

  --year ÅÅÅÅ   året for udtryk uden år ("8. maj")
`,
    en: `Usage: milepael date "<text>" [--year YYYY]

Prints the interpretation as JSON (start and end as ISO dates or null, kind, precision, ...).
Exits 1 and prints the reason on stderr when the text is not a date.

  --year YYYY   the year for expressions that write none ("8. maj")
`,
  },
  async run(args, { io, locale }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { year: { type: "string" } },
    });
    if (positionals.length !== 1) {
      throw new UsageError(cliMessage(locale, "one-text"));
    }
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1000 && year <= 9999)) {
      throw new UsageError(cliMessage(locale, "year-invalid", { year: String(values.year) }));
    }
    const text = positionals[0] as string;
    const result = parseDanishDate(text, { year });
    if (!result.ok) {
      io.stderr(
        `milepael date: ${JSON.stringify(text)}: ${dateFailureMessage(result.reason, locale)} (${result.reason})\n`,
      );
      return exitCode.failed;
    }
    const { ok: _ok, ...parsed } = result;
    io.stdout(`${JSON.stringify(parsed, null, 2)}\n`);
    return exitCode.ok;
  },
};
