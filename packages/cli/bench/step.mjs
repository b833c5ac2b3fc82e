// One `milepael` command run in this process, as the binary would run it, for the bench: what it
// writes is counted and dropped, and the process's CPU time and peak memory are printed as JSON.
import { readFile } from "node:fs/promises";
import { main } from "../dist/index.js";

let written = 0;
const sink = (text) => {
  written += text.length;
};
const cpuStarted = process.cpuUsage();
const code = await main(process.argv.slice(2), { stdout: sink, stderr: sink }, {}, async () =>
  readFile("/dev/null"),
);
const cpu = process.cpuUsage(cpuStarted);
console.log(
  JSON.stringify({
    code,
    written,
    cpuMs: (cpu.user + cpu.system) / 1000,
    // Peak resident memory of the whole process: heap, strings outside it and Node itself.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
