import {
  type BudgetFollowUp,
  decisionOutcomeLabels,
  decisionOutcomes,
  type Locale,
  type MeetingsDocument,
  type PlanDocument,
  type RollUpDimension,
  rollUp,
  rollUpDimensions,
  statusLabel,
  statusValues,
  summarizeMeetings,
} from "@milepael/core";
import { parseFileArgs, stringOptions } from "../args";
import { type Command, UsageError } from "../command";
import { readCommandDocument } from "../files";
import { exitCode } from "../io";
import { cliMessage } from "../messages";
import { terminalSafe } from "../terminalSafe";

function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join("  "),
    )
    .join("\n");
}

function followUpSummary(
  document: BudgetFollowUp,
  locale: Locale,
  round: string | undefined,
  by: RollUpDimension | undefined,
) {
  const groups = rollUp(document, { by });
  const rounds = document.rounds.filter((candidate) => round === undefined || candidate.id === round);
  const json = groups.map((group) => ({
    key: group.key,
    initiatives: group.initiatives,
    rounds: group.rounds.filter((counts) => rounds.some((candidate) => candidate.id === counts.round)),
    economy: group.economy,
  }));
  const header = [
    cliMessage(locale, "summary.round"),
    ...statusValues.map((status) => statusLabel(status, "milestone", locale).name),
    cliMessage(locale, "summary.total"),
  ];
  const text = groups
    .map((group) => {
      const title = by === undefined ? "" : `${group.key ?? cliMessage(locale, "summary.none")}\n`;
      const rows = group.rounds
        .filter((counts) => rounds.some((candidate) => candidate.id === counts.round))
        .map((counts) => {
          const label =
            document.rounds.find((candidate) => candidate.id === counts.round)?.label ?? counts.round;
          return [
            label,
            ...statusValues.map((status) => String(counts.counts[status])),
            String(counts.total),
          ];
        });
      const economy = [
        cliMessage(locale, "summary.economy"),
        ...statusValues.map((status) => String(group.economy[status])),
        String(group.initiatives),
      ];
      return `${title}${table([header, ...rows, economy])}`;
    })
    .join("\n\n");
  return { json, text: `${document.metadata.title}\n\n${text}\n` };
}

function planSummary(document: PlanDocument, locale: Locale) {
  const dated = document.activities.filter((activity) => activity.date.start !== null);
  const starts = dated.map((activity) => activity.date.start as string).sort();
  const ends = dated.map((activity) => activity.date.end as string).sort();
  const json = {
    activities: document.activities.length,
    dated: dated.length,
    ongoing: document.activities.filter((activity) => activity.date.ongoing).length,
    undated: document.activities.filter((activity) => activity.date.kind === null).length,
    tracks: document.tracks.length,
    from: starts[0] ?? null,
    to: ends[ends.length - 1] ?? null,
  };
  const rows = [
    [cliMessage(locale, "summary.activities"), String(json.activities)],
    [cliMessage(locale, "summary.dated"), String(json.dated)],
    [cliMessage(locale, "summary.ongoing"), String(json.ongoing)],
    [cliMessage(locale, "summary.undated"), String(json.undated)],
    [cliMessage(locale, "summary.tracks"), String(json.tracks)],
    [cliMessage(locale, "summary.period"), json.from === null ? "-" : `${json.from} – ${json.to}`],
  ];
  return { json, text: `${document.metadata.title}\n\n${table(rows)}\n` };
}

function meetingsSummary(document: MeetingsDocument, locale: Locale) {
  const json = summarizeMeetings(document);
  const header = [
    cliMessage(locale, "summary.body"),
    cliMessage(locale, "summary.year"),
    cliMessage(locale, "summary.minutes"),
    cliMessage(locale, "summary.agendas"),
    cliMessage(locale, "summary.items"),
    ...decisionOutcomes.map((outcome) => decisionOutcomeLabels[locale][outcome]),
  ];
  const rows = json.map((row) => [
    row.body,
    String(row.year),
    String(row.referater),
    String(row.dagsordener),
    String(row.items),
    ...decisionOutcomes.map((outcome) => String(row.outcomes[outcome])),
  ]);
  const related = document.relatedDocuments.length;
  const footer = cliMessage(locale, "summary.related", { count: String(related) });
  return { json, text: `${document.metadata.title}\n\n${table([header, ...rows])}\n\n${footer}\n` };
}

export const summaryCommand: Command = {
  name: "summary",
  summary: { da: "tæl vurderinger pr. niveau pr. opfølgning", en: "count assessments per level per round" },
  help: {
    da: `Brug: milepael summary FIL.json [--round ID] [--by section|committee|centre|kind] [--json]

For en budgetopfølgning: antal milepæle pr. niveau pr. opfølgning (og økonomi), evt. opdelt.
For en plan: antal aktiviteter og perioden.
For møder: antal møder pr. udvalg pr. år og punkternes udfald.
`,
    en: `Usage: milepael summary FILE.json [--round ID] [--by section|committee|centre|kind] [--json]

For a follow-up: milestones per level per round (and economy), optionally sliced.
For a plan: the number of activities and the period.
For meetings: meetings per body per year and the outcomes of their items.
`,
  },
  async run(args, context) {
    const { io, locale } = context;
    const { values, file } = parseFileArgs(
      args,
      { ...stringOptions("round", "by"), json: { type: "boolean" } },
      locale,
    );
    const by = values.by;
    if (by !== undefined && !(rollUpDimensions as readonly string[]).includes(by)) {
      throw new UsageError(cliMessage(locale, "by-invalid", { dimensions: rollUpDimensions.join(", ") }));
    }
    const document = await readCommandDocument("summary", file, context);
    if (document === null) return exitCode.failed;
    if (
      document.type === "budget-follow-up" &&
      values.round !== undefined &&
      !document.rounds.some((round) => round.id === values.round)
    ) {
      const known = document.rounds.map((round) => round.id).join(", ");
      io.stderr(
        `milepael summary: ${cliMessage(locale, "unknown-round", { round: String(values.round), known })}\n`,
      );
      return exitCode.failed;
    }
    const result =
      document.type === "budget-follow-up"
        ? followUpSummary(document, locale, values.round, by as RollUpDimension | undefined)
        : document.type === "meetings"
          ? meetingsSummary(document, locale)
          : planSummary(document, locale);
    // Titles, section names and round labels come from the document: nothing in them may act on the terminal.
    io.stdout(values.json ? `${JSON.stringify(result.json, null, 2)}\n` : terminalSafe(result.text));
    return exitCode.ok;
  },
};
