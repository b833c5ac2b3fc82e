import { eitherOrWords, rangeWords } from "./vocabulary";

/** A piece of a normalised date expression. */
export type DateToken =
  | { type: "number"; value: number; digits: number; dot: boolean }
  | { type: "numeric-date"; day: number; month: number; year?: number }
  | { type: "word"; value: string }
  | { type: "to" }
  | { type: "or" }
  | { type: "comma" };

const dashes = /[\u2010-\u2015\u2212]/g;
/** Soft hyphens and zero-width characters: Word's, invisible, never part of what the author wrote. */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const spaces = /[\s\u00a0\u202f]+/g;

/**
 * Lower case, one kind of dash, single spaces, no soft hyphens or zero-width characters, no wrapping
 * parentheses ("(den 3. januar 2018)") and no trailing comma: the forms authors vary without meaning
 * anything by it.
 *
 * @example
 * normalizeDateText("(Juni – September)"); // "juni - september"
 */
export function normalizeDateText(text: string): string {
  let normalized = isPlainLatin(text)
    ? text.trim()
    : (needsNfc(text) ? text.normalize("NFC") : text)
        .replace(invisible, "")
        .replace(dashes, "-")
        .replace(spaces, " ")
        .trim();
  // Danish letters (æ, ø, å) lower-case the same without locale rules.
  normalized = normalized.toLowerCase();
  // Indices rather than regexes and repeated slices: `/[,;]+$/` retried every comma of a long run,
  // and unwrapping "((((…))))" one slice at a time copied the text once per parenthesis.
  let start = 0;
  let end = normalized.length;
  while (end - start >= 2 && normalized[start] === "(" && normalized[end - 1] === ")") {
    start += 1;
    end -= 1;
    while (start < end && normalized[start] === " ") start += 1;
    while (end > start && normalized[end - 1] === " ") end -= 1;
  }
  while (end > start && (normalized[end - 1] === "," || normalized[end - 1] === ";")) end -= 1;
  while (end > start && normalized[end - 1] === " ") end -= 1;
  return normalized.slice(start, end);
}

/**
 * Whether a text has nothing for NFC, the dashes and the spaces to change: no character from U+0300
 * on (where every dash, unusual space and zero-width character is), no soft hyphen, no white space
 * but single plain spaces. Nearly every
 * date cell is such a text; one scan spares it three.
 */
function isPlainLatin(text: string): boolean {
  let space = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // Tab to carriage return, no-break space: the white space below U+0300 besides the space.
    if (code >= 0x300 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xad) return false;
    if (code === 0x20) {
      if (space) return false;
      space = true;
    } else space = false;
  }
  return true;
}

/**
 * Whether NFC could change a text: no character below U+0300 (Latin-1 and Latin Extended, where
 * Danish text lives) composes or decomposes, so only text with a later one needs normalising.
 */
function needsNfc(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) >= 0x300) return true;
  return false;
}

const fullYear = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

type Rule = { pattern: RegExp; read: (match: RegExpExecArray) => DateToken | null };

// Tried in order at each position; sticky patterns match only where the scan stands. The tokenizer
// knows their order: white space first, the five starting with a digit next, then the word.
const rules: Rule[] = [
  { pattern: /\s+/y, read: () => null },
  {
    pattern: /(\d{4})-(\d{2})-(\d{2})(?![\d.])/y,
    read: (m) => ({ type: "numeric-date", year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // 03-04-2017 and 13-12-17, as Excel and meeting systems write a day: the year tells it from "8-10"
    pattern: /(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![\d.])/y,
    read: (m) => ({
      type: "numeric-date",
      day: Number(m[1]),
      month: Number(m[2]),
      year: fullYear(m[3] ?? ""),
    }),
  },
  {
    // 13.12.2017, 3.1.18, 1.2 (year may follow as its own token)
    pattern: /(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d])\.?/y,
    read: (m) => ({
      type: "numeric-date",
      day: Number(m[1]),
      month: Number(m[2]),
      ...(m[3] === undefined ? {} : { year: fullYear(m[3]) }),
    }),
  },
  {
    // 3/1-2018, 3/1 2018, 3/1
    pattern: /(\d{1,2})\/(\d{1,2})(?:-(\d{4}|\d{2}))?(?![\d/])/y,
    read: (m) => ({
      type: "numeric-date",
      day: Number(m[1]),
      month: Number(m[2]),
      ...(m[3] === undefined ? {} : { year: fullYear(m[3]) }),
    }),
  },
  {
    pattern: /(\d+)(\.?)/y,
    read: (m) => ({ type: "number", value: Number(m[1]), digits: (m[1] ?? "").length, dot: m[2] === "." }),
  },
  { pattern: /([a-zæøåéü][a-zæøåéü0-9]*)\.?/y, read: (m) => ({ type: "word", value: m[1] ?? "" }) },
  { pattern: /-/y, read: () => ({ type: "to" }) },
  { pattern: /\//y, read: () => ({ type: "or" }) },
  { pattern: /,/y, read: () => ({ type: "comma" }) },
];

/**
 * Splits a normalised date expression into tokens, or returns `null` at the first character that
 * no date expression uses (":" in "Fotografering:").
 *
 * @example
 * tokenizeDateText("8. maj"); // [{ type: "number", value: 8, ... }, { type: "word", value: "maj" }]
 */
export function tokenizeDateText(normalized: string): DateToken[] | null {
  const tokens: DateToken[] = [];
  let position = 0;
  // After "uge", numbers are weeks until another word comes: "uge 41/42" is weeks 41 and 42,
  // never day 41 of month 42.
  let weeks = false;
  scan: while (position < normalized.length) {
    // Only the rules that can start with the character there: each starts with one kind of
    // character (white space, a digit, a letter, a sign), so the first rule to match is the same.
    const code = normalized.charCodeAt(position);
    let from = 0;
    let to = rules.length - 1;
    if (code === 0x20) to = 0;
    else if (code >= 0x30 && code <= 0x39) [from, to] = [weeks ? 5 : 1, 5];
    else if (code >= 0x61 && code <= 0x7a) from = to = 6;
    for (let index = from; index <= to; index += 1) {
      const rule = rules[index] as Rule;
      rule.pattern.lastIndex = position;
      const match = rule.pattern.exec(normalized);
      if (match === null || match[0].length === 0) continue;
      position += match[0].length;
      const token = rule.read(match);
      if (token === null) continue scan;
      tokens.push(token);
      if (token.type === "word") {
        const joins = eitherOrWords.has(token.value) || rangeWords.has(token.value);
        weeks = token.value === "uge" || (weeks && joins);
      }
      continue scan;
    }
    return null;
  }
  return tokens;
}
