#!/usr/bin/env node
import { main } from "./main";
import { terminalWriter } from "./terminalSafe";

// A reader that stops early (`milepael export … | head`) closes the pipe: what is left to write
// has nowhere to go, which is no failure of milepael's. Leave quietly, with status 0. A closed
// pipe for the messages (stderr) ends only the messages: the work goes on, so a file written
// with -o is still written whole.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.stderr.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
  throw error;
});

const code = await main(
  process.argv.slice(2),
  { stdout: terminalWriter(process.stdout), stderr: terminalWriter(process.stderr) },
  process.env,
  async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    // Bytes, decoded like files (decodeText), so that a UTF-16 or Windows-1252 pipe reads too.
    return new Uint8Array(Buffer.concat(chunks));
  },
);
process.exitCode = code;
