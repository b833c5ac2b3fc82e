/**
 * The longest input, in characters, that importers and `parseDocumentJson` read: about 32 MB of
 * text, far above any real plan or follow-up (the 2017 follow-up is 40 kB). Above it they refuse
 * at once with a diagnostic rather than freeze a browser tab.
 */
export const defaultMaxInputLength = 32 * 1024 * 1024;
