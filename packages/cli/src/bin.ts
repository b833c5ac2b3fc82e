#!/usr/bin/env node
import { main } from "./main";

const code = await main(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  process.env,
);
process.exitCode = code;
