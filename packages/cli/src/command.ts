import type { Locale } from "@milepael/core";
import type { CommandIO } from "./io";

/** What every command gets: where to write, the language of its messages, the environment. */
export interface CommandContext {
  io: CommandIO;
  locale: Locale;
  env: Record<string, string | undefined>;
  /** Reads standard input to its end, for the file name "-": its bytes (or text, in tests). */
  stdin: () => Promise<string | Uint8Array>;
}

/** One `milepael` command. */
export interface Command {
  name: string;
  summary: Record<Locale, string>;
  help: Record<Locale, string>;
  run: (args: string[], context: CommandContext) => Promise<number>;
}

/** Thrown by a command's argument parsing: printed with the command's help hint, exit 2. */
export class UsageError extends Error {}
