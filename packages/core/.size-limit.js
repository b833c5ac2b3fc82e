// Size budgets per entry, checked by size-limit in CI (`pnpm size`): each entry bundled the way a
// host's bundler would (esbuild, minified) and gzipped, limits about 10 % above the measured
// sizes (2026-12-01: lite 9.9, main 67.4 with its lazy chunks, docx 61.0, pdf 48.2 kB). The Word and PDF readers are entries of their own so nothing else pays for them: `lite`
// and the main entry must not grow by them (the main entry loads them with import() when a .docx
// or PDF comes). pdf.js itself (pdfjs-dist, loaded on the first PDF) is the host's to budget.

/** @param {string} entry  @param {number} limitKb  @param {string[]} [ignore] */
const entry = (entry, limitKb, ignore = []) => ({
  name: `@milepael/core${entry === "index" ? "" : `/${entry}`}`,
  path: `dist/${entry}.js`,
  limit: `${limitKb} kB`,
  gzip: true,
  ignore,
  modifyEsbuildConfig: (config) => ({ ...config, logLevel: "error" }),
});

export default [
  entry("lite", 11),
  entry("index", 75, ["pdfjs-dist", "fflate", "saxes"]),
  entry("docx", 68),
  entry("pdf", 53, ["pdfjs-dist"]),
];
