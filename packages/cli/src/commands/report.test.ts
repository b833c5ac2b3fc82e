import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { importDocx } from "@milepael/core/docx";
import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binaryInFolder } from "../testing";

/** The built binary, as a user runs it, in a folder of its own. */
const { work, milepael } = binaryInFolder("report", { maxBuffer: 32 * 1024 * 1024 });
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(chromium);

const followUpFile = path.join(work, "opfoelgning.json");
const planFile = path.join(work, "plan.json");
const meetingsFile = path.join(work, "moeder.json");
writeFileSync(meetingsFile, JSON.stringify(meetingsLejre2017));
writeFileSync(followUpFile, JSON.stringify(budgetFollowUp2017));
writeFileSync(planFile, JSON.stringify(implementationPlan2017));

/** A PDF string as text: `(literal)` or `<FEFF…>` UTF-16 hex, as Chromium writes the info title. */
function pdfString(raw: string): string {
  if (raw.startsWith("<")) {
    const hex = raw.slice(1, -1).replace(/^FEFF/i, "");
    let text = "";
    for (let at = 0; at < hex.length; at += 4)
      text += String.fromCharCode(Number.parseInt(hex.slice(at, at + 4), 16));
    return text;
  }
  return raw.slice(1, -1);
}

describe("milepael report --format docx", () => {
  it("writes a Word file that milepael reads back as the same follow-up", async () => {
    const out = path.join(work, "opfoelgning.docx");
    const { code, stderr } = await milepael(["report", followUpFile, "--format", "docx", "-o", out]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(importDocx(new Uint8Array(readFileSync(out))).document).toEqual(budgetFollowUp2017);
  });

  it.each([
    [["--section", "99"], 'ukendt afsnit "99"; kendte: 5'],
    [["--round", "nope"], 'ukendt opfølgning "nope"; kendte: 2017-1, 2017-2, 2017-3'],
    [["--today", "2019-13-45"], "--today skal være en dato som ÅÅÅÅ-MM-DD"],
  ])("refuses a selection or date the paper cannot use: %j", async (args, message) => {
    const { code, stderr } = await milepael(["report", followUpFile, "--format", "html", ...args]);
    expect(code).not.toBe(0);
    expect(stderr).toContain(message);
  });

  it("takes a section by its number or its title, and refuses a round for a plan", async () => {
    const section = budgetFollowUp2017.sections[0];
    for (const name of [section?.number ?? "", section?.title ?? ""]) {
      const { code } = await milepael(["report", followUpFile, "--format", "html", "--section", name]);
      expect(code).toBe(0);
    }
    const plan = await milepael(["report", planFile, "--format", "html", "--round", "2017-1"]);
    expect(plan.code).not.toBe(0);
    expect(plan.stderr).toContain("--round og --section gælder kun budgetopfølgninger");
  });

  it("needs an output file for binary formats", async () => {
    const { code, stderr } = await milepael(["report", followUpFile, "--format", "docx"]);
    expect(code).toBe(2);
    expect(stderr).toContain("angiv -o UD");
  });
});

describe("milepael report --format html", () => {
  it("writes one self-contained Danish page: no script, real headings, every status in words", async () => {
    const { code, stdout } = await milepael([
      "report",
      followUpFile,
      "--format",
      "html",
      "--today",
      "2017-10-27",
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(stdout).not.toMatch(/<script|<link|src=/i);
    expect(stdout).toContain("<h1>Tredje opfølgning på Aftale om budget 2017</h1>");
    expect(stdout).toContain("<h2>5. Erhverv og Beskæftigelse</h2>");
    expect(stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="mp-chart" role="img"');
    const statuses = budgetFollowUp2017.sections.flatMap((section) =>
      section.initiatives.flatMap((initiative) => initiative.milestones.map((milestone) => milestone.status)),
    );
    const red = statuses.filter((status) => status === "red").length;
    // Milestone rows' red cells, plus the summary table's header and the chart table's header.
    expect(
      stdout.match(/data-status="red"[^>]*><span class="mp-Report-face" aria-hidden="true">☹<\/span>Rød/g)
        ?.length,
    ).toBeGreaterThanOrEqual(red);
  });
});

describe.skipIf(!hasChromium)("milepael report in Chromium", () => {
  let browser: import("playwright-core").Browser;
  beforeAll(async () => {
    const { chromium: launcher } = await import("playwright-core");
    browser = await launcher.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox"] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ["the follow-up", followUpFile],
    ["the plan", planFile],
    ["the meetings", meetingsFile],
  ])("writes HTML for %s that passes axe with the WCAG 2.1 AA rules", async (_name, file) => {
    const { stdout } = await milepael(["report", file, "--format", "html"]);
    const page = await browser.newPage();
    await page.setContent(stdout);
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return {
        failed: result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`),
        passed: (result as unknown as { passes: unknown[] }).passes.length,
      };
    });
    await page.close();
    expect(violations.failed).toEqual([]);
    // The rules ran on real content: tables, headings, contrast, language.
    expect(violations.passed).toBeGreaterThan(10);
  });

  it("prints a tagged PDF: structure tree with headings and tables, language da, the title", async () => {
    const out = path.join(work, "opfoelgning.pdf");
    const { code, stderr } = await milepael(["report", followUpFile, "--format", "pdf", "-o", out]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const pdf = readFileSync(out).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toMatch(/\/Type \/Catalog[\s\S]*?\/StructTreeRoot \d+ 0 R/);
    expect(pdf).toMatch(/\/MarkInfo <<(?:\/Type \/MarkInfo)?\s*\/Marked true/);
    expect(pdf).toMatch(/\/Outlines \d+ 0 R/);
    expect(pdf).toContain("/Lang (da)");
    for (const role of ["/S /H1", "/S /H2", "/S /H3", "/S /Table", "/S /TH", "/S /TD", "/S /Figure"])
      expect(pdf).toContain(role);
    const titles = [...pdf.matchAll(/\/Title (\([^)]*\)|<[0-9A-Fa-f]+>)/g)].map((match) =>
      pdfString(match[1] ?? ""),
    );
    expect(titles).toContain("Tredje opfølgning på Aftale om budget 2017");
  });

  it("says in Danish what is missing when there is no Chromium", async () => {
    const { code, stderr } = await milepael(["report", followUpFile, "--format", "pdf", "-o", "x.pdf"], {
      CHROMIUM_PATH: path.join(work, "no-chromium"),
    });
    expect(code).toBe(1);
    expect(stderr).toContain("PDF kræver Chromium");
    expect(stderr).toContain("--format html");
  });
});
