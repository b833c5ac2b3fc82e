/** milepael's stylesheet as the custom elements adopt it into their shadow roots. */
export function elementCss(): string;
/** The themes' tokens as defaults a page's own value overrides, wherever the page sets it. */
export function themeTokensAsDefaults(css: string): string;
