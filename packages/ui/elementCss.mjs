import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { remAsCustomProperty } from "./remCss.mjs";

/**
 * milepael's stylesheet as the custom elements adopt it into their shadow roots (the report's
 * rules left out: no element shows it; the elements' own boxes, `src/elements/host.css`, added),
 * where `:root` does not match: the light tokens go on `:host`, the dark ones on `:host([theme="dark"])`.
 * Rules on `:host` lose to the host page's own rules for the element, so a page's `--mp-*`
 * properties win over both themes. Shared by the build (tsup) and the browser tests (Vitest).
 *
 * @example
 * const define = { __MILEPAEL_CSS__: JSON.stringify(elementCss()) };
 */
export function elementCss() {
  const styles = new URL("src/styles.css", import.meta.url).pathname;
  // No custom element shows the report (a page of its own for print): its rules stay out of
  // every shadow root and out of the script-tag bundle.
  const contents = readFileSync(styles, "utf8")
    .replace(/^@import "\.\/report\/Report\.css";\n/m, "")
    .concat('@import "./elements/host.css";\n');
  const css =
    buildSync({
      stdin: { contents, resolveDir: path.dirname(styles), loader: "css" },
      bundle: true,
      minify: true,
      write: false,
      logLevel: "silent",
    }).outputFiles[0]?.text ?? "";
  // The page's root font size is no measure for a widget in a shadow root: remLength.ts.
  return remAsCustomProperty(css)
    .replace(/:where\(:root,\s*\.mp-theme-light\)/g, ":host,$&")
    .replace(/:where\(\.mp-theme-dark\)/g, ':host([theme="dark"]),$&')
    .trim();
}
