import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { budgetFollowUp2017, communicationPlan2017, implementationPlan2017 } from "@milepael/core/fixtures";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../../../scripts/chromium.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2.1 A and AA violations on the page, shadow roots included, as `rule: targets`. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: Document,
          options: object,
        ) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
      };
    };
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(" ")}`,
    );
  });
}
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
});

/** A computed style of a part inside the first element's shadow root (`null` when it has no such part). */
function styleInShadow(page: Page, element: string, part: string, property: string): Promise<string | null> {
  return page
    .locator(element)
    .first()
    .evaluate(
      (host, wanted) => {
        const found = host.shadowRoot?.querySelector(wanted.part);
        return found ? getComputedStyle(found).getPropertyValue(wanted.property) : null;
      },
      { part, property },
    );
}

describe("the plain-HTML example page", () => {
  it("keeps its data in step with the seeds", () => {
    const script = readFileSync(path.join(here, "data", "seeds.js"), "utf8");
    const seeds = JSON.parse(script.slice(script.indexOf("{"), script.lastIndexOf("}") + 1));
    expect(seeds).toEqual({
      followUp: budgetFollowUp2017,
      implementationPlan: implementationPlan2017,
      communicationPlan: communicationPlan2017,
    });
  });

  it("renders every element from file://, with no build step, themed by the host page", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(8_000);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(pathToFileURL(path.join(here, "embed.html")).href, { waitUntil: "load" });
    // Playwright's role queries pierce open shadow roots.
    await page.getByRole("heading", { name: "Status ved 3. budgetopfølgning 2017" }).waitFor();
    // The table starts filtered to what was red at the second follow-up (attributes round, status).
    const red = budgetFollowUp2017.sections
      .flatMap((section) => section.initiatives)
      .filter((initiative) =>
        initiative.milestones.some((m) => m.round === "2017-2" && m.status === "red"),
      ).length;
    expect(await page.getByText(`Viser ${red} af 14 indsatser`).count()).toBe(1);
    await page
      .getByRole("button", { name: /^Cykeltur rundt i Ballerup.*21\. maj 2017$/ })
      .first()
      .waitFor();
    expect(
      await page
        .locator("milepael-wheel")
        .getByRole("group", { name: /Implementeringsplan/ })
        .count(),
    ).toBe(1);
    expect(await styleInShadow(page, "milepael-smiley", ".mp-Smiley-mark", "background-color")).toBe(
      "rgb(31, 111, 0)",
    );
    expect(await styleInShadow(page, "milepael-status-summary", ".mp-StatusSummary", "font-family")).toBe(
      "Georgia, serif",
    );
    // theme="dark" paints its own background, so it reads on the light page too.
    expect(await styleInShadow(page, "milepael-wheel", ".mp-element", "background-color")).toBe(
      "rgb(27, 27, 27)",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const host of ["light", "dark"] as const)
    it(`passes axe on a ${host} host page, the wheel in the dark theme included`, async () => {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      page.setDefaultTimeout(8_000);
      await page.goto(pathToFileURL(path.join(here, "embed.html")).href, { waitUntil: "load" });
      if (host === "dark")
        await page.addStyleTag({ content: "body { background: #121212; color: #f0f0f0; }" });
      await page.getByRole("heading", { name: "Status ved 3. budgetopfølgning 2017" }).waitFor();
      await page
        .locator("milepael-wheel")
        .getByRole("group", { name: /Implementeringsplan/ })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

  it("sends selections out of the shadow roots as events the page can hear", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(8_000);
    await page.goto(pathToFileURL(path.join(here, "embed.html")).href, { waitUntil: "load" });
    await page.getByRole("button", { name: "7.03 UCC - anvendelse og udvikling", exact: true }).click();
    expect(await page.locator("#selected").textContent()).toBe("7.03");
    await page
      .locator("milepael-timeline")
      .getByRole("button", { name: /^Cykeltur rundt i Ballerup.*21\. maj 2017$/ })
      .click();
    expect(await page.locator("#selected").textContent()).toBe("a4");
    await page.close();
  });

  it("loads a document from a src URL and reports one that fails", async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8_000);
    const bundle = readFileSync(path.join(here, "..", "dist", "milepael-elements.js"), "utf8");
    const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Intranet</title>
      <script src="/milepael-elements.js"></script></head><body>
      <milepael-timeline src="/plan.json" today="2017-03-15"></milepael-timeline>
      <milepael-wheel src="/missing.json" locale="en"></milepael-wheel></body></html>`;
    await page.route("http://intranet.test/**", (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === "/side.html") return route.fulfill({ body: html, contentType: "text/html" });
      if (pathname === "/milepael-elements.js")
        return route.fulfill({ body: bundle, contentType: "text/javascript" });
      if (pathname === "/plan.json") return route.fulfill({ json: communicationPlan2017 });
      return route.fulfill({ status: 404, body: "" });
    });
    await page.goto("http://intranet.test/side.html");
    await page
      .getByRole("button", { name: /primo marts 2017$/ })
      .first()
      .waitFor();
    expect(await page.locator("milepael-wheel").getByRole("alert").textContent()).toBe(
      "The document could not be fetched (HTTP status 404).",
    );
    await page.close();
  });
});
