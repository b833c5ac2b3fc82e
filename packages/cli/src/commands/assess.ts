import {
  assess as assessStatus,
  type BudgetFollowUp,
  exportJson,
  hasErrors,
  type Locale,
  type OperationResult,
  publishRound,
  type Round,
  reopenRound,
  roundKinds,
  type Status,
  startRound,
  statusValues,
} from "@milepael/core";
import { outputOption, parseFileArgs, stringOptions } from "../args";
import { type Command, type CommandContext, UsageError } from "../command";
import { diagnosticsFormat, printDiagnostics, readCommandDocument, writeOutput } from "../files";
import { exitCode } from "../io";
import { cliMessage } from "../messages";

// Assessing a follow-up round (issue #20): `assess`, `publish`, `start-round` and `reopen` share
// reading the follow-up, who and when, printing the rules' messages and writing the file back.

const common = { ...outputOption, ...stringOptions("by", "at", "diagnostics-format") };

const statusWords: Record<string, Status> = {
  grøn: "green",
  gul: "yellow",
  rød: "red",
  "ikke-vurderet": "not-assessed",
  ...Object.fromEntries(statusValues.map((status) => [status, status])),
};

function who(values: { by?: string | undefined; at?: string | undefined }, { env, locale }: CommandContext) {
  const by = values.by ?? env.MILEPAEL_USER ?? env.USER ?? env.USERNAME;
  if (by === undefined || by.trim() === "") {
    throw new UsageError(cliMessage(locale, "who-missing"));
  }
  // The CLI, unlike core, may read the clock; --at makes a script's history reproducible.
  return { by, at: values.at ?? new Date().toISOString() };
}

function findRound(document: BudgetFollowUp, wanted: string): Round | undefined {
  return document.rounds.find((round) => round.id === wanted || round.label === wanted);
}

/** Reads the follow-up a command changes; null (after saying why) for anything else. */
async function readFollowUp(file: string, context: CommandContext): Promise<BudgetFollowUp | null> {
  const document = await readCommandDocument("", file, context);
  if (document === null) return null;
  if (document.type !== "budget-follow-up") {
    context.io.stderr(`${file}: ${cliMessage(context.locale, "not-follow-up")}\n`);
    return null;
  }
  return document;
}

/** Prints the rules' messages, writes the changed document back (or to -o), and sets the exit code. */
async function finish(
  file: string,
  result: OperationResult,
  values: { output?: string | undefined; "diagnostics-format"?: string | undefined },
  context: CommandContext,
  done: (locale: Locale) => string,
): Promise<number> {
  const format = diagnosticsFormat(values["diagnostics-format"], context.locale);
  printDiagnostics(file, result.diagnostics, format, context.locale, context.io);
  if (hasErrors(result.diagnostics)) return exitCode.failed;
  const out = values.output ?? (file === "-" ? undefined : file);
  if (result.event !== null || values.output !== undefined)
    await writeOutput(exportJson(result.document), out, context);
  context.io.stderr(`${file}: ${done(context.locale)}\n`);
  return exitCode.ok;
}

/** The command's own string options with the ones every assessing command takes, and its one file. */
function parseAssessArgs<const Name extends string>(args: string[], locale: Locale, ...names: Name[]) {
  return parseFileArgs(args, { ...common, ...stringOptions(...names) }, locale);
}

function required(value: string | undefined, name: string, locale: Locale): string {
  if (value === undefined || value === "")
    throw new UsageError(cliMessage(locale, "option-missing", { name }));
  return value;
}

const whoHelp = {
  da: `  --by NAVN        hvem der gør det (standard: MILEPAEL_USER eller brugernavnet)
  --at TIDSPUNKT   hvornår, ÅÅÅÅ-MM-DDTtt:mm:ssZ (standard: nu)
  -o UD            skriv til UD i stedet for at opdatere FIL
  --diagnostics-format text|json`,
  en: `  --by NAME        who does it (default: MILEPAEL_USER or the user name)
  --at TIME        when, YYYY-MM-DDThh:mm:ssZ (default: now)
  -o OUT           write to OUT instead of updating FILE
  --diagnostics-format text|json`,
};

