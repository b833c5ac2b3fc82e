import {
  exportFollowUpCsv,
  exportJson,
  exportMeetingItemsCsv,
  exportMeetingsIcs,
  exportPlanCsv,
  exportPlanIcs,
} from "@milepael/core";
import { outputOption, parseFileArgs, stringOptions } from "../args";
import { type Command, UsageError } from "../command";
import { readCommandDocument, refuseToOverwriteInput, writeOutput } from "../files";
import { exitCode } from "../io";
import { cliMessage } from "../messages";
import { terminalSafe } from "../terminalSafe";

export const exportCommand: Command = {
  name: "export",
  summary: {
    da: "skriv et dokument som CSV, iCalendar eller JSON",
    en: "write a document as CSV, iCalendar or JSON",
  },
  help: {
    da: `Brug: milepael export FIL.json --format csv|ics|json [-o UD] [--delimiter ";"|","]
                               [--layout milestones|overview]

  csv    åbner korrekt i dansk Excel; planer: én række pr. aktivitet; opfølgninger: én række
         pr. milepæl; møder: én række pr. punkt. Under tabellen, efter en tom række, står
         dokumentets egne oplysninger (titel, dato, kontakter, år, plantype, indledning, spor,
         opfølgninger) i rækker, der begynder med #milepael, så milepael import læser hele
         dokumentet igen uden tab (--layout overview: én række pr. indsats med en kolonne pr.
         opfølgning, kun til læsning)
  ics    planens aktiviteter som heldagsbegivenheder; møderne med tid og sted
         (ikke opfølgninger)
  json   dokumentet i milepaels skema

  -o, --output UD   skriv til UD i stedet for standard output
  --delimiter T     skilletegnet i CSV: ";" (standard, som dansk Excel) eller ","
  --layout L        opfølgningers CSV: milestones (standard) eller overview
  --max-size N      se milepael --help; et resultat over grænsen skrives ikke
`,
    en: `Usage: milepael export FILE.json --format csv|ics|json [-o OUT] [--delimiter ";"|","]
                                 [--layout milestones|overview]

  csv    opens correctly in Danish Excel; plans: one row per activity; follow-ups: one row per
         milestone; meetings: one row per item. Below the table, after an empty row, the
         document's own fields (title, date, contacts, year, plan kind, introduction, tracks,
         rounds) follow in rows that start with #milepael, so that milepael import reads the
         whole document back without loss (--layout overview: one row per initiative with a
         column per round, for reading only)
  ics    the plan's activities as all-day events; the meetings with time and place
         (not follow-ups)
  json   the document in milepael's schema

  -o, --output OUT  write to OUT instead of standard output
  --delimiter D     the CSV's separator: ";" (default, as Danish Excel) or ","
  --layout L        a follow-up's CSV: milestones (default) or overview
  --max-size N      see milepael --help; a result over the limit is not written
`,
  },
  async run(args, context) {
    const { io, locale } = context;
    const { values, file } = parseFileArgs(
      args,
      { ...outputOption, ...stringOptions("format", "delimiter", "layout") },
      locale,
    );
    const format = values.format;
    if (format !== "csv" && format !== "ics" && format !== "json") {
      throw new UsageError(cliMessage(locale, "format-invalid"));
    }
    const delimiter = values.delimiter ?? ";";
    if (delimiter !== ";" && delimiter !== ",") throw new UsageError(cliMessage(locale, "delimiter-invalid"));
    const layout = values.layout ?? "milestones";
    if (layout !== "milestones" && layout !== "overview")
      throw new UsageError(cliMessage(locale, "layout-invalid"));
    await refuseToOverwriteInput(file, values.output, locale);
    const document = await readCommandDocument("export", file, context);
    if (document === null) return exitCode.failed;
    let output: string;
    if (format === "json") output = exportJson(document);
    else if (format === "csv") {
      output =
        document.type === "plan"
          ? exportPlanCsv(document, { delimiter, locale })
          : document.type === "meetings"
            ? exportMeetingItemsCsv(document, { delimiter, locale })
            : exportFollowUpCsv(document, { delimiter, locale, layout });
    } else if (document.type === "meetings") {
      output = exportMeetingsIcs(document, { now: new Date() });
    } else {
      if (document.type !== "plan") {
        io.stderr(`milepael export: ${cliMessage(locale, "ics-plans-only")}\n`);
        return exitCode.failed;
      }
      // DTSTAMP is the moment of the export; core never reads the clock, the command does.
      const { ics, skipped } = exportPlanIcs(document, { now: new Date() });
      for (const activity of skipped) {
        io.stderr(
          terminalSafe(
            `${file}: ${cliMessage(locale, "not-in-calendar")}: ${activity.title} (${activity.date.text || "-"})\n`,
          ),
        );
      }
      output = ics;
    }
    await writeOutput(output, values.output, context);
    return exitCode.ok;
  },
};
