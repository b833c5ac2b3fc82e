// What does not import Word or PDF files does not pay for them: the static import graph of the main
// and lite entries never reaches the zip, XML or PDF libraries; importFile loads them with import().
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Every module and package an entry imports statically (`import … from`, `export … from`); type-only imports are erased. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, "utf8");
    for (const match of code.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+"([^"]+)"/gms)) {
      const target = match[1] as string;
      if (target.startsWith("."))
        visit(`${resolve(dirname(file), target)}.ts`.replace(/\/index\.ts\.ts$/, "/index.ts"));
      else packages.add(target);
    }
  };
  visit(resolve(src, entry));
  return { files, packages };
}

describe("the Word and PDF readers load only when a file needs them", () => {
  it.each(["index.ts", "lite.ts"])("%s imports no zip, XML or PDF library", (entry) => {
    const { packages, files } = staticGraph(entry);
    expect([...packages].filter((name) => /fflate|saxes|pdfjs/.test(name))).toEqual([]);
    expect([...files].some((file) => /import\/(docx|pdf)\//.test(file))).toBe(false);
  });

  it("the docx and pdf entries do bring them", () => {
    expect([...staticGraph("docx.ts").packages]).toEqual(expect.arrayContaining(["fflate", "saxes"]));
    expect(readFileSync(resolve(src, "import/pdf/importPdf.ts"), "utf8")).toContain('import("pdfjs-dist');
  });
});
