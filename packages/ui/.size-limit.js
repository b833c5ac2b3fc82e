// Size budgets per entry, checked by size-limit in CI (`pnpm size`): each entry bundled the way a
// host's bundler would (esbuild, minified, React left to the host) and gzipped. Limits sit about
// 10 % above the measured sizes; raise one only with a reason in review. scripts/size.mjs reads
// the same limits for `pnpm bench` and checks what each entry must not contain.

/** @param {string} entry  @param {number} limitKb */
const entry = (entry, limitKb) => ({
  name: `@milepael/ui${entry === "index" ? "" : `/${entry}`}`,
  path: `dist/${entry}.js`,
  limit: `${limitKb} kB`,
  gzip: true,
  ignore: ["react", "react-dom"],
  // tsup's chunks import each other bare; with "sideEffects" esbuild rightly drops those imports
  // and says so for each. Only errors are worth printing.
  modifyEsbuildConfig: (config) => ({ ...config, logLevel: "error" }),
});

export default [
  entry("smiley", 4),
  entry("rich-text", 4),
  entry("status-summary", 8),
  entry("milestone-table", 42),
  // assessment: 40 kB at #20, the milestone table plus core's message catalogue for the reading guide's findings;
  // 32.7 kB since #16: only the assessment and rules messages (core's assessmentMessage), not the importers'
  entry("assessment", 36),
  // timeline: 26.0–26.2 kB after the headless split (useTimeline, useTimelineRange, memoised parts)
  // and the chunk boundaries the assessment entry moved
  entry("timeline", 28),
  // annual-wheel: 16.2 kB with #19/#22's ring palette and patterns, lane names, arc labels and
  // callouts, density bands and its list
  entry("annual-wheel", 18),
  // report: 10.8 kB (issue #21), core's report model and the chart's SVG with it
  entry("report", 12),
  // meetings: the decision log (TanStack Table) and the calendar (timeline and wheel) together.
  // 54.0 kB with the wheel's rings, names, callouts, bands and list (#19, #22)
  entry("meetings", 60),
  // elements: 97 kB after #15 (messages from core's catalogue, errors, upgrade of early properties),
  // 110.5 kB with <milepael-assessment>, <milepael-meetings> and <milepael-decision-log> (#18, #20)
  entry("elements", 122),
  entry("charts", 138),
  // index: 57.3 kB with the wheel's rings, names, callouts, bands and list (#19, #22)
  entry("index", 63),
  {
    // One file for a <script> tag, React included: measured as it is, not bundled again.
    // 180 kB with the assessment and meeting elements (#18, #20).
    name: "@milepael/ui/milepael-elements.js",
    path: "dist/milepael-elements.js",
    limit: "198 kB",
    gzip: true,
    disablePlugins: ["@size-limit/esbuild"],
  },
];
