/** Every `rem` length in a stylesheet as `calc(N*var(--mp-rem,1rem))` (`--mp-rem`'s own value left as written). */
export function remAsCustomProperty(css: string): string;
/** `remAsCustomProperty` as a PostCSS plugin, for Vite's `css.postcss.plugins`. */
export const remCssPostcss: {
  postcssPlugin: string;
  OnceExit(root: { walkDecls(visit: (declaration: { prop: string; value: string }) => void): void }): void;
};
