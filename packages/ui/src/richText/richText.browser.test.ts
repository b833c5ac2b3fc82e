import { richTextToPlainText, sanitizeRichText } from "@milepael/core/lite";
import { describe, expect, it } from "vitest";

/** The text a browser shows for markup, as a host that sets `innerHTML` gets it. */
const shownByBrowser = (html: string) => {
  const element = document.createElement("div");
  element.innerHTML = html;
  return element.textContent;
};

// Every name HTML reads without a semicolon, and some it does not, each right after an "&" inside a word.
const namesAfterAmpersand = [
  "regnskab",
  "notat",
  "copyright",
  "sectionen",
  "paragraf",
  "degree",
  "centre",
  "ampere",
  "lt5",
  "Fritid",
  "D",
  "Unge",
  "aelig",
  "oslash;",
  "#38;",
  "#x26",
  "",
];

describe("canonical rich text in a browser", () => {
  it.each(namesAfterAmpersand)("shows the text milepael reads from it when %j follows an '&'", (name) => {
    for (const text of [`Budget&${name}`, `Kig & ${name}`, `<p>a &amp;${name}</p>`]) {
      const { html } = sanitizeRichText(text);
      expect(shownByBrowser(html), text).toBe(richTextToPlainText(html));
    }
  });
});
