// For the CLI's tests: the built binary run as a user or a script runs it.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { main } from "./main";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The built binary. */
export const bin = path.resolve(here, "../dist/bin.js");

/** Core's seed documents (the real source texts), to import as a user would. */
export const seeds = path.resolve(here, "../../core/test/seeds");

/** Core's Word and PDF test files. */
export const office = path.resolve(here, "../../core/test/office");

/** What a run of the binary gave: its exit code and what it printed. */
export interface BinaryRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A fresh temporary folder for a test file's files, and a function that runs the built binary in
 * it: with the test's environment (or `options.env` alone, as a script's restricted environment),
 * plus any variables a call adds.
 *
 * @example
 * const { work, milepael } = binaryInFolder("assess", { env: { PATH: process.env.PATH } });
 * const { code, stderr } = await milepael(["validate", "plan.json"]);
 */
export function binaryInFolder(
  name: string,
  options: { env?: NodeJS.ProcessEnv; maxBuffer?: number } = {},
): { work: string; milepael: (args: string[], env?: Record<string, string>) => Promise<BinaryRun> } {
  const work = mkdtempSync(path.join(tmpdir(), `milepael-${name}-`));
  const milepael = async (args: string[], env?: Record<string, string>): Promise<BinaryRun> => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
        cwd: work,
        ...(options.env === undefined && env === undefined
          ? {}
          : { env: { ...(options.env ?? process.env), ...env } }),
        ...(options.maxBuffer === undefined ? {} : { maxBuffer: options.maxBuffer }),
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as BinaryRun;
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  return { work, milepael };
}

/**
 * Runs the command in this process as the binary would run it with these arguments (an empty
 * environment unless given, standard input as given): its exit code and what it printed.
 *
 * @example
 * const { code, stdout } = await runMain(["date", "Primo marts", "--year", "2017"]);
 */
export async function runMain(
  argv: string[],
  { env = {}, stdin = "" }: { env?: Record<string, string>; stdin?: string | Uint8Array } = {},
): Promise<BinaryRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(
    argv,
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) },
    env,
    async () => stdin,
  );
  return { code, stdout, stderr };
}
