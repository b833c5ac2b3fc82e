#!/usr/bin/env node
import { main } from "./main";

const code = await main(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  process.env,
  async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    // Bytes, decoded like files (decodeText), so that a UTF-16 or Windows-1252 pipe reads too.
    return new Uint8Array(Buffer.concat(chunks));
  },
);
process.exitCode = code;
