// Size budgets per entry, checked by size-limit in CI (`pnpm size`): each entry bundled the way a
// host's bundler would (esbuild, minified, React left to the host) and gzipped. Limits sit about
// 5 % above the measured sizes (below); raise one only with a reason in review. scripts/size.mjs
// reads the same limits for `pnpm bench` and checks what each entry must not contain.

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

// The limits below sit about 5 % above the sizes measured at the end of #16 (1 December 2026,
// size-limit's figures in kB); the figure before #16's work (30533ea^) follows where the entry
// existed. Every entry shrank or grew only by the features that landed since; see the commit that
// set these for the reasons.
export default [
  // smiley: 1.56 (2.49 before #16: the face is drawn in CSS, not SVG)
  entry("smiley", 1.7),
  // rich-text: 2.06 (2.78); 2.29 since the sanitiser names the event-handler attributes it removes
  // (onclick …), so an importer can say what it dropped
  entry("rich-text", 2.4),
  // status-summary: 3.51 (6.17): it reads only its own words (locale/messages/summary.ts), not
  // every widget's catalogue; 3.94 since #22's fourth round: core's rollUp counts into typed
  // counters (one allocation per group, not per round and status), 0.24 kB for the import's speed
  entry("status-summary", 4.1),
  // milestone-table: 32.73 (38.08): useVirtualRows instead of @tanstack/react-virtual; 34.34 by
  // 2 December; 34.80 since the toolbar's filters and the header row are memoised, so typing a
  // search no longer redraws 33 options, 9 checkboxes and the sort buttons (#22: the search at
  // 10,000 went from 0.52x to 0.38x AG Grid's CPU time)
  entry("milestone-table", 36),
  // assessment: 40 kB at #20, the milestone table plus core's message catalogue for the reading guide's findings;
  // 32.7 kB since #16: only the assessment and rules messages (core's assessmentMessage), not the importers'; 34.91
  // 36.24 with the shared header row memoised (see milestone-table)
  entry("assessment", 37.5),
  // timeline: 20.17 (24.45): no @tanstack/react-virtual, label placement and the ongoing band added
  // 18.5 with only the plan area's words (20.2 with every widget's)
  entry("timeline", 19.5),
  // annual-wheel: 17.27 (11.53) with #19/#22's ring palette and patterns, lane names, arc labels and
  // callouts, density bands and its list
  // 15.5 with only the plan area's words (17.3 with every widget's)
  entry("annual-wheel", 16.3),
  // report: 11.07 (issue #21), core's report model and the chart's SVG with it; 2026-12-03, 12.18
  // with the meetings paper's every field (an item's summary, authority, case and attachments, the
  // related documents), the year on the paper and rich text's canonical "&"; 12.55 with the
  // follow-up's rounds under "Om dokumentet" (core's report model prints them as the Word paper does)
  // Later on 2026-12-03: core's chart wraps a round's long label instead of cutting it off, and
  // the widget prints as core's paper does: 12.82 kB. Limit about 1.5 % above.
  entry("report", 13),
  // meetings: the decision log (TanStack Table) and the calendar (timeline and wheel) together: 48.28
  // 46.7 with the plan area's words for its calendar (48.3 with every widget's)
  entry("meetings", 49),
  // elements: 107.9 (89.69) with <milepael-assessment>, <milepael-meetings> and
  // <milepael-decision-log> (#18, #20) and their widgets' CSS in the shadow roots (the report's left
  // out); 114.1 until the document's findings came from core's formatDocumentDiagnostic instead of
  // the whole diagnostics catalogue; 117.4 on 2 December with core's importers grown by the
  // meetings CSV importer, the removed-markup findings and the round labels' stated dates (an
  // element reads a document's text or CSV from `src`); 120.66 on 3 December with core's further
  // importer work; 121.2 with the elements' own boxes and text size (host.css, remLength.ts), the
  // message for a `src` that answers with a web page, and Enter kept from a form around a widget;
  // 122.36 with the themes' tokens declared as defaults a page's value overrides from an ancestor
  // (elementCss.mjs, themeTokensAsDefaults: +0.58)
  // 123.06 in stop 29: core's text importers report a header's "Dato:" line they do not read (its
  // message in both languages) and read one without its year (+0.18); defineElement.tsx split in
  // three files under #16's 250 lines (+0.1)
  entry("elements", 124),
  // charts: 125.27 (126.34): recharts; the charts read only their own words
  entry("charts", 132),
  // index: 53.66 (49.78) with the wheel's rings, names, callouts, bands and list (#19, #22) and the
  // timeline's label placement, less @tanstack/react-virtual
  // 56.8 since the data tables' filters and header row are memoised (see milestone-table)
  entry("index", 58),
  {
    // One file for a <script> tag, React included: measured as it is, not bundled again.
    // 178.3 kB (158.94) with the assessment and meeting elements (#18, #20); 184.4 with the
    // whole diagnostics catalogue; 188.2 with the importers' growth of 2 December (see elements);
    // 191.46 on 3 December, 191.99 with the elements' boxes, text size and web-page message;
    // 193.13 with the spacing's fallbacks and the themes' tokens as overridable defaults (see elements).
    // 193.76 in stop 29 (see elements).
    name: "@milepael/ui/milepael-elements.js",
    path: "dist/milepael-elements.js",
    limit: "195 kB",
    gzip: true,
    disablePlugins: ["@size-limit/esbuild"],
  },
];
