// What every published package carries: the licence, where it comes from, and dependency
// ranges a host's package manager can share (exact pins duplicate recharts and zod in hosts).

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const published = ["core", "ui", "cli"] as const;

interface Manifest {
  license?: string;
  repository?: { url?: string; directory?: string };
  homepage?: string;
  bugs?: { url?: string };
  files?: string[];
  dependencies?: Record<string, string>;
}
const manifest = (name: string): Manifest =>
  JSON.parse(readFileSync(path.join(root, "packages", name, "package.json"), "utf8"));

describe("the published packages", () => {
  it("have an MIT licence with its copyright holder at the root", () => {
    const licence = readFileSync(path.join(root, "LICENSE"), "utf8");
    expect(licence).toMatch(/^MIT License/);
    expect(licence).toContain("Copyright (c) 2026 milepael contributors");
  });

  it.each(published)("%s ships the licence in its tarball", (name) => {
    const own = path.join(root, "packages", name, "LICENSE");
    expect(existsSync(own)).toBe(true);
    expect(readFileSync(own, "utf8")).toBe(readFileSync(path.join(root, "LICENSE"), "utf8"));
    expect(manifest(name).files).toContain("LICENSE");
    expect(manifest(name).license).toBe("MIT");
  });

  it.each(published)("%s says where its source, home page and issues are", (name) => {
    const { repository, homepage, bugs } = manifest(name);
    expect(repository?.url).toMatch(/^git\+https:\/\//);
    expect(repository?.directory).toBe(`packages/${name}`);
    expect(homepage).toMatch(/^https:\/\//);
    expect(bugs?.url).toMatch(/^https:\/\//);
  });

  // pdfjs-dist 5.5 and later need Node 22; core supports Node 20, so it takes 5.4 patches only.
  const tildeRanges: Record<string, string> = { "pdfjs-dist": "~5.4.624" };

  it.each(published)("%s depends on caret ranges, not exact versions", (name) => {
    for (const [dependency, range] of Object.entries(manifest(name).dependencies ?? {})) {
      if (tildeRanges[dependency] !== undefined) expect(range).toBe(tildeRanges[dependency]);
      else expect(`${dependency}@${range}`).toMatch(/@(\^\d|workspace:\^$)/);
    }
  });
});
