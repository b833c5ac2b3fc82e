import { defineConfig } from "tsup";

export default defineConfig([
  {
    // One entry per widget, so `@milepael/ui/smiley` never pulls in the table or chart code.
    entry: {
      index: "src/index.ts",
      smiley: "src/smiley/index.ts",
      "rich-text": "src/richText/index.ts",
      "milestone-table": "src/milestoneTable/index.ts",
      charts: "src/charts/index.ts",
      "status-summary": "src/statusSummary/index.ts",
      timeline: "src/timeline/index.ts",
      "annual-wheel": "src/annualWheel/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "es2022",
    splitting: true,
    external: ["react", "react-dom", "react/jsx-runtime"],
    // Keeps the directive in every built chunk so React Server Components treat them as client code.
    banner: { js: '"use client";' },
  },
  {
    entry: { styles: "src/styles.css" },
    outDir: "dist",
    minify: false,
  },
]);
