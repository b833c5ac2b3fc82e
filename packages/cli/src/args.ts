import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Locale } from "@milepael/core";
import { UsageError } from "./command";
import { cliMessage } from "./messages";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a command that reads exactly one file (or "-" for standard input): its options and the
 * file, or a `UsageError` in the user's language when there is not exactly one.
 *
 * @example
 * const { values, file } = parseFileArgs(args, { output: { type: "string", short: "o" } }, locale);
 */
export function parseFileArgs<const Options extends OptionsConfig>(
  args: string[],
  options: Options,
  locale: Locale,
) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  if (positionals.length !== 1) throw new UsageError(cliMessage(locale, "one-file"));
  return { values, file: positionals[0] as string };
}

/** `-o, --output OUT`: every command that writes a file takes it. */
export const outputOption = { output: { type: "string", short: "o" } } as const;

/**
 * Options that each take one string, by name: `stringOptions("round", "label")` for
 * `--round ID --label LABEL`.
 *
 * @example
 * parseFileArgs(args, { ...stringOptions("round", "reason"), json: { type: "boolean" } }, locale);
 */
export function stringOptions<const Name extends string>(
  ...names: Name[]
): { [Key in Name]: { type: "string" } } {
  return Object.fromEntries(names.map((name) => [name, { type: "string" }])) as {
    [Key in Name]: { type: "string" };
  };
}
