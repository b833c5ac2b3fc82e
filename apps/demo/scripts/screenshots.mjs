// Screenshots for the ui README (issue #19): the timeline, the wheel and the follow-up page at
// 1280 px, 360 px and in print, from the built demo served by `vite preview`.
// Usage: pnpm exec vite preview --port 4790 & node scripts/screenshots.mjs http://127.0.0.1:4790
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const base = process.argv[2] ?? "http://127.0.0.1:4790";
const out = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../packages/ui/docs/screenshots",
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-sync",
    "--no-first-run",
  ],
});
const shots = [
  { name: "timeline", query: "?page=plans&plan=communication-2017", selector: ".mp-Timeline" },
  { name: "wheel", query: "?page=plans", selector: ".mp-AnnualWheel" },
  { name: "followup", query: "?page=followup", selector: ".mp-StatusSummary" },
];
const modes = [
  { mode: "1280", viewport: { width: 1280, height: 900 }, media: "screen" },
  { mode: "360", viewport: { width: 360, height: 760 }, media: "screen" },
  { mode: "print", viewport: { width: 718, height: 1015 }, media: "print" },
];
for (const shot of shots) {
  for (const { mode, viewport, media } of modes) {
    const page = await browser.newPage({ viewport });
    await page.goto(new URL(shot.query, `${base}/`).href, { waitUntil: "networkidle" });
    await page.emulateMedia({ media, reducedMotion: "reduce" });
    // The widget's top at the top of the shot: a long list (the wheel at 360 px) shows its start.
    await page
      .locator(shot.selector)
      .first()
      .evaluate((element) => element.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: path.join(out, `${shot.name}-${mode}.png`) });
    await page.close();
  }
}
await browser.close();
