/** milepael's stylesheet as the custom elements adopt it into their shadow roots. */
export function elementCss(): string;
