// @vitest-environment node
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The spacing scale, as tokens.css states it: each use carries its step as the fallback. */
const scale: Record<string, string> = { "1": "0.25rem", "2": "0.5rem", "3": "1rem" };

const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stylesheets = readdirSync(source, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".css"))
  .map((file) => ({ file, css: readFileSync(path.join(source, file), "utf8") }));

describe("the spacing tokens", () => {
  it("are read with their step of the scale as fallback, resolved where the widget is", () => {
    const uses = stylesheets.flatMap(({ file, css }) =>
      [...css.matchAll(/var\(--mp-space-(\d)\b[^)]*\)/g)].map(([use, step]) => ({
        file,
        use,
        expected: `var(--mp-space-${step}, ${scale[step ?? ""]})`,
      })),
    );
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.filter(({ use, expected }) => use !== expected)).toEqual([]);
  });

  it("have no default declared on an ancestor, where it would be resolved against that ancestor's --mp-rem", () => {
    const declared = stylesheets.filter(({ css }) => /--mp-space-\d\s*:/.test(css)).map(({ file }) => file);
    expect(declared).toEqual([]);
  });
});
