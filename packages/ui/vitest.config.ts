import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import type { BrowserCommand } from "vitest/node";
import { chromiumLaunchOptions } from "../../scripts/chromium.mjs";
import { elementCss } from "./elementCss.mjs";
import { remCssPostcss } from "./remCss.mjs";

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Debian's Chromium: Playwright cannot download its own browser on these machines.
const chromium = playwright({ launchOptions: chromiumLaunchOptions() });

/**
 * The annual wheel of a seed plan as Node renders it on a server (the built entry, as hosts import
 * it), for the browser test that hydrates it in Chromium.
 */
const wheelServerMarkup: BrowserCommand<[today: string]> = async (_context, today) => {
  const [{ createElement }, { renderToString }, { AnnualWheel }, { implementationPlan2017 }] =
    await Promise.all([
      import("react"),
      import("react-dom/server"),
      import("@milepael/ui/annual-wheel"),
      import("@milepael/core/fixtures"),
    ]);
  return renderToString(createElement(AnnualWheel, { document: implementationPlan2017, today }));
};

// A fresh object per project: Vitest writes the project name into `instances`, so a shared
// object makes two projects collide.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium,
  instances: [{ browser: "chromium" as const }],
  screenshotFailures: false,
});

export default defineConfig({
  // The custom elements' stylesheet, as the build puts it into them (tsup.config.ts).
  define: { __MILEPAEL_CSS__: JSON.stringify(elementCss()) },
  // The widgets' CSS as the build ships it in styles.css (tsup.config.ts).
  css: { postcss: { plugins: [remCssPostcss] } },
  // recharts and TanStack resolve React through their own paths in pnpm's store; one copy only.
  resolve: { dedupe: ["react", "react-dom"] },
  optimizeDeps: { include: ["recharts", "@tanstack/react-table", "react-is"] },
  test: {
    projects: [
      {
        extends: true,
        plugins: [react()],
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["src/**/*.test.{ts,tsx}"],
          exclude: ["src/**/*.browser.test.{ts,tsx}", "src/**/*.ssr.test.tsx"],
          setupFiles: ["./vitest.setup.ts"],
          // A table with every row rendered in jsdom takes seconds on two busy cores: the limit
          // guards a hang, not speed (the bench measures speed).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: "browser",
          include: ["src/**/*.browser.test.{ts,tsx}"],
          setupFiles: ["./vitest.setup.ts"],
          // Polls wait for chunks to load and React to render; with the other packages' tests on the
          // same two cores that has passed the 1 s default (see internal/eventually.testHelpers.ts).
          expect: { poll: { timeout: 10_000 } },
          // As the unit project: the limit guards a hang, not speed.
          testTimeout: 30_000,
          browser: { ...browser(), commands: { wheelServerMarkup } },
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: "ssr",
          environment: "node",
          include: ["src/**/*.ssr.test.tsx"],
          // The first import of a built entry transforms it cold; on two busy cores that can pass 5 s.
          testTimeout: 30_000,
        },
      },
      {
        // The plain-HTML example page with the built script-tag bundle, in Debian's Chromium.
        test: {
          name: "embed",
          environment: "node",
          include: ["examples/**/*.e2e.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        // Every story renders, runs its play function and passes axe in real Chromium, on a host
        // page of the other brightness: light themes on a dark page, the Dark stories on a light one.
        plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
        define: { "import.meta.env.VITE_MP_STORY_HOST": JSON.stringify("opposite") },
        test: {
          name: "storybook",
          // A desktop page; .storybook/preview.tsx runs axe again in the other theme and at 360 px.
          browser: { ...browser(), viewport: { width: 1280, height: 800 } },
          // As the other projects: a file's first story compiles and renders a whole plan, and took
          // 15.3 s once while CI ran the other packages' tests beside it (1.7-3.2 s for the rest).
          testTimeout: 30_000,
        },
      },
    ],
  },
});
