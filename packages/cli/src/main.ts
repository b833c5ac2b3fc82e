import { defaultMaxInputLength, knownLocale, type Locale, toLocale } from "@milepael/core";
import { type Command, CommandError, UsageError } from "./command";
import { assessCommand, publishCommand, reopenCommand, startRoundCommand } from "./commands/assess";
import { dateCommand } from "./commands/date";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { reportCommand } from "./commands/report";
import { summaryCommand } from "./commands/summary";
import { validateCommand } from "./commands/validate";
import { fileErrorCode, fileErrorReason } from "./fileErrors";
import { type CommandIO, exitCode } from "./io";
import { cliMessage } from "./messages";
import { terminalSafe } from "./terminalSafe";
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
  // Committee papers (issue #21)
  reportCommand,
];

function overview(locale: Locale): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands
    .map((command) => `  ${command.name.padEnd(width)}   ${command.summary[locale]}`)
    .join("\n");
  return cliMessage(locale, "help", { version, list });
}

/**
 * Takes the options every command has (`--lang X`, `--max-size N`, also with `=`) out of the
 * arguments, wherever they stand. An option given without its value is kept as `""`, so that it is
 * refused rather than passed over: `--lang` at the end of a line must not run the command in Danish
 * as though it had not been typed.
 */
function extractGlobal(argv: readonly string[]): {
  lang: string | undefined;
  maxSize: string | undefined;
  rest: string[];
} {
  const rest: string[] = [];
  const found: Record<"lang" | "max-size", string | undefined> = { lang: undefined, "max-size": undefined };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    const name = (["lang", "max-size"] as const).find(
      (option) => arg === `--${option}` || arg.startsWith(`--${option}=`),
    );
    if (name === undefined) rest.push(arg);
    else if (arg === `--${name}`) {
      // Neither takes a value starting with "--": that is the next option, left for its command.
      const value = argv[index + 1];
      if (value === undefined || value.startsWith("--")) found[name] = "";
      else {
        found[name] = value;
        index += 1;
      }
    } else found[name] = arg.slice(name.length + 3);
  }
  return { lang: found.lang, maxSize: found["max-size"], rest };
}

/** `--max-size`: a whole number of characters, with k (1024) or M (1024²) after it if wanted. */
function parseMaxSize(value: string | undefined): number | null {
  if (value === undefined) return defaultMaxInputLength;
  const match = /^(\d+)\s*([kKmM]?)$/.exec(value.trim());
  if (match === null) return null;
  const size =
    Number(match[1]) * (match[2] === "" ? 1 : match[2]?.toLowerCase() === "k" ? 1024 : 1024 * 1024);
  return Number.isSafeInteger(size) && size > 0 ? size : null;
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
  const { lang, maxSize: maxSizeText, rest } = extractGlobal(argv);
  const chosenLocale = lang === undefined ? undefined : knownLocale(lang);
  // An empty LC_ALL is unset, as POSIX has it.
  const locale = chosenLocale ?? toLocale(env.LC_ALL || env.LANG);
  if (lang !== undefined && chosenLocale === undefined) {
    io.stderr(`milepael: ${cliMessage(locale, "lang-invalid", { value: terminalSafe(lang) })}\n`);
    return exitCode.usage;
  }
  const [first, ...args] = rest;
  const maxSize = parseMaxSize(maxSizeText);
  if (maxSize === null) {
    io.stderr(`milepael: ${cliMessage(locale, "max-size-invalid")}\n`);
    return exitCode.usage;
  }

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
    const name = terminalSafe(first);
    io.stderr(`milepael: ${cliMessage(locale, "unknown-command", { name })}\n`);
    return exitCode.usage;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(command.help[locale]);
    return exitCode.ok;
  }
  try {
    return await command.run(args, { io, locale, env, stdin, maxSize });
  } catch (error) {
    // parseArgs reports unknown options with a TypeError whose code starts with ERR_PARSE_ARGS.
    const code = (error as { code?: string }).code ?? "";
    if (error instanceof UsageError || code.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`milepael ${command.name}: ${(error as Error).message}\n\n${command.help[locale]}`);
      return exitCode.usage;
    }
    if (error instanceof CommandError) {
      io.stderr(`milepael ${command.name}: ${terminalSafe(error.message)}\n`);
      return exitCode.failed;
    }
    // A file the command could not read or write: its name and why, in the user's language.
    if (fileErrorCode(error) !== undefined) {
      const file = (error as { path?: unknown }).path;
      const where = typeof file === "string" ? `${terminalSafe(file)}: ` : "";
      io.stderr(`milepael ${command.name}: ${where}${fileErrorReason(error, locale)}\n`);
      return exitCode.failed;
    }
    throw error;
  }
}
