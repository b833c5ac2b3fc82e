/**
 * Escape sequences a terminal would act on: CSI (`ESC [ … final`, colours, cursor moves, screen
 * clears), OSC (`ESC ] … BEL` or `ESC ] … ESC \`, window titles and OSC 8 hyperlinks), the other
 * string commands (DCS, SOS, PM, APC) and two-character escapes; with their 8-bit (C1) forms.
 */
const escapeSequence =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?/g;

/** Control characters other than line feed and tab, and the bidirectional overrides that reorder text. */
const controlCharacter =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a document made safe to print on a terminal: escape sequences (colours, cursor
 * moves, window titles, OSC 8 hyperlinks) and control characters are removed, a lone carriage
 * return becomes a line break (it would let a line overwrite what came before), and line feeds
 * and tabs stay. Everything milepael echoes from a document goes through it.
 *
 * @example
 * terminalSafe("Plan\u001b]8;;https://evil.example\u0007klik\u001b]8;;\u0007"); // "Planklik"
 */
export function terminalSafe(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(escapeSequence, "").replace(controlCharacter, "");
}

/**
 * A writer for standard output or error: on a terminal, everything goes through `terminalSafe`
 * (a CSV or JSON printed to the screen holds the document's text too); into a pipe or a file, the
 * bytes stay exactly as milepael made them.
 *
 * @example
 * const stdout = terminalWriter(process.stdout);
 * stdout("\u001b[2JPlan\n"); // on a terminal: "Plan\n"
 */
export function terminalWriter(stream: {
  isTTY?: boolean;
  write: (text: string) => unknown;
}): (text: string) => void {
  return stream.isTTY ? (text) => void stream.write(terminalSafe(text)) : (text) => void stream.write(text);
}