export const assessCommand: Command = {
  name: "assess",
  summary: {
    da: "sæt status på en milepæl eller økonomi i den åbne opfølgning",
    en: "set the status of a milestone or the economy in the open round",
  },
  help: {
    da: `Brug: milepael assess FIL.json --initiative ID --milestone NR|RUNDE|economy --status STATUS
                        [--note TEKST] [--by NAVN] [--at TIDSPUNKT] [-o UD]

Sætter en status efter læsevejledningen: økonomi kun grøn/rød, gul og rød kræver en statusnote,
rød til grøn kræver en ny note, en milepæl fra en senere opfølgning giver en advarsel, og en
offentliggjort opfølgning kan ikke ændres. Ændringen skrives i dokumentets historik.

  --initiative ID  indsatsens id eller nummer, fx 5.03
  --milestone      milepælens nummer i indsatsen (1, 2, …), opfølgningens id eller navn, eller economy
  --status         green|yellow|red|not-assessed (eller grøn|gul|rød|ikke-vurderet)
  --note TEKST     statusnoten; "" fjerner den
${whoHelp.da}
Afslutter med 1, hvis reglerne afviser vurderingen (filen er da uændret).
`,
    en: `Usage: milepael assess FILE.json --initiative ID --milestone N|ROUND|economy --status STATUS
                        [--note TEXT] [--by NAME] [--at TIME] [-o OUT]

Sets a status by the reading guide: economy only green/red, yellow and red need a status note,
red to green needs a new note, a milestone of a later round gives a warning, and a published
round cannot change. The change is written to the document's history.

  --initiative ID  the initiative's id or number, e.g. 5.03
  --milestone      the milestone's number in the initiative (1, 2, …), its round's id or label, or economy
  --status         green|yellow|red|not-assessed (or grøn|gul|rød|ikke-vurderet)
  --note TEXT      the status note; "" removes it
${whoHelp.en}
Exits 1 when the rules refuse the assessment (the file is then unchanged).
`,
  },
  async run(args, context) {
    const { locale } = context;
    const { values, file } = parseAssessArgs(args, locale, "initiative", "milestone", "status", "note");
    const wantedInitiative = required(values.initiative, "--initiative", locale);
    const wantedMilestone = required(values.milestone, "--milestone", locale);
    const status = statusWords[required(values.status, "--status", locale).toLowerCase()];
    if (status === undefined) throw new UsageError(cliMessage(locale, "status-invalid"));
    const actor = who(values, context);
    const document = await readFollowUp(file, context);
    if (document === null) return exitCode.failed;

    const initiatives = document.sections.flatMap((section) => section.initiatives);
    const byNumber = initiatives.filter((initiative) => initiative.number === wantedInitiative);
    const initiative =
      initiatives.find((candidate) => candidate.id === wantedInitiative) ??
      (byNumber.length === 1 ? byNumber[0] : undefined);
    let milestone: number | "economy" = -1;
    if (/^(economy|økonomi)$/i.test(wantedMilestone)) milestone = "economy";
    else if (/^\d+$/.test(wantedMilestone)) milestone = Number(wantedMilestone) - 1;
    else if (initiative !== undefined) {
      const round = findRound(document, wantedMilestone);
      if (round === undefined)
        throw new UsageError(cliMessage(locale, "milestone-unknown", { milestone: wantedMilestone }));
      const matches = initiative.milestones.flatMap((candidate, index) =>
        candidate.round === round.id ? [index] : [],
      );
      if (matches.length !== 1) {
        throw new UsageError(
          cliMessage(locale, "milestone-ambiguous", { milestone: wantedMilestone, count: matches.length }),
        );
      }
      milestone = matches[0] as number;
    }
    if (milestone !== "economy" && milestone < 0)
      throw new UsageError(cliMessage(locale, "milestone-from-one"));

    const result = assessStatus(document, {
      initiativeId: initiative?.id ?? wantedInitiative,
      milestone,
      status,
      note: values.note,
      ...actor,
    });
    return finish(file, result, values, context, (language) => {
      const event = result.event;
      if (event === null || event.type !== "assessed") return cliMessage(language, "unchanged");
      const what =
        event.target === "economy"
          ? cliMessage(language, "target-economy")
          : cliMessage(language, "target-milestone", { number: event.target + 1 });
      const label = findRound(result.document, event.round)?.label ?? event.round;
      return `${event.initiativeId} ${what}: ${event.from} → ${event.to} (${label})`;
    });
  },
};

