import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rollUp, statusLabel, statusValues } from "@milepael/core";
import { budgetFollowUp2017, communicationPlan2017 } from "@milepael/core/fixtures";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, chromiumForFile, openPage, demoUrl as url } from "./browser";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../packages/core/test/seeds");

const browser = chromiumForFile();

/** The seed's milestone counts at a round, computed by core: what the pages must show. */
function countsAt(round: string) {
  const counts = rollUp(budgetFollowUp2017)[0]?.rounds.find((entry) => entry.round === round)?.counts;
  if (!counts) throw new Error(`no round ${round}`);
  return counts;
}

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe("overview", () => {
  it("lists the seed documents with the follow-up's counts in its third round", async () => {
    const { page, errors } = await openPage(browser(), url());
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: budgetFollowUp2017.metadata.title }) });
    const headline = card.getByRole("list", { name: "Opfølgning: 3. budgetopfølgning 2017" });
    const counts = countsAt("2017-3");
    for (const status of statusValues) {
      const name = statusLabel(status, "milestone", "da").name.toLowerCase();
      expect(await headline.getByText(`${counts[status]} ${name}`, { exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole("heading", { name: communicationPlan2017.metadata.title }).count()).toBe(1);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("states every card's count in one format, the number first, on a phone too", async () => {
    const { page, errors } = await openPage(browser(), url(), { width: 360, height: 800 });
    const counts = await page.locator(".demo-card .demo-card-count").allTextContents();
    expect(counts.length).toBe(await page.locator(".demo-card").count());
    for (const count of counts) expect(count).toMatch(/^\d{1,3}(\.\d{3})* (indsatser|aktiviteter)$/);
    const overflowing = await page
      .locator(".demo-card, .demo-card *:not(.mp-visually-hidden)")
      .evaluateAll(
        (elements) => elements.filter((element) => element.scrollWidth > element.clientWidth + 1).length,
      );
    expect(overflowing).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lines up the cards' open buttons in a row", async () => {
    const { page, errors } = await openPage(browser(), url());
    const boxes = await page
      .locator(".demo-card > .mp-Button")
      .evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect()));
    const card = await page.locator(".demo-card").first().boundingBox();
    const firstRow = boxes.filter((box) => Math.abs(box.top - (boxes[0]?.top ?? 0)) < (card?.height ?? 0));
    expect(firstRow.length).toBeGreaterThan(1);
    expect(new Set(firstRow.map((box) => Math.round(box.bottom))).size).toBe(1);
    expect(new Set(boxes.map((box) => Math.round(box.height))).size).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switches to English, sets the document language and keeps it in the URL", async () => {
    const { page, errors } = await openPage(browser(), url());
    await page.getByRole("combobox", { name: "Sprog" }).selectOption("en");
    await page.getByRole("heading", { name: "Loaded documents" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.reload({ waitUntil: "networkidle" });
    await page.getByRole("heading", { name: "Loaded documents" }).waitFor();
    expect(page.url()).toContain("lang=en");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("navigation", () => {
  it("names each page in the tab and moves focus to the new page's heading", async () => {
    const { page, errors } = await openPage(browser(), url());
    // The title is set after the first render; on a loaded machine it may not be there at load.
    await page.waitForFunction(() => document.title === "Oversigt · milepael");
    expect(await page.title()).toBe("Oversigt · milepael");
    await page.getByRole("navigation", { name: "Sider" }).getByRole("link", { name: "Planer" }).click();
    await page.waitForFunction(() => document.title === "Planer · milepael");
    await page.waitForFunction(() => document.activeElement?.tagName === "H2");
    expect(await page.evaluate(() => document.activeElement === document.querySelector("#main h2"))).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("import drop zone", () => {
  it("is a labelled Danish drop zone whose button opens the file chooser, not the browser()'s raw input", async () => {
    const { page, errors } = await openPage(browser(), url("?page=import"));
    const zone = page.getByRole("group", { name: "Indlæs en fil" });
    const chooser = page.waitForEvent("filechooser");
    await zone.getByRole("button", { name: "Vælg en fil …" }).click();
    await (await chooser).setFiles(path.join(seeds, "kommunikationsplan-2017.txt"));
    await page.getByRole("heading", { name: /^kommunikationsplan-2017\.txt: Forstået/ }).waitFor();
    const raw = await page.getByLabel("Vælg fil").boundingBox();
    expect(raw?.width ?? 0).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("Danish data in English", () => {
  it("marks the documents' Danish titles and names lang=da on an English page", async () => {
    const { page, errors } = await openPage(browser(), url("?page=followup&lang=en"));
    await page.getByRole("heading", { level: 2 }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const title = page.locator("h2 [lang='da']").first();
    expect(await title.textContent()).toBe(budgetFollowUp2017.metadata.title);
    const initiative = page.locator(".mp-MilestoneTable-title").first();
    expect(await initiative.getAttribute("lang")).toBe("da");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("budget follow-up", () => {
  it("shows the summary, charts and table of the seed, and the round survives a reload", async () => {
    const { page, errors } = await openPage(browser(), url("?page=followup"));
    const summary = page.locator(".mp-StatusSummary");
    await summary.getByRole("heading", { name: "Status ved 3. budgetopfølgning 2017" }).waitFor();
    const red = summary.locator('.mp-StatusSummary-card[data-status="red"] .mp-StatusSummary-count');
    expect(await red.textContent()).toBe(String(countsAt("2017-3").red));
    expect(await page.getByRole("table").filter({ hasText: "UCC - anvendelse og udvikling" }).count()).toBe(
      1,
    );
    await page
      .getByRole("combobox", { name: /^Opfølgning/ })
      .first()
      .selectOption("2017-2");
    await summary.getByRole("heading", { name: "Status ved 2. budgetopfølgning 2017" }).waitFor();
    expect(await red.textContent()).toBe(String(countsAt("2017-2").red));
    await page.getByRole("searchbox", { name: "Søg" }).fill("byvåben");
    await page.getByText("Viser 1 af 14 indsatser").waitFor();
    await page.reload({ waitUntil: "networkidle" });
    await summary.getByRole("heading", { name: "Status ved 2. budgetopfølgning 2017" }).waitFor();
    expect(await page.getByRole("searchbox", { name: "Søg" }).inputValue()).toBe("byvåben");
    await page.getByText("Viser 1 af 14 indsatser").waitFor();
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets one round setting drive the summary, the table's filter, its caption and the heading", async () => {
    const { page, errors } = await openPage(browser(), url("?page=followup"));
    await page
      .getByRole("combobox", { name: /^Opfølgning/ })
      .first()
      .selectOption("2017-2");
    await page.getByRole("heading", { level: 2, name: /Viser 2\. budgetopfølgning 2017/ }).waitFor();
    const table = page.getByRole("table").filter({ hasText: "UCC - anvendelse og udvikling" });
    expect(await table.locator("caption").textContent()).toContain("2. budgetopfølgning 2017");
    const tableRound = page.locator(".mp-MilestoneTable").getByRole("combobox", { name: "Opfølgning" });
    expect(await tableRound.inputValue()).toBe("2017-2");
    await page.locator(".mp-MilestoneTable").getByRole("combobox", { name: "Status" }).selectOption("red");
    const redAtTwo = budgetFollowUp2017.sections
      .flatMap((section) => section.initiatives)
      .filter((initiative) =>
        initiative.milestones.some((milestone) => milestone.round === "2017-2" && milestone.status === "red"),
      ).length;
    await page.getByText(`Viser ${redAtTwo} af 14 indsatser`).waitFor();
    await tableRound.selectOption("2017-1");
    const summary = page.locator(".mp-StatusSummary");
    await summary.getByRole("heading", { name: "Status ved 1. budgetopfølgning 2017" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("takes the reader to an initiative's history when it is picked under Kræver opmærksomhed", async () => {
    const { page, errors } = await openPage(browser(), url("?page=followup"));
    await page
      .locator(".mp-StatusSummary")
      .getByRole("button", { name: "7.03 UCC - anvendelse og udvikling" })
      .click();
    await page.getByRole("figure", { name: /Udvikling for 7\.03/ }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "history-heading");
    const top = await page
      .locator("#history-heading")
      .evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows one initiative's history across the rounds", async () => {
    const { page, errors } = await openPage(browser(), url("?page=followup&initiative=7.03"));
    const chart = page.getByRole("figure", { name: /Udvikling for 7\.03/ });
    await chart.waitFor();
    expect(
      await chart
        .locator(".mp-Chart-dot")
        .evaluateAll((dots) => dots.map((dot) => dot.getAttribute("data-status"))),
    ).toEqual(["green", "red", "red"]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("plans", () => {
  it("draws a plan on the timeline and the wheel, and keeps the chosen plan and item in the URL", async () => {
    const { page, errors } = await openPage(browser(), url("?page=plans"));
    await page.getByRole("combobox", { name: /^Plan/ }).selectOption("communication-2017");
    const item = page.locator(".mp-Timeline").getByRole("button", { name: /primo marts 2017$/ });
    await item.click();
    await page
      .getByRole("region", { name: /Strategisk Ledelsesforum i forbindelse/ })
      .first()
      .waitFor();
    // One details panel for one selection, in the widget the reader used.
    expect(await page.locator(".mp-ActivityDetails").count()).toBe(1);
    expect(await page.locator(".mp-Timeline .mp-ActivityDetails").count()).toBe(1);
    await page.locator(".mp-AnnualWheel-svg [role=button]").first().click();
    await page.locator(".mp-AnnualWheel .mp-ActivityDetails").waitFor();
    expect(await page.locator(".mp-ActivityDetails").count()).toBe(1);
    await item.click();
    await page.locator(".mp-Timeline .mp-ActivityDetails").waitFor();
    expect(await page.locator(".mp-ActivityDetails").count()).toBe(1);
    expect(page.url()).toContain("plan=communication-2017");
    expect(page.url()).toContain("item=a12");
    await page.reload({ waitUntil: "networkidle" });
    expect(
      await page
        .locator(".mp-Timeline")
        .getByRole("button", { name: /primo marts 2017$/ })
        .getAttribute("aria-pressed"),
    ).toBe("true");
    expect(
      await page
        .locator(".mp-AnnualWheel")
        .getByRole("button", { name: /primo marts 2017$/ })
        .count(),
    ).toBe(1);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("import", () => {
  const seedFiles = [
    ["budgetopfoelgning-2017-3-del1.txt", budgetFollowUp2017.metadata.title],
    ["kommunikationsplan-2017.txt", communicationPlan2017.metadata.title],
    ["implementeringsplan-vision-2029.txt", "Implementeringsplan Vision 2029"],
    [
      "introduktionsprogram-kb-2018-2021.txt",
      "Introduktionsprogram for den nye Kommunalbestyrelse 2018-2021",
    ],
  ] as const;

  for (const [file, title] of seedFiles) {
    it(`reads ${file} and shows what it understood`, async () => {
      const { page, errors } = await openPage(browser(), url("?page=import"));
      await page.getByLabel("Vælg fil").setInputFiles(path.join(seeds, file));
      await page.getByRole("heading", { name: `${file}: Forstået: ${title}` }).waitFor();
      expect(await page.locator(".mp-MilestoneTable, .mp-Timeline").count()).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("explains a file that is no document, and a CSV cell it could not read, with its line", async () => {
    const { page, errors } = await openPage(browser(), url("?page=import"));
    await page
      .getByLabel("Vælg fil")
      .setInputFiles({ name: "brev.txt", mimeType: "text/plain", buffer: Buffer.from("Kære borger.\n") });
    await page
      .getByRole("heading", { name: "brev.txt: Teksten kunne ikke læses som et dokument." })
      .waitFor();
    expect(await page.locator('.demo-diagnostics li[data-level="error"]').textContent()).toContain(
      "Formatet kunne ikke genkendes",
    );
    const csv = "Indsats;Runde;Milepæl;Milepæl: status\nSkole;r1;Byggeri;Lilla\n";
    await page
      .getByLabel("Vælg fil")
      .setInputFiles({ name: "ark.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("heading", { name: /^ark\.csv: Forstået/ }).waitFor();
    const warning = page.locator('.demo-diagnostics li[data-level="warning"]').first();
    expect(await warning.textContent()).toContain("(linje 2)");
    expect(await warning.textContent()).toContain('"Lilla"');
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses a 50 MB file at once with its size and the limit, and stays usable", async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), "milepael-e2e-"));
    const file = path.join(folder, "kæmpe.csv");
    writeFileSync(file, `Dato;Aktivitet;Målgruppe\n${"8. maj 2017;Møde;Alle\n".repeat(2_400_000)}`);
    try {
      const { page, errors } = await openPage(browser(), url("?page=import"));
      await page.getByLabel("Vælg fil").setInputFiles(file);
      await page
        .getByRole("heading", { name: "kæmpe.csv: Teksten kunne ikke læses som et dokument." })
        .waitFor();
      expect(await page.locator('.demo-diagnostics li[data-level="error"]').textContent()).toContain(
        "Filen er for stor (52.800.025 tegn; grænsen er 33.554.432)",
      );
      // The page still answers: the next, normal file is read.
      await page.getByLabel("Vælg fil").setInputFiles(path.join(seeds, "kommunikationsplan-2017.txt"));
      await page.getByRole("heading", { name: /^kommunikationsplan-2017\.txt: Forstået/ }).waitFor();
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("adds an imported document to the overview", async () => {
    const { page } = await openPage(browser(), url("?page=import"));
    await page.getByLabel("Eller indsæt tekst").fill("Dato;Aktivitet;Målgruppe\n8. maj 2017;Kick-off;Alle\n");
    await page.getByRole("button", { name: "Læs teksten" }).click();
    await page.getByRole("heading", { name: "tekst: Forstået: Uden titel" }).waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "Oversigt" }).click();
    await page.getByRole("heading", { name: "Uden titel" }).waitFor();
    await page.close();
  });
});

describe("data from a URL and large data", () => {
  it("loads a document from ?src= with a loading state, and reports a failed fetch", async () => {
    const page = await browser().newPage();
    page.setDefaultTimeout(8_000);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const document = {
      ...communicationPlan2017,
      metadata: { ...communicationPlan2017.metadata, title: "Plan fra intranettet" },
    };
    // Match the path only: the page's own URL carries the same text in its query.
    await page.route(
      (target) => target.pathname === "/data/plan.json",
      (route) => route.fulfill({ json: document }),
    );
    await page.route(
      (target) => target.pathname === "/data/missing.json",
      (route) => route.fulfill({ status: 404, body: "" }),
    );
    await page.goto(url("?src=/data/plan.json"), { waitUntil: "networkidle" });
    await page.getByText("Hentet: Plan fra intranettet").waitFor();
    await page.getByRole("heading", { name: "Plan fra intranettet" }).waitFor();
    await page.goto(url("?src=/data/missing.json"), { waitUntil: "networkidle" });
    expect(await page.getByRole("alert").textContent()).toBe(
      "Dokumentet fra /data/missing.json kunne ikke hentes: Serveren svarede med fejl (HTTP 404).",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows 10,000 initiatives and 5,000 activities with only the rows in view in the page", async () => {
    const { page, errors } = await openPage(browser(), url("?page=large"));
    await page.getByText("Viser 10.000 af 10.000 indsatser").waitFor();
    expect(await page.locator(".mp-MilestoneTable-table tbody tr[data-index]").count()).toBeLessThan(80);
    expect(await page.locator(".mp-Timeline-row").count()).toBeLessThan(40);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
