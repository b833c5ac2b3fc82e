// The command as a function, for embedding and tests

export { type CommandIO, exitCode } from "./io";
export { main } from "./main";
export { version } from "./version";
