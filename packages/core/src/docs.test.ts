import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") && !name.includes(".test.") && !name.includes(".arbitrary.") ? [full] : [];
  });
}

describe("API documentation", () => {
  it("gives every exported function TSDoc with an @example", () => {
    const undocumented: string[] = [];
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/export function (\w+)/g)) {
        const before = text.slice(0, match.index);
        const doc = before.slice(before.lastIndexOf("/**"));
        const documented = before.trimEnd().endsWith("*/") && doc.includes("@example");
        if (!documented) undocumented.push(`${path.relative(src, file)}: ${match[1]}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
