/**
 * The longest input, in characters, that importers and `parseDocumentJson` read: about 32 MB of
 * text, far above any real plan or follow-up (the 2017 follow-up is 40 kB). Above it they refuse
 * at once with a diagnostic rather than freeze a browser tab.
 */
export const defaultMaxInputLength = 32 * 1024 * 1024;

/**
 * The longest rich-text cell (a description, notes) read as markup: far above any real cell. A
 * longer one is kept as plain text, with a diagnostic, rather than parsed.
 */
export const maxRichTextCellLength = 100_000;
