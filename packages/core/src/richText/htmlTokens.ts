// The tokenizer under the rich-text parser: HTML split into tags, comments and text in one pass.

/** A piece of HTML: a tag with its element's name, a comment or declaration, or text. */
export interface HtmlToken {
  text: string;
  name?: string;
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isNameChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 45;

/**
 * Splits HTML into tags, comments, declarations and runs of text, the pieces of
 * `<!--[\s\S]*?(?:-->|$)|<[!?][^>]*(?:>|$)|<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*(?:>|$)|<|[^<]+`,
 * in linear time. That pattern rescanned to the end of the text from every "<" when a quote in a
 * tag never closed: `<a "` × 20,000 took 143 s.
 *
 * @example
 * [...htmlTokens("<p>Hej</p>")]; // [{ text: "<p>", name: "p" }, { text: "Hej" }, { text: "</p>", name: "p" }]
 */
export function* htmlTokens(input: string): Generator<HtmlToken> {
  const length = input.length;
  // Positions outside quotes that a tag scan has passed. A scan that ended in a tag consumed
  // them; one that failed (an unclosed quote) fails again from any of them, so a later scan that
  // reaches one stops there instead of walking the same road to the end.
  const passed = new Uint8Array(length);
  // Where the attributes of a tag starting at `from` end (after its ">", or the end of the text),
  // or -1 when a quote in it never closes.
  const tagEnd = (from: number): number => {
    let at = from;
    while (at < length) {
      if (passed[at] === 1) return -1;
      passed[at] = 1;
      const char = input[at];
      if (char === ">") return at + 1;
      if (char === '"' || char === "'") {
        const close = input.indexOf(char, at + 1);
        if (close < 0) return -1;
        at = close + 1;
      } else at += 1;
    }
    return length;
  };
  let index = 0;
  while (index < length) {
    if (input[index] !== "<") {
      const next = input.indexOf("<", index);
      const end = next < 0 ? length : next;
      yield { text: input.slice(index, end) };
      index = end;
      continue;
    }
    let end: number;
    let name: string | undefined;
    const second = input.charCodeAt(index + 1);
    if (input.startsWith("<!--", index)) {
      const close = input.indexOf("-->", index + 4);
      end = close < 0 ? length : close + 3;
    } else if (second === 33 || second === 63) {
      // "<!" or "<?": a declaration or processing instruction, to the next ">".
      const close = input.indexOf(">", index + 2);
      end = close < 0 ? length : close + 1;
    } else {
      const nameStart = index + (second === 47 ? 2 : 1);
      let nameEnd = nameStart;
      if (isLetter(input.charCodeAt(nameStart))) {
        nameEnd += 1;
        while (nameEnd < length && isNameChar(input.charCodeAt(nameEnd))) nameEnd += 1;
      }
      end = nameEnd > nameStart ? tagEnd(nameEnd) : -1;
      // Not a tag: the "<" is text.
      if (end < 0) end = index + 1;
      else name = input.slice(nameStart, nameEnd);
    }
    yield name === undefined ? { text: input.slice(index, end) } : { text: input.slice(index, end), name };
    index = end;
  }
}
