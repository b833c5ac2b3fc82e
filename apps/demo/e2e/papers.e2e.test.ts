// Committee papers (issue #21): "Hent som Word", "Hent som PDF" and "Udskriv" on the follow-up,
// plan and meetings pages. The Word file is read back with core's importer; the print view is checked under
// print media (window.print itself is counted, not run: it would block a headless page).
import { readFileSync } from "node:fs";
import { docxSourceLines, importDocx } from "@milepael/core/docx";
import { budgetFollowUp2017, implementationPlan2017, meetingsLejre2017 } from "@milepael/core/fixtures";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumForFile, openPage, demoUrl as url } from "./browser";

const browser = chromiumForFile();

async function openWithPrintCounted(query: string) {
  const opened = await openPage(browser(), url(query));
  await opened.page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  return opened;
}

async function downloadWord(page: Page): Promise<Uint8Array> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Hent som Word" }).click(),
  ]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  return new Uint8Array(readFileSync(file));
}

describe("committee papers", () => {
  it("downloads the follow-up as a Word file that reads back as the follow-up", async () => {
    const { page, errors } = await openWithPrintCounted("?page=followup");
    const bytes = await downloadWord(page);
    const { document } = importDocx(bytes);
    expect(document).toEqual(budgetFollowUp2017);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("prints the follow-up as the paper: only the paper in print, title, summary and a table per initiative", async () => {
    const { page, errors } = await openWithPrintCounted("?page=followup");
    await page.getByRole("button", { name: "Udskriv" }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    await page.emulateMedia({ media: "print" });
    const paper = page.locator(".demo-paper");
    expect(
      await paper.getByRole("heading", { level: 1, name: budgetFollowUp2017.metadata.title }).isVisible(),
    ).toBe(true);
    expect(await paper.getByRole("heading", { level: 2, name: "Sammenfatning" }).isVisible()).toBe(true);
    const initiatives = budgetFollowUp2017.sections.flatMap((section) => section.initiatives).length;
    expect(await paper.locator('table[data-role="initiative"]').count()).toBe(initiatives);
    expect(await page.locator(".demo-header").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    expect(await paper.isVisible()).toBe(false);
    // "Hent som PDF" is the same paper through the print dialog, where the browser() saves the PDF.
    await page.getByRole("button", { name: "Hent som PDF" }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("downloads and prints the plan", async () => {
    const { page, errors } = await openWithPrintCounted("?page=plans");
    const bytes = await downloadWord(page);
    const { document } = importDocx(bytes);
    expect(document?.metadata.title).toBe(implementationPlan2017.metadata.title);
    await page.getByRole("button", { name: "Hent som PDF" }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    await page.emulateMedia({ media: "print" });
    expect(
      await page
        .locator(".demo-paper")
        .getByRole("heading", { level: 1, name: implementationPlan2017.metadata.title })
        .isVisible(),
    ).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("downloads the meetings as a Word file whose pages list every item, and prints them", async () => {
    const { page, errors } = await openWithPrintCounted("?page=meetings");
    const bytes = await downloadWord(page);
    expect(importDocx(bytes).document).toEqual(meetingsLejre2017);
    // The pages themselves, not only the copy the file carries: a table row per item.
    const read = docxSourceLines(bytes);
    const pages = read.ok ? read.lines.map((line) => line.text).join("\n") : "";
    const items = meetingsLejre2017.meetings.flatMap((meeting) => meeting.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(pages).toContain(item.title);

    await page.getByRole("button", { name: "Hent som PDF" }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    await page.emulateMedia({ media: "print" });
    const paper = page.locator(".demo-paper");
    expect(
      await paper.getByRole("heading", { level: 1, name: meetingsLejre2017.metadata.title }).isVisible(),
    ).toBe(true);
    const withItems = meetingsLejre2017.meetings.filter((meeting) => meeting.items.length > 0).length;
    expect(await paper.locator('table[data-role="meeting"]').count()).toBe(withItems);
    expect(
      await paper
        .getByRole("cell", { name: items[0]?.title ?? "" })
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.getByRole("heading", { level: 2, name: "Møder og beslutninger" }).isVisible()).toBe(
      false,
    );
    await page.emulateMedia({ media: "screen" });
    expect(await paper.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Udskriv" }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
