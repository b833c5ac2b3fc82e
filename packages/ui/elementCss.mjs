import { buildSync } from "esbuild";

/**
 * milepael's stylesheet as the custom elements adopt it into their shadow roots, where `:root`
 * does not match: the light tokens go on `:host`, the dark ones on `:host([theme="dark"])`.
 * Rules on `:host` lose to the host page's own rules for the element, so a page's `--mp-*`
 * properties win over both themes. Shared by the build (tsup) and the browser tests (Vitest).
 *
 * @example
 * const define = { __MILEPAEL_CSS__: JSON.stringify(elementCss()) };
 */
export function elementCss() {
  const css =
    buildSync({
      entryPoints: [new URL("src/styles.css", import.meta.url).pathname],
      bundle: true,
      minify: true,
      write: false,
      logLevel: "silent",
    }).outputFiles[0]?.text ?? "";
  return css
    .replace(/:where\(:root,\s*\.mp-theme-light\)/g, ":host,$&")
    .replace(/:where\(\.mp-theme-dark\)/g, ':host([theme="dark"]),$&')
    .trim();
}
