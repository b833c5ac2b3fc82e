import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { communicationPlan2017 } from "@milepael/core/fixtures";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumForFile, openPage, demoUrl as url } from "./browser";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../packages/core/test/seeds");
const plan = readFileSync(path.join(seeds, "kommunikationsplan-2017.txt"), "utf8");

const browser = chromiumForFile();

/** The bytes Windows-1252 gives a text, as Word and Excel save it. */
function windows1252(text: string): Buffer {
  const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0) as number;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const index = high.indexOf(char);
      return index >= 0 ? 0x80 + index : 0x3f;
    }),
  );
}

/** Drops a file with these bytes on the import page's drop zone, as a user drags one there. */
async function dropFile(page: Page, name: string, type: string, bytes: number[]) {
  await page.evaluate(
    ({ name, type, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const zone = document.querySelector(".demo-drop");
      zone?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, type, bytes },
  );
}

const errorText = (page: Page) =>
  page.locator('.demo-diagnostics li[data-level="error"]').first().textContent();

describe("import reads a file's bytes like the CLI", () => {
  it("reads a plan saved as Windows-1252 and says which encoding it chose", async () => {
    const { page, errors } = await openPage(browser(), url("?page=import"));
    await page
      .getByLabel("Vælg fil")
      .setInputFiles({ name: "plan.txt", mimeType: "text/plain", buffer: windows1252(plan) });
    await page
      .getByRole("heading", { name: `plan.txt: Forstået: ${communicationPlan2017.metadata.title}` })
      .waitFor();
    expect(await page.locator(".demo-diagnostics").textContent()).toContain("læst som Windows-1252");
    expect(await page.locator(".mp-Timeline").textContent()).toContain("Børne- og Ungestrategien");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses a PNG chosen as a plan, naming it, in red", async () => {
    const { page, errors } = await openPage(browser(), url("?page=import"));
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    await page
      .getByLabel("Vælg fil")
      .setInputFiles({ name: "plan.txt", mimeType: "text/plain", buffer: png });
    await page
      .getByRole("heading", { name: "plan.txt: Teksten kunne ikke læses som et dokument." })
      .waitFor();
    expect(await errorText(page)).toContain("binær fil (et PNG-billede)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("holds a dropped file to the accept list, and reads one that is on it", async () => {
    const { page, errors } = await openPage(browser(), url("?page=import"));
    await dropFile(page, "billede.png", "image/png", [0x89, 0x50, 0x4e, 0x47]);
    await page
      .getByRole("heading", { name: "billede.png: Teksten kunne ikke læses som et dokument." })
      .waitFor();
    expect(await errorText(page)).toContain('Filen "billede.png" er ikke af en type, der kan læses her');
    await dropFile(page, "ark.csv", "text/csv", [...Buffer.from("Dato;Aktivitet\n8. maj 2017;Møde\n")]);
    await page.getByRole("heading", { name: "ark.csv: Forstået: Uden titel" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a follow-up with no initiative as an error, not as a document", async () => {
    const { page, errors } = await openPage(browser(), url("?page=import"));
    const text = "Opfølgning på budgetaftale 2017\n\nKort beskrivelse af indsatsen\n";
    await page
      .getByLabel("Vælg fil")
      .setInputFiles({ name: "tom.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
    await page.getByRole("heading", { name: "tom.txt: Teksten kunne ikke læses som et dokument." }).waitFor();
    expect(await errorText(page)).toContain("Der blev ikke fundet nogen indsatser");
    expect(errors).toEqual([]);
    await page.close();
  });
});