export const publishCommand: Command = {
  name: "publish",
  summary: { da: "offentliggør og lås den åbne opfølgning", en: "publish and freeze the open round" },
  help: {
    da: `Brug: milepael publish FIL.json --round ID|NAVN [--by NAVN] [--at TIDSPUNKT] [-o UD]

Offentliggør opfølgningen og låser den; milepæle uden vurdering nævnes i en advarsel.
${whoHelp.da}
`,
    en: `Usage: milepael publish FILE.json --round ID|LABEL [--by NAME] [--at TIME] [-o OUT]

Publishes the round and freezes it; milestones without an assessment are listed in a warning.
${whoHelp.en}
`,
  },
  async run(args, context) {
    const { values, file } = parseAssessArgs(args, context.locale, "round");
    const wanted = required(values.round, "--round", context.locale);
    const actor = who(values, context);
    const document = await readFollowUp(file, context);
    if (document === null) return exitCode.failed;
    const round = findRound(document, wanted);
    const result = publishRound(document, round?.id ?? wanted, actor);
    return finish(file, result, values, context, (language) =>
      cliMessage(language, "published", { round: round?.label ?? "" }),
    );
  },
};

export const startRoundCommand: Command = {
  name: "start-round",
  summary: { da: "åbn en opfølgning for vurdering", en: "open a round for assessment" },
  help: {
    da: `Brug: milepael start-round FIL.json --round ID|NAVN [--label NAVN --cut-off ÅÅÅÅ-MM-DD
                             [--kind follow-up|half-year|year-end]] [--by NAVN] [--at TIDSPUNKT] [-o UD]

Åbner en opfølgning, som dokumentet har, eller en ny (med --label og --cut-off). Tidligere
opfølgninger låses.
${whoHelp.da}
`,
    en: `Usage: milepael start-round FILE.json --round ID|LABEL [--label LABEL --cut-off YYYY-MM-DD
                             [--kind follow-up|half-year|year-end]] [--by NAME] [--at TIME] [-o OUT]

Opens a round the document has, or a new one (with --label and --cut-off). Earlier rounds are
frozen.
${whoHelp.en}
`,
  },
  async run(args, context) {
    const { locale } = context;
    const { values, file } = parseAssessArgs(args, locale, "round", "label", "cut-off", "kind");
    const wanted = required(values.round, "--round", locale);
    const kind = values.kind ?? "follow-up";
    if (!(roundKinds as readonly string[]).includes(kind))
      throw new UsageError(cliMessage(locale, "kind-invalid"));
    const actor = who(values, context);
    const document = await readFollowUp(file, context);
    if (document === null) return exitCode.failed;
    const existing = findRound(document, wanted);
    const round: string | Round =
      existing !== undefined
        ? existing.id
        : values["cut-off"] === undefined
          ? wanted
          : {
              id: wanted,
              label: values.label ?? wanted,
              kind: kind as Round["kind"],
              cutOff: values["cut-off"],
            };
    const result = startRound(document, round, actor);
    return finish(file, result, values, context, (language) => {
      const label = findRound(result.document, typeof round === "string" ? round : round.id)?.label ?? wanted;
      return cliMessage(language, "round-open", { round: label });
    });
  },
};

export const reopenCommand: Command = {
  name: "reopen",
  summary: { da: "genåbn den senest offentliggjorte opfølgning", en: "reopen the latest published round" },
  help: {
    da: `Brug: milepael reopen FIL.json --round ID|NAVN --reason TEKST [--by NAVN] [--at TIDSPUNKT] [-o UD]

Genåbner den senest offentliggjorte opfølgning; begrundelsen står i historikken.
${whoHelp.da}
`,
    en: `Usage: milepael reopen FILE.json --round ID|LABEL --reason TEXT [--by NAME] [--at TIME] [-o OUT]

Reopens the latest published round; the reason stays in the history.
${whoHelp.en}
`,
  },
  async run(args, context) {
    const { values, file } = parseAssessArgs(args, context.locale, "round", "reason");
    const wanted = required(values.round, "--round", context.locale);
    const actor = who(values, context);
    const document = await readFollowUp(file, context);
    if (document === null) return exitCode.failed;
    const round = findRound(document, wanted);
    const result = reopenRound(document, round?.id ?? wanted, { reason: values.reason ?? "", ...actor });
    return finish(file, result, values, context, (language) =>
      cliMessage(language, "reopened", { round: round?.label ?? "" }),
    );
  },
};
