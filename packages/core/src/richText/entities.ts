// HTML entities and escaping: how text goes into and comes out of the markup core reads and writes.

const namedEntities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  bull: "•",
  aelig: "æ",
  oslash: "ø",
  aring: "å",
  AElig: "Æ",
  Oslash: "Ø",
  Aring: "Å",
  laquo: "«",
  raquo: "»",
};

/**
 * Decodes the HTML entities documents use; unknown ones stay as written.
 *
 * @example
 * decodeEntities("Kig &amp; Lyt"); // "Kig & Lyt"
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      // Control characters and lone surrogates would be unreadable or unsafe: keep the text as written.
      const valid = code > 31 && code !== 127 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name] ?? whole;
  });
}

/**
 * Text made safe inside HTML: `&`, `<` and `>` escaped. The one escaper of core: rich text, and the
 * importers that build rich text from plain cells.
 *
 * @example
 * escapeHtml("a < b & c"); // "a &lt; b &amp; c"
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// The names HTML decodes without a semicolon, in text too ("Budget&regnskab" is drawn "Budget®nskab"):
// the HTML standard's legacy character references. Any other "&" followed by a name ends in ";"
// to be one.
const legacyEntityStart =
  /^(?:[AEIOUYaeiouy]acute|[AEIOUaeiou](?:circ|grave)|[AEIOUaeiouy]?uml|[ANOano]tilde|[Aa]ring|AElig|aelig|[Cc]?cedil|[Oo]slash|ETH|eth|THORN|thorn|AMP|amp|LT|lt|GT|gt|QUOT|quot|COPY|copy|REG|reg|acute|brvbar|cent|curren|deg|divide|frac(?:1[24]|34)|iexcl|iquest|[lr]aquo|macr|micro|middot|nbsp|not|ord[fm]|para|plusmn|pound|sect|shy|sup[123]|szlig|times|yen)/;

/**
 * Text as canonical rich text writes it: `<` and `>` escaped, and `&` only where HTML would read
 * a character reference ("&amp;", "&#38;", and the legacy names it reads without ";", such as
 * "&reg" in "Budget&regnskab"), so "Kig & Lyt" is the same in rich text as in plain text and no
 * CSV cell or plain-text output shows a person an entity the text never had. A bare "&" is text
 * to `parseRichText` and to HTML alike; `<` is escaped, so no tag can open.
 *
 * @example
 * escapeRichText("Kig & Lyt < 5 &amp;"); // "Kig & Lyt &lt; 5 &amp;amp;"
 */
export function escapeRichText(text: string): string {
  return text
    .replace(/&(?=#|[A-Za-z0-9]+;|([A-Za-z0-9]+))/g, (ampersand, name: string | undefined) =>
      name === undefined || legacyEntityStart.test(name) ? "&amp;" : ampersand,
    )
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * Text made safe inside an HTML or XML attribute value as well as in text: `escapeHtml` plus both quotes.
 *
 * @example
 * escapeAttribute('a "b"'); // "a &quot;b&quot;"
 */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
