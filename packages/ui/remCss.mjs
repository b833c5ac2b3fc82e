/**
 * Every `rem` length in a stylesheet as `calc(N*var(--mp-rem,1rem))`, so `--mp-rem` says what a
 * widget's `rem` stands for. Unset it is `1rem`, the page's root, as before; a page whose root is
 * not its text size (`html { font-size: 62.5% }`) sets `--mp-rem` to the size it means
 * (README, "Text size"), and a custom element sets it to its own font size (remLength.ts). The
 * declaration of `--mp-rem` itself is left as written. Applied to the built `styles.css`
 * (tsup.config.ts), to the elements' stylesheet (elementCss.mjs), and by `remCssPostcss` to the
 * source CSS that Vite serves to the tests and Storybook.
 *
 * @example
 * remAsCustomProperty(".a{padding:0.5rem}"); // ".a{padding:calc(0.5*var(--mp-rem,1rem))}"
 */
export function remAsCustomProperty(css) {
  // Not inside another number ("1.25rem" whole or not at all), nor `--mp-rem`'s own value, nor
  // the fallback this writes, so that rewriting twice changes nothing.
  return css.replace(/(?<![\w.-]|--mp-rem:\s*|--mp-rem,)(-?\d*\.?\d+)rem\b/g, "calc($1*var(--mp-rem,1rem))");
}

/**
 * `remAsCustomProperty` as a PostCSS plugin, for Vite's `css.postcss.plugins`: Vite inlines the
 * `@import`s first, so every widget's declarations pass through it.
 *
 * @example
 * export default defineConfig({ css: { postcss: { plugins: [remCssPostcss] } } });
 */
export const remCssPostcss = {
  postcssPlugin: "milepael-rem",
  /** @param {{ walkDecls(visit: (declaration: { prop: string, value: string }) => void): void }} root */
  OnceExit(root) {
    root.walkDecls((declaration) => {
      if (declaration.prop !== "--mp-rem") declaration.value = remAsCustomProperty(declaration.value);
    });
  },
};
