// How every test and benchmark here starts Chromium: Debian's own (Playwright cannot download
// its browser on these machines; CHROMIUM_PATH points elsewhere), headless, and kept off the
// network so nothing it fetches by itself can slow a run or fail it.

/** Launch options for playwright-core's `chromium.launch` or Vitest's browser provider. */
export function chromiumLaunchOptions(extraArgs = []) {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      ...extraArgs,
    ],
  };
}
