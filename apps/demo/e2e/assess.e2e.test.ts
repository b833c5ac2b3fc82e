import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, chromiumForFile, demoUrl as url } from "./browser";

const browser = chromiumForFile();

const centre = "By, Erhverv og Miljø";

/** What the demo's IndexedDB holds for a document, read in the page the way the app wrote it. */
function storedDocument(page: Page, id: string) {
  return page.evaluate(
    (documentId) =>
      new Promise<{
        version: number;
        document: {
          currentRound?: string;
          rounds: { id: string; state?: string }[];
          history?: {
            type: string;
            by: string;
            at: string;
            to?: string;
            note?: string;
            target?: unknown;
            initiativeId?: string;
          }[];
        };
      } | null>((resolve, reject) => {
        const request = indexedDB.open("milepael-demo");
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const read = request.result.transaction("documents").objectStore("documents").get(documentId);
          read.onsuccess = () => {
            resolve(read.result ?? null);
            request.result.close();
          };
          read.onerror = () => reject(read.error);
        };
      }),
    id,
  );
}

/** The assessment table's row of an initiative's milestone or economy line. */
const row = (page: Page, initiative: string, target: "economy" | "milestone") =>
  page
    .getByRole("table", { name: /Vurdering af/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${initiative}`) }) })
    .and(page.locator(`[data-target="${target}"]`));

/** Focuses a row's smileys (their one tab stop) from the keyboard's point of view. */
async function focusPicker(rowLocator: Locator) {
  await rowLocator.getByRole("radio", { checked: true }).focus();
}

async function openAssess(page: Page) {
  await page.goto(url("?page=assess"), { waitUntil: "networkidle" });
  await page.getByRole("heading", { name: "Vurdér en opfølgning" }).waitFor();
}

describe("assessing a follow-up round", () => {
  it("starts round 4, assesses a centre's milestones by keyboard, refuses what the guide refuses, survives a reload and publishes", async () => {
    const context = await browser().newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await openAssess(page);

    await page.getByRole("textbox", { name: /Dit navn/ }).focus();
    await page.keyboard.type("Anne Centerchef");
    await page.getByRole("button", { name: "Start 4. budgetopfølgning 2017" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("table", { name: "Vurdering af 4. budgetopfølgning 2017" }).waitFor();
    await page.getByRole("combobox", { name: "Center" }).selectOption(centre);

    const initiatives = await page
      .getByRole("table", { name: /Vurdering af/ })
      .getByRole("rowheader")
      .allTextContents();
    const names = [...new Set(initiatives.map((name) => name.split(" ")[0] ?? ""))];
    expect(names.length).toBe(2);
    const [first, second] = names as [string, string];

    // Economy yellow: refused, with the reason beside the smileys.
    const economy = row(page, first, "economy");
    await focusPicker(economy);
    await page.keyboard.press("2");
    const refusal = economy.locator('[data-code="assessment.level-not-on-scale"]');
    await expect.poll(() => refusal.textContent()).toMatch(/^⛔ Afvist: .*(grøn|green)/i);
    // Tied to the smileys, so a screen reader hears it with the choice.
    const describedBy = await economy.getByRole("radio", { name: "Gul" }).getAttribute("aria-describedby");
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/Afvist/);
    await page.keyboard.press("Tab"); // to the note
    await page.keyboard.press("Tab"); // out of the row: the save is tried and refused
    expect(await economy.getByText(/Afvist/).count()).toBeGreaterThan(0);
    // Green instead, with the arrow keys.
    await focusPicker(economy);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");

    // A milestone red without a note: refused, and why.
    const milestone = row(page, first, "milestone");
    await focusPicker(milestone);
    await page.keyboard.press("3");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await milestone.getByText(/statusnote|note/i).count()).toBeGreaterThan(0);
    expect(await milestone.getByText(/Afvist/).count()).toBeGreaterThan(0);
    await page.keyboard.type("Lokalplanen er forsinket af statens afklaring");
    await page.keyboard.press("Enter");
    await expect.poll(() => milestone.getByText(/Afvist/).count()).toBe(0);
    await page.getByRole("status").filter({ hasText: "Gemt i browseren." }).waitFor();

    // Half-way: reload. The saved changes come from IndexedDB, the half-written note from the draft.
    const secondEconomy = row(page, second, "economy");
    await focusPicker(secondEconomy);
    await page.keyboard.press("1");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Halvt skrevet");
    await page.reload({ waitUntil: "networkidle" });
    const stored = await storedDocument(page, "followup-2017-3");
    expect(stored?.document.currentRound).toBe("2017-4");
    const assessed = (stored?.document.history ?? []).filter((event) => event.type === "assessed");
    expect(assessed).toEqual([
      expect.objectContaining({ initiativeId: first, target: "economy", to: "green", by: "Anne Centerchef" }),
      expect.objectContaining({
        initiativeId: first,
        target: expect.any(Number),
        to: "red",
        note: "Lokalplanen er forsinket af statens afklaring",
      }),
    ]);
    await page.getByRole("table", { name: "Vurdering af 4. budgetopfølgning 2017" }).waitFor();
    await page.getByRole("combobox", { name: "Center" }).selectOption(centre);
    expect(await row(page, second, "economy").getByRole("textbox").inputValue()).toBe("Halvt skrevet");

    // Continue: the rest of the centre, by keyboard.
    await focusPicker(row(page, second, "economy"));
    await page.keyboard.press("Enter");
    const secondMilestone = row(page, second, "milestone");
    await focusPicker(secondMilestone);
    await page.keyboard.press("1");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect
      .poll(
        async () =>
          ((await storedDocument(page, "followup-2017-3"))?.document.history ?? []).filter(
            (event) => event.type === "assessed",
          ).length,
      )
      .toBe(4);

    // Publish, then the follow-up page shows round 4.
    await page.getByRole("button", { name: "Offentliggør 4. budgetopfølgning 2017" }).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(
        async () =>
          (await storedDocument(page, "followup-2017-3"))?.document.rounds.find(
            (round) => round.id === "2017-4",
          )?.state,
      )
      .toBe("published");
    const history = page.getByRole("region", { name: "Historik" });
    expect(await history.getByRole("row").count()).toBe(1 + 1 + 4 + 1);
    expect(await history.getByRole("cell", { name: "Anne Centerchef" }).count()).toBe(6);
    // Every entry says when, as a machine-readable time.
    const times = await history
      .locator("time")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime")));
    expect(times).toHaveLength(6);
    for (const time of times) expect(Number.isNaN(Date.parse(time ?? ""))).toBe(false);
    expect(
      await history.getByRole("rowheader", { name: /Offentliggjorde 4. budgetopfølgning 2017/ }).count(),
    ).toBe(1);
    const summary = page.getByRole("region", { name: "Sammenfatning" });
    const takeaway = await summary.locator(".mp-RoundDiff-summary").textContent();
    // No milestone is due in round 4 (the centre forecast the year-end ones): its economy is what it reports.
    expect(takeaway).toMatch(/4\. budgetopfølgning 2017.*Økonomi: 2 grønne af 2 vurderede/);
    expect(
      await summary.getByRole("heading", { name: /Ændringer fra 3\. budgetopfølgning 2017 til 4\./ }).count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Budgetopfølgning" }).click();
    await page
      .getByRole("combobox", { name: /Opfølgning/ })
      .first()
      .waitFor();
    expect(
      await page
        .getByRole("combobox", { name: /Opfølgning/ })
        .first()
        .inputValue(),
    ).toBe("2017-4");
    expect(await page.getByRole("columnheader", { name: "4. budgetopfølgning 2017" }).count()).toBe(1);
    expect(await page.getByText("4. budgetopfølgning 2017").count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("gives the second of two tabs a conflict instead of overwriting the first", async () => {
    const context = await browser().newContext({ viewport: { width: 1300, height: 900 } });
    const one = await context.newPage();
    const two = await context.newPage();
    one.setDefaultTimeout(8_000);
    two.setDefaultTimeout(8_000);
    await openAssess(one);
    await openAssess(two);
    await one.getByRole("button", { name: /^Start 4\./ }).click();
    // The second tab had not read the document yet: it takes the started round over.
    await one.getByRole("table", { name: /Vurdering af 4\./ }).waitFor();
    await two.getByRole("table", { name: /Vurdering af 4\./ }).waitFor();

    // Both tabs now hold version 1. The first saves; the second, editing its older copy, must not overwrite.
    const green = async (page: Page, initiative: string) => {
      await focusPicker(row(page, initiative, "economy"));
      await page.keyboard.press("1");
      await row(page, initiative, "economy").getByRole("textbox").press("Enter");
    };
    await green(one, "5.03");
    await expect.poll(async () => (await storedDocument(one, "followup-2017-3"))?.version).toBe(2);
    await green(two, "5.04");
    const alert = two.getByRole("alert").filter({ hasText: /ændret et andet sted/ });
    await alert.waitFor();
    const stored = await storedDocument(two, "followup-2017-3");
    expect(stored?.version).toBe(2);
    const assessed = stored?.document.history?.filter((event) => event.type === "assessed") ?? [];
    expect(assessed.map((event) => event.initiativeId)).toEqual(["5.03"]);
    // Loading the new version shows the first tab's change in the second.
    await alert.getByRole("button", { name: "Indlæs den nye version" }).click();
    await expect
      .poll(() => row(two, "5.03", "economy").getByRole("radio", { checked: true }).getAttribute("value"))
      .toBe("green");
    await context.close();
  });
});

describe("the demo's store", () => {
  it("keeps an imported document across a reload, and exports the whole store as one JSON file", async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    await page.goto(url("?page=import"), { waitUntil: "networkidle" });
    await page.getByLabel("Eller indsæt tekst").fill("Dato;Aktivitet;Målgruppe\n8. maj 2017;Kick-off;Alle\n");
    await page.getByRole("button", { name: "Læs teksten" }).click();
    await page.getByRole("heading", { name: "tekst: Forstået: Uden titel" }).waitFor();
    // The page says when the document is safe: a reload before that could lose it.
    await page.getByRole("status").filter({ hasText: "Gemt i browseren" }).waitFor();
    await page.goto(url(), { waitUntil: "networkidle" });
    await page.getByRole("heading", { name: "Uden titel" }).waitFor();

    await page.goto(url("?page=assess"), { waitUntil: "networkidle" });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Eksportér alt som JSON" }).click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const backupText = readFileSync(path, "utf8");
    const backup = JSON.parse(backupText) as {
      format: string;
      documents: { document: { metadata: { title: string } } }[];
    };
    expect(backup.format).toBe("milepael-store");
    expect(backup.documents.map((entry) => entry.document.metadata.title)).toEqual(["Uden titel"]);
    await context.close();

    // The backup read into a fresh browser() profile brings the document back.
    const fresh = await browser().newContext();
    const restored = await fresh.newPage();
    restored.setDefaultTimeout(8_000);
    await restored.goto(url("?page=assess"), { waitUntil: "networkidle" });
    await restored.getByLabel("Indlæs sikkerhedskopi (JSON)").setInputFiles({
      name: "milepael-backup.json",
      mimeType: "application/json",
      buffer: Buffer.from(backupText),
    });
    await restored
      .getByRole("status")
      .filter({ hasText: "1 dokumenter indlæst fra sikkerhedskopien." })
      .waitFor();
    await restored.goto(url(), { waitUntil: "networkidle" });
    await restored.getByRole("heading", { name: "Uden titel" }).waitFor();
    await fresh.close();
  });

  it("says so when the browser() keeps nothing, and goes on in memory", async () => {
    const context = await browser().newContext();
    // Private mode in some browsers: no IndexedDB at all.
    await context.addInitScript(() => {
      Object.defineProperty(window, "indexedDB", { get: () => undefined });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    await page.goto(url("?page=assess"), { waitUntil: "networkidle" });
    await page
      .getByRole("alert")
      .filter({ hasText: /gemmer ikke data her/ })
      .waitFor();
    await page.getByRole("button", { name: /^Start 4\./ }).click();
    await page.getByRole("table", { name: /Vurdering af 4\./ }).waitFor();
    expect(
      await page
        .getByRole("alert")
        .filter({ hasText: /ændret et andet sted/ })
        .count(),
    ).toBe(0);
    // An import is kept for this tab, and the page does not claim it survives a reload.
    await page.goto(url("?page=import"), { waitUntil: "networkidle" });
    await page.getByLabel("Eller indsæt tekst").fill("Dato;Aktivitet\n8. maj 2017;Kick-off\n");
    await page.getByRole("button", { name: "Læs teksten" }).click();
    await page.getByRole("status").filter({ hasText: "Kun gemt i denne fane" }).waitFor();
    await context.close();
  });
});
