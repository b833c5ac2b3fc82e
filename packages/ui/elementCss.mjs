import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { remAsCustomProperty } from "./remCss.mjs";

/**
 * milepael's stylesheet as the custom elements adopt it into their shadow roots (the report's
 * rules left out: no element shows it; the elements' own boxes, `src/elements/host.css`, added),
 * where `:root` does not match: the light tokens go on `:host`, the dark ones on `:host([theme="dark"])`.
 * Rules on `:host` lose to the host page's own rules for the element, and the themes there
 * declare only defaults (`themeTokensAsDefaults`), so a page's `--mp-*` properties, set on the
 * element or inherited from an ancestor, win over both themes. Shared by the build (tsup) and the
 * browser tests (Vitest).
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
  return themeTokensAsDefaults(
    remAsCustomProperty(css)
      .replace(/:where\(:root,\s*\.mp-theme-light\)/g, ":host,$&")
      .replace(/:where\(\.mp-theme-dark\)/g, ':host([theme="dark"]),$&'),
  ).trim();
}

/**
 * The themes' tokens as defaults a page's own value overrides, wherever the page sets it. A value
 * declared on an element beats one it inherits, so tokens declared on `:host` would shut out what
 * a page sets on `body` or on the widget's container (`--mp-status-green` on `:root`, as the README
 * offers). So the themes declare each token under a private name (`--mp-default-status-green`);
 * `:host` resolves the token once, as the page gives it (set on the element or inherited) or
 * else the theme's default (`--mp-resolved-status-green`); and the shadow tree's top elements
 * declare the token itself from that, so every use inside, in CSS and in inline styles
 * (`var(--mp-status-green)`), reads what it read before. A token cannot be resolved from itself
 * on one element (`--mp-x: var(--mp-x, ...)` is a cycle), hence the step on `:host`.
 *
 * @example
 * themeTokensAsDefaults(":host{--mp-font: serif}");
 * // ":host{--mp-default-font: serif}:host{--mp-resolved-font:var(--mp-font,var(--mp-default-font))}:host>*{--mp-font:var(--mp-resolved-font)}"
 */
export function themeTokensAsDefaults(css) {
  const tokens = new Set();
  const declared = css.replace(/(:host[^{]*)\{([^}]*)\}/g, (rule, selector, body) =>
    /--mp-/.test(body)
      ? `${selector}{${body.replace(/(^|;)(\s*)--mp-([\w-]+)(\s*):/g, (_, before, space, name, after) => {
          tokens.add(name);
          return `${before}${space}--mp-default-${name}${after}:`;
        })}}`
      : rule,
  );
  if (tokens.size === 0) return css;
  const names = [...tokens];
  const resolved = names.map((name) => `--mp-resolved-${name}:var(--mp-${name},var(--mp-default-${name}))`);
  const local = names.map((name) => `--mp-${name}:var(--mp-resolved-${name})`);
  return `${declared}:host{${resolved.join(";")}}:host>*{${local.join(";")}}`;
}
