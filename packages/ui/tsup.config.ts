import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { defineConfig } from "tsup";
import { elementCss } from "./elementCss.mjs";
import { remAsCustomProperty } from "./remCss.mjs";

const require = createRequire(import.meta.url);
const define = { __MILEPAEL_CSS__: JSON.stringify(elementCss()) };

export default defineConfig([
  {
    // One entry per widget, so `@milepael/ui/smiley` never pulls in the table or chart code.
    entry: {
      index: "src/index.ts",
      smiley: "src/smiley/index.ts",
      "rich-text": "src/richText/index.ts",
      "milestone-table": "src/milestoneTable/index.ts",
      assessment: "src/assessment/index.ts",
      charts: "src/charts/index.ts",
      "status-summary": "src/statusSummary/index.ts",
      timeline: "src/timeline/index.ts",
      "annual-wheel": "src/annualWheel/index.ts",
      meetings: "src/meetings/index.ts",
      elements: "src/elements/index.tsx",
      // Committee papers (issue #21): the report view for print and PDF.
      report: "src/report/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "es2022",
    splitting: true,
    define,
    external: ["react", "react-dom", "react/jsx-runtime"],
    // Keeps the directive in every built chunk so React Server Components treat them as client code.
    banner: { js: '"use client";' },
  },
  {
    // One file for a <script> tag on any page: React and the elements included, registered on load.
    entry: { "milepael-elements": "src/elements/standalone.ts" },
    format: ["iife"],
    outDir: "dist",
    platform: "browser",
    target: "es2020",
    minify: true,
    noExternal: [/.*/],
    define: { ...define, "process.env.NODE_ENV": '"production"' },
    outExtension: () => ({ js: ".js" }),
    // core's chunks import each other bare; core declares "sideEffects": false, so esbuild rightly
    // drops those imports and would warn once for each (as in .size-limit.js).
    esbuildOptions(options) {
      options.logOverride = { ...options.logOverride, "ignored-bare-import": "silent" };
    },
  },
  {
    entry: { styles: "src/styles.css" },
    outDir: "dist",
    minify: false,
    // `--mp-rem` for a page whose root is not its text size (README, "Text size").
    onSuccess: async () => {
      writeFileSync("dist/styles.css", remAsCustomProperty(readFileSync("dist/styles.css", "utf8")));
    },
  },
  {
    // The opt-in typeface: font.css and its WOFF2 files in dist/fonts, with the font's licence.
    entry: { font: "src/font.css" },
    outDir: "dist",
    minify: false,
    loader: { ".woff2": "file" },
    esbuildOptions(options) {
      options.assetNames = "fonts/[name]-[hash]";
    },
    onSuccess: async () => {
      copyFileSync(require.resolve("@fontsource/ibm-plex-sans/LICENSE"), "dist/fonts/OFL.txt");
    },
  },
]);
