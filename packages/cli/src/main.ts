import { parseArgs } from "node:util";
import { type Locale, toLocale } from "@milepael/core";
import { type CommandIO, exitCode } from "./io";
import { version } from "./version";

const help: Record<Locale, string> = {
  da: `milepael ${version}: kommunale planer og budgetopfølgninger som data

Brug:
  milepael <kommando> [valg]

Valg:
  -h, --help       vis denne hjælp
  -v, --version    vis versionen
  --lang da|en     sprog for meddelelser (standard: da, eller LANG)
`,
  en: `milepael ${version}: municipal plans and budget follow-ups as data

Usage:
  milepael <command> [options]

Options:
  -h, --help       show this help
  -v, --version    show the version
  --lang da|en     language of messages (default: da, or LANG)
`,
};

const unknownCommand: Record<Locale, (name: string) => string> = {
  da: (name) => `milepael: ukendt kommando "${name}". Se milepael --help.`,
  en: (name) => `milepael: unknown command "${name}". See milepael --help.`,
};

/**
 * Runs the `milepael` command line and returns its exit code.
 *
 * @example
 * const code = await main(["--version"], { stdout: console.log, stderr: console.error });
 */
export async function main(
  argv: readonly string[],
  io: CommandIO,
  env: Record<string, string | undefined> = {},
): Promise<number> {
  let parsed: ReturnType<typeof parseGlobal>;
  try {
    parsed = parseGlobal(argv);
  } catch (error) {
    io.stderr(`milepael: ${(error as Error).message}\n`);
    return exitCode.usage;
  }
  const locale = toLocale(parsed.values.lang ?? env.LANG);
  if (parsed.values.version) {
    io.stdout(`${version}\n`);
    return exitCode.ok;
  }
  const [command] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === "help") {
    io.stdout(help[locale]);
    return command === undefined && !parsed.values.help ? exitCode.usage : exitCode.ok;
  }
  io.stderr(`${unknownCommand[locale](command)}\n`);
  return exitCode.usage;
}

function parseGlobal(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    options: {
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
      lang: { type: "string" },
    },
  }) as { values: { help?: boolean; version?: boolean; lang?: string }; positionals: string[] };
}
