import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { runMain } from "./testing";

const run = (argv: string[], env: Record<string, string> = {}) => runMain(argv, { env });

describe("milepael", () => {
  it("prints its package version", async () => {
    const { code, stdout } = await run(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(packageJson.version);
  });

  it("prints Danish help by default and English with --lang en", async () => {
    expect((await run(["--help"])).stdout).toContain("Brug:");
    const english = await run(["--help", "--lang", "en"]);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain("Usage:");
  });

  it("takes the language from LANG when --lang is absent", async () => {
    expect((await run(["--help"], { LANG: "en_GB.UTF-8" })).stdout).toContain("Usage:");
  });

  it("exits 2 on --lang without a language or with one it has no words for, saying which it takes", async () => {
    const missing = await run(["date", "Primo marts", "--lang"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--lang skal efterfølges af da eller en");
    expect(missing.stdout).toBe("");
    const unknown = await run(["date", "Primo marts", "--lang=fr"], { LANG: "en_GB.UTF-8" });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--lang must be da or en, not "fr"');
    // A language spelt as a locale is the language; an option after --lang is no language.
    expect((await run(["--help", "--lang", "en-GB"])).stdout).toContain("Usage:");
    const swallowed = await run(["date", "Primo marts", "--lang", "--max-size", "5"]);
    expect(swallowed.code).toBe(2);
    expect(swallowed.stderr).toContain("--lang skal efterfølges af da eller en");
  });

  it("reads an empty LC_ALL as unset, taking the language from LANG", async () => {
    expect((await run(["--help"], { LC_ALL: "", LANG: "en_GB.UTF-8" })).stdout).toContain("Usage:");
  });

  it("exits 2 on --max-size without a size rather than reading with the default", async () => {
    const { code, stderr } = await run(["date", "Primo marts", "--max-size"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--max-size skal være et positivt helt tal");
  });

  it("exits 2 with a message on an unknown command", async () => {
    const { code, stderr } = await run(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toContain('ukendt kommando "frobnicate"');
  });

  it("exits 2 and shows help when run without a command", async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toContain("milepael <kommando>");
    expect(stdout).toContain("date");
  });
});

describe("the built milepael binary", () => {
  const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist/bin.js");

  it("runs as an executable script and prints its version", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "--version"]);
    expect(stdout.trim()).toBe(packageJson.version);
  });
});
