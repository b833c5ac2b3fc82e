import { type Locale, toLocale } from "@milepael/core";
import { type Command, UsageError } from "./command";
import { assessCommand, publishCommand, reopenCommand, startRoundCommand } from "./commands/assess";
import { dateCommand } from "./commands/date";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { summaryCommand } from "./commands/summary";
import { validateCommand } from "./commands/validate";
import { type CommandIO, exitCode } from "./io";
import { version } from "./version";

const commands: readonly Command[] = [
  importCommand,
  validateCommand,
  summaryCommand,
  exportCommand,
  dateCommand,
  // Assessing a follow-up round (issue #20)
  startRoundCommand,
  assessCommand,
  publishCommand,
  reopenCommand,
];

function overview(locale: Locale): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands
    .map((command) => `  ${command.name.padEnd(width)}   ${command.summary[locale]}`)
    .join("\n");
  return locale === "da"
    ? `milepael ${version}: kommunale planer og budgetopfølgninger som data

Brug:
  milepael <kommando> [valg]
  milepael <kommando> --help

Kommandoer:
${list}

Valg:
  -h, --help       vis hjælp
  -v, --version    vis versionen
  --lang da|en     sprog for meddelelser (standard: da, eller LANG)
`
    : `milepael ${version}: municipal plans and budget follow-ups as data

Usage:
  milepael <command> [options]
  milepael <command> --help

Commands:
${list}

Options:
  -h, --help       show help
  -v, --version    show the version
  --lang da|en     language of messages (default: da, or LANG)
`;
}

/** Takes `--lang X` / `--lang=X` out of the arguments, wherever it stands. */
function extractLang(argv: readonly string[]): { lang: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === "--lang") {
      lang = argv[index + 1];
      index += 1;
    } else if (arg.startsWith("--lang=")) {
      lang = arg.slice("--lang=".length);
    } else {
      rest.push(arg);
    }
  }
  return { lang, rest };
}

/**
 * Runs the `milepael` command line and returns its exit code: 0 on success, 1 when the input
 * could not be read as what the command expects, 2 on bad usage.
 *
 * @example
 * const code = await main(["date", "Primo marts", "--year", "2017"], { stdout: console.log, stderr: console.error });
 */
export async function main(
  argv: readonly string[],
  io: CommandIO,
  env: Record<string, string | undefined> = {},
  stdin: () => Promise<string | Uint8Array> = async () => "",
): Promise<number> {
  const { lang, rest } = extractLang(argv);
  const locale = toLocale(lang ?? env.LC_ALL ?? env.LANG);
  const [first, ...args] = rest;

  if (first === "-v" || first === "--version") {
    io.stdout(`${version}\n`);
    return exitCode.ok;
  }
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    io.stdout(overview(locale));
    return first === undefined ? exitCode.usage : exitCode.ok;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (command === undefined) {
    const message = locale === "da" ? `ukendt kommando "${first}"` : `unknown command "${first}"`;
    io.stderr(`milepael: ${message}. ${locale === "da" ? "Se" : "See"} milepael --help.\n`);
    return exitCode.usage;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(command.help[locale]);
    return exitCode.ok;
  }
  try {
    return await command.run(args, { io, locale, env, stdin });
  } catch (error) {
    // parseArgs reports unknown options with a TypeError whose code starts with ERR_PARSE_ARGS.
    const code = (error as { code?: string }).code ?? "";
    if (error instanceof UsageError || code.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`milepael ${command.name}: ${(error as Error).message}\n\n${command.help[locale]}`);
      return exitCode.usage;
    }
    throw error;
  }
}
