import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, chromiumForFile, openPage, demoUrl as url } from "./browser";

// The seeds as Word holds them and as LibreOffice saves them to PDF (packages/core/test/office).
const office = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../packages/core/test/office",
);
const followUpDocx = readFileSync(path.join(office, "budgetopfoelgning-2017-3-del1.docx"));
const followUpTitle = "Tredje opfølgning på Aftale om budget 2017";
const programmePdf = readFileSync(path.join(office, "introduktionsprogram-kb-2018-2021.pdf"));
const scriptedPdf = readFileSync(path.join(office, "hostile/javascript-and-form.pdf"));
const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const browser = chromiumForFile();

/**
 * The import page, recording Content-Security-Policy violations (registered through DevTools before
 * the page's scripts, so the policy does not apply to the recorder) and every text the status
 * region and the progress bar show, as a screen reader would hear them.
 */
async function openImportPage() {
  const { page, errors } = await openPage(browser(), "about:blank");
  await page.addInitScript(() => {
    const seen = { violations: [] as string[], statuses: [] as string[], bars: [] as string[] };
    Object.assign(window, { seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
    new MutationObserver(() => {
      const status = document.querySelector('.demo-progress[role="status"]')?.textContent ?? "";
      if (status !== "" && seen.statuses.at(-1) !== status) seen.statuses.push(status);
      const bar = document.querySelector("progress");
      if (bar) seen.bars.push(`${bar.getAttribute("value")}/${bar.getAttribute("max")}`);
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(url("?page=import"), { waitUntil: "networkidle" });
  const seen = () =>
    page.evaluate(
      () =>
        (window as unknown as { seen: { violations: string[]; statuses: string[]; bars: string[] } }).seen,
    );
  /** The scripts of pdf.js and its worker, fetched only when a PDF comes. */
  const pdfScripts = () => requests.filter((path) => /\/assets\/pdf[-.]/.test(path));
  return { page, errors, seen, pdfScripts };
}

/** Drops a file with these bytes on the import page's drop zone, as a user drags one there. */
async function dropFile(page: Page, name: string, type: string, bytes: Buffer) {
  await page.evaluate(
    ({ name, type, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const zone = document.querySelector(".demo-drop");
      zone?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, type, bytes: [...bytes] },
  );
}

describe("import reads Word and PDF files in the worker", () => {
  it("says which files it takes, and offers .docx and .pdf in the file picker", async () => {
    const { page, errors } = await openImportPage();
    const input = page.getByLabel("Vælg fil");
    const accept = (await input.getAttribute("accept"))?.split(",") ?? [];
    expect(accept).toEqual(expect.arrayContaining([".docx", ".pdf", docxType, "application/pdf"]));
    expect(await input.getAttribute("aria-describedby")).not.toBeNull();
    expect(await page.locator(".demo-drop").textContent()).toContain("Word (.docx), PDF");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads a picked Word follow-up with the yellow faces its text could not tell from red", async () => {
    const { page, errors, seen, pdfScripts } = await openImportPage();
    await page
      .getByLabel("Vælg fil")
      .setInputFiles({ name: "opfølgning.docx", mimeType: docxType, buffer: followUpDocx });
    await page.getByRole("heading", { name: `opfølgning.docx: Forstået: ${followUpTitle}` }).waitFor();
    const outcome = page.locator(".demo-outcome");
    // The seed's 14 initiatives, counted in the table's section rows ("5. Erhverv …2 indsatser").
    const sections = await outcome.locator("tbody tr").allTextContents();
    const initiatives = sections
      .map((row) => /(\d+) indsatser?$/.exec(row)?.[1])
      .reduce((sum, count) => sum + Number(count ?? 0), 0);
    expect(initiatives).toBe(14);
    // The text seed shows yellow and red alike as ☹ (read as red and flagged); Word tells them apart.
    const yellow = outcome.locator('.mp-Smiley[data-status="yellow"]');
    expect(await yellow.count()).toBeGreaterThan(0);
    // A smiley without words beside it is itself the image, named by its status.
    expect(await yellow.first().getAttribute("role")).toBe("img");
    expect(await yellow.first().getAttribute("aria-label")).toMatch(/gul/i);
    // Findings point at Word's tables, rows and cells, not at lines of text.
    expect(await page.locator(".demo-diagnostics").textContent()).toMatch(/tabel \d+, række \d+/);
    expect(await axeViolations(page)).toEqual([]);
    expect(pdfScripts()).toEqual([]);
    expect((await seen()).violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads a dropped PDF plan page by page, with its progress announced and drawn", async () => {
    const { page, errors, seen, pdfScripts } = await openImportPage();
    expect(pdfScripts()).toEqual([]);
    await dropFile(page, "introduktionsprogram.pdf", "application/pdf", programmePdf);
    await page
      .getByRole("heading", {
        name: "introduktionsprogram.pdf: Forstået: Introduktionsprogram for den nye Kommunalbestyrelse 2018-2021",
      })
      .waitFor();
    expect(await page.locator(".mp-Timeline").textContent()).toContain("Kattegatkursus");
    // Findings point at the PDF's page and line.
    expect(await page.locator(".demo-diagnostics").textContent()).toContain("(side 2, linje 22)");
    const { statuses, bars, violations } = await seen();
    // Each page as it is read (a busy machine may render two updates as one, so at least one).
    expect(statuses).toEqual(expect.arrayContaining([expect.stringMatching(/^Læser side [12] af 2 …$/)]));
    expect(bars).toEqual(expect.arrayContaining([expect.stringMatching(/^[12]\/2$/)]));
    // Done: the status region says where the document is kept (no page count left), the bar is gone.
    await expect
      .poll(() => page.locator('.demo-progress[role="status"]').textContent())
      .toBe("Gemt i browseren: dokumentet er her også, når siden genindlæses.");
    expect(await page.locator("progress").count()).toBe(0);
    // pdf.js and its worker, each a file of its own, loaded now.
    expect(pdfScripts()).toEqual([
      expect.stringMatching(/\/assets\/pdf-[\w-]+\.js$/),
      expect.stringMatching(/\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/),
    ]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says in Danish that a truncated Word file is damaged, and shows no document", async () => {
    const { page, errors, seen } = await openImportPage();
    await page.getByLabel("Vælg fil").setInputFiles({
      name: "afbrudt.docx",
      mimeType: docxType,
      buffer: followUpDocx.subarray(0, Math.floor(followUpDocx.length / 2)),
    });
    await page
      .getByRole("heading", { name: "afbrudt.docx: Teksten kunne ikke læses som et dokument." })
      .waitFor();
    expect(await page.locator('.demo-diagnostics li[data-level="error"]').first().textContent()).toContain(
      "Word-filen er beskadiget eller ufuldstændig",
    );
    expect(await page.locator(".mp-MilestoneTable").count()).toBe(0);
    expect((await seen()).violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses a dropped PDF with JavaScript in Danish, without running it", async () => {
    const { page, errors, seen } = await openImportPage();
    await dropFile(page, "formular.pdf", "application/pdf", scriptedPdf);
    await page
      .getByRole("heading", { name: "formular.pdf: Teksten kunne ikke læses som et dokument." })
      .waitFor();
    expect(await page.locator('.demo-diagnostics li[data-level="error"]').first().textContent()).toContain(
      "PDF-filen indeholder JavaScript og læses ikke",
    );
    expect((await seen()).violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
