/** Where a command writes. Injected so that tests run commands in-process and read what they print. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes shared by every command. */
export const exitCode = {
  ok: 0,
  /** The input could not be read as what the command expects. */
  failed: 1,
  /** The command line itself was wrong. */
  usage: 2,
} as const;
