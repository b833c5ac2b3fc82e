import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { axeViolations, chromiumForFile, openPage, demoUrl as url } from "./browser";

const browser = chromiumForFile();

describe("meetings page", () => {
  it("is in the navigation and shows the meeting of 3 January 2017 with its decisions", async () => {
    const { page, errors } = await openPage(browser(), url());
    await page.getByRole("navigation", { name: "Sider" }).getByRole("link", { name: "Møder" }).click();
    await page.getByRole("heading", { name: "Møder og beslutninger", level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get("page")).toBe("meetings");
    const log = page.locator(".mp-DecisionLog");
    expect(await log.getByRole("status").textContent()).toBe("Viser 5 af 5 punkter");
    const chair = log.getByRole("row").filter({ hasText: "17,4 - Valg af næstformand" });
    expect(await chair.textContent()).toContain("13/20237");
    expect(await chair.textContent()).toContain("Godkendt");
    await chair.getByRole("button", { name: "Vis beslutningen for 2. 17,4 - Valg af næstformand" }).click();
    await log.getByText("Gert Fabrin blev valgt som næstformand.").waitFor();
    // The meeting on the wheel and on the timeline, its items in the details.
    const onWheel = page.locator('.mp-AnnualWheel [data-item-id="17-4-udvalget-2017-01-03"]');
    expect(await onWheel.count()).toBe(1);
    await onWheel.click();
    expect(new URL(page.url()).searchParams.get("meeting")).toBe("17-4-udvalget-2017-01-03");
    expect(await page.locator(".mp-Timeline").count()).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filters the decision log by outcome, keeps it in the URL and downloads the view as CSV", async () => {
    const { page, errors } = await openPage(browser(), url("?page=meetings"));
    const log = page.locator(".mp-DecisionLog");
    await log.getByLabel("Udfald").selectOption("noted");
    expect(await log.getByRole("status").textContent()).toBe("Viser 1 af 5 punkter");
    expect(new URL(page.url()).searchParams.get("outcome")).toBe("noted");
    expect(await log.locator("tbody").textContent()).toContain("17,4 - Introduktion til arbejdet");
    expect(await log.locator("tbody").textContent()).not.toContain("Valg af næstformand");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      log.getByRole("button", { name: "Hent visningen som CSV" }).click(),
    ]);
    const csv = readFileSync(await download.path(), "utf8");
    expect(csv).toContain("Udvalg;Dato;Punkt;Titel;Udfald;Sagsnr.;Beslutning");
    expect(csv).toContain("Taget til efterretning;16/16318;Taget til efterretning.");
    expect(csv).not.toContain("Gert Fabrin");
    // A reload shows the same view.
    await page.reload({ waitUntil: "networkidle" });
    expect(await page.locator(".mp-DecisionLog").getByRole("status").textContent()).toBe(
      "Viser 1 af 5 punkter",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reaches the decisions by keyboard: one tab stop, arrows between items, Enter opens", async () => {
    const { page, errors } = await openPage(browser(), url("?page=meetings"));
    const log = page.locator(".mp-DecisionLog");
    await log.getByRole("button", { name: "Hent visningen som CSV" }).focus();
    // Past the sort buttons of the header to the body's one tab stop.
    let focused = "";
    for (let step = 0; step < 10 && !focused.startsWith("Vis beslutningen for 1."); step += 1) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    }
    expect(focused).toBe("Vis beslutningen for 1. 17,4 - Godkendelse af dagsorden");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await log.getByText("Gert Fabrin blev valgt som næstformand.").waitFor();
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Vis beslutningen for 5. 17,4 - Eventuelt",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("puts the process plan of the minutes on a timeline: the bootcamps of 12 and 26 March and 7 May", async () => {
    const { page, errors } = await openPage(browser(), url("?page=meetings&lang=en"));
    await page.getByRole("heading", { name: "The process plan in the minutes" }).waitFor();
    const process = page.locator("section", {
      has: page.getByRole("heading", { name: "The process plan in the minutes" }),
    });
    const names = await process
      .locator(".mp-Timeline [data-item-id]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("aria-label") ?? item.textContent ?? ""));
    const joined = names.join(" | ");
    expect(joined).toContain("12 March 2017");
    expect(joined).toContain("26 March 2017");
    expect(joined).toContain("7 May 2017");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the page when a widget fails, and the navigation when the page fails", async () => {
    const { page, errors } = await openPage(browser(), url("?page=meetings&crash=widget"));
    await page.getByRole("alert").filter({ hasText: "Denne del af siden kunne ikke vises" }).waitFor();
    // The decision log beside it still works.
    await page.locator(".mp-DecisionLog").getByLabel("Udfald").selectOption("approved");
    await page.getByText("Viser 3 af 5 punkter").waitFor();
    await page.goto(url("?page=meetings&crash=page"), { waitUntil: "networkidle" });
    await page.getByRole("alert").filter({ hasText: "Siden kunne ikke vises" }).waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "Møder" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
