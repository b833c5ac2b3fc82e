import { parseArgs } from "node:util";
import { exportFollowUpCsv, exportJson, exportPlanCsv, exportPlanIcs } from "@milepael/core";
import { type Command, UsageError } from "../command";
import { readDocument, writeOutput } from "../files";
import { exitCode } from "../io";

export const exportCommand: Command = {
  name: "export",
  summary: {
    da: "skriv et dokument som CSV, iCalendar eller JSON",
    en: "write a document as CSV, iCalendar or JSON",
  },
  help: {
    da: `Brug: milepael export FIL.json --format csv|ics|json [-o UD] [--delimiter ";"|","]

  csv    én række pr. aktivitet eller indsats; åbner korrekt i dansk Excel
  ics    planens aktiviteter som heldagsbegivenheder (kun planer)
  json   dokumentet i milepaels skema
`,
    en: `Usage: milepael export FILE.json --format csv|ics|json [-o OUT] [--delimiter ";"|","]

  csv    one row per activity or initiative; opens correctly in Danish Excel
  ics    the plan's activities as all-day events (plans only)
  json   the document in milepael's schema
`,
  },
  async run(args, { io, locale, stdin }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        output: { type: "string", short: "o" },
        delimiter: { type: "string" },
      },
    });
    const da = locale === "da";
    if (positionals.length !== 1) throw new UsageError(da ? "angiv præcis én fil" : "give exactly one file");
    const format = values.format;
    if (format !== "csv" && format !== "ics" && format !== "json") {
      throw new UsageError(
        da ? "--format skal være csv, ics eller json" : "--format must be csv, ics or json",
      );
    }
    const delimiter = values.delimiter ?? ";";
    if (delimiter !== ";" && delimiter !== ",")
      throw new UsageError(da ? '--delimiter skal være ";" eller ","' : '--delimiter must be ";" or ","');
    const file = positionals[0] as string;
    let document: Awaited<ReturnType<typeof readDocument>>;
    try {
      document = await readDocument(file, stdin, locale, io);
    } catch (error) {
      io.stderr(`milepael export: ${file}: ${(error as Error).message}\n`);
      return exitCode.failed;
    }
    if (document === null) return exitCode.failed;
    let output: string;
    if (format === "json") output = exportJson(document);
    else if (format === "csv") {
      output =
        document.type === "plan"
          ? exportPlanCsv(document, { delimiter, locale })
          : exportFollowUpCsv(document, { delimiter, locale });
    } else {
      if (document.type !== "plan") {
        io.stderr(
          `milepael export: ${da ? "iCalendar kan kun skrives for planer" : "iCalendar can only be written for plans"}\n`,
        );
        return exitCode.failed;
      }
      const { ics, skipped } = exportPlanIcs(document);
      for (const activity of skipped) {
        io.stderr(
          `${file}: ${da ? "info: uden tidsrum, ikke i kalenderen" : "info: no interval, not in the calendar"}: ${activity.title} (${activity.date.text || "-"})\n`,
        );
      }
      output = ics;
    }
    await writeOutput(output, values.output, io);
    return exitCode.ok;
  },
};
