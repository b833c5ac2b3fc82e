import type { Locale } from "@milepael/core";
import type { CommandIO } from "./io";

/** What every command gets: where to write, the language of its messages, the environment. */
export interface CommandContext {
  io: CommandIO;
  locale: Locale;
  env: Record<string, string | undefined>;
  /** Reads standard input to its end, for the file name "-": its bytes (or text, in tests). */
  stdin: () => Promise<string | Uint8Array>;
  /**
   * The longest text, in characters, a command reads or writes (`--max-size`): one limit both
   * ways, so that milepael can always read back what it wrote.
   */
  maxSize: number;
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

/** Thrown when a command cannot finish (a file it cannot write): printed as it is, exit 1. */
export class CommandError extends Error {}
