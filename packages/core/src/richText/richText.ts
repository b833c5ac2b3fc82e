/**
 * Rich text from documents, made safe: whatever HTML comes in, a small subset goes out. The
 * output holds only elements this module writes itself (`p`, `ul`, `ol`, `li`, `br`, `strong`,
 * `em`), never an attribute, and every piece of text escaped, so no script, handler or
 * `javascript:` URL can survive whatever the input.
 *
 * The canonical form: text escapes `<` and `>`, and `&` only where it would start a character
 * reference (`escapeRichText`). So a value without markup is its plain text as people read it
 * ("Kig & Lyt", not "Kig &amp; Lyt"), the same whether an importer kept a plain cell as written
 * or sanitised it, and a CSV cell, a calendar or a terminal shows it without an entity.
 */

import { decodeEntities, escapeRichText } from "./entities";
import { htmlTokens } from "./htmlTokens";
import { blockTags, normalizeNodes } from "./normalizeNodes";

export { decodeEntities, escapeAttribute, escapeHtml, escapeRichText } from "./entities";

export type RichTextTag = "p" | "ul" | "ol" | "li" | "br" | "strong" | "em";

export type RichNode =
  | { type: "text"; text: string }
  | { type: "element"; tag: RichTextTag; children: RichNode[] };

export interface SanitizedRichText {
  /** The canonical, safe HTML. */
  html: string;
  /**
   * What was removed, for diagnostics: elements (`script`, `a`, ...) and event-handler attributes
   * (`onclick`), each name once. Other attributes (`class`, `style`) and `span`/`font` are
   * formatting, not content, and go without a mention.
   */
  removed: string[];
  /** Set when elements nested deeper than `maxRichTextDepth`: those were kept as their text. */
  tooDeep?: true;
  /** Set when the input was longer than `maxLength`: it was kept as plain text, its markup unread. */
  tooLong?: true;
}

/**
 * How deep elements may nest; deeper ones are kept as their text. Real documents nest three or
 * four deep; 2,517 nested `<b>` overflowed the stack of the recursive normaliser.
 */
export const maxRichTextDepth = 64;

const allowed: Record<string, RichTextTag> = {
  p: "p",
  div: "p",
  ul: "ul",
  ol: "ol",
  li: "li",
  br: "br",
  strong: "strong",
  b: "strong",
  em: "em",
  i: "em",
};
// Elements whose content is code or embedded documents, never text for people.
const droppedWithContent: ReadonlySet<string> = new Set([
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "template",
  "noscript",
  "svg",
  "math",
  "textarea",
  "select",
  "title",
  "head",
  "frameset",
  "frame",
  "applet",
  "xmp",
  "noembed",
  "noframes",
  "plaintext",
]);

/**
 * Parses any HTML into a tree of the allowed elements. Disallowed elements are unwrapped (their
 * text kept), except code and embeds, which go with their content; both are listed in `removed`,
 * as are event-handler attributes (`onclick`), which no element keeps.
 * Elements nested deeper than `maxRichTextDepth` are unwrapped too, and `tooDeep` says so. Takes
 * time linear in the input.
 *
 * @example
 * parseRichText("<p onclick=x>Hej <b>du</b></p><script>alert(1)</script>").nodes;
 * // [{ type: "element", tag: "p", children: [{ type: "text", text: "Hej " }, { ... "strong" ... }] }]
 */
export function parseRichText(input: string): { nodes: RichNode[]; removed: string[]; tooDeep: boolean } {
  const root: RichNode & { type: "element" } = { type: "element", tag: "p", children: [] };
  const stack: (RichNode & { type: "element" })[] = [root];
  const removed: string[] = [];
  let skipping: string | null = null;
  let tooDeep = false;
  const top = () => stack[stack.length - 1] as RichNode & { type: "element" };
  const open = (tag: RichTextTag) => {
    // The stack holds the root besides the open elements. Deeper elements are left out, their text kept.
    if (stack.length > maxRichTextDepth) {
      tooDeep = true;
      return;
    }
    const node: RichNode & { type: "element" } = { type: "element", tag, children: [] };
    top().children.push(node);
    stack.push(node);
  };
  // The innermost open element matching, below the root; -1 when none (ES2022 has no findLastIndex).
  const innermost = (matches: (tag: RichTextTag) => boolean) => {
    for (let index = stack.length - 1; index > 0; index -= 1)
      if (matches((stack[index] as { tag: RichTextTag }).tag)) return index;
    return -1;
  };
  const closeTo = (tag: RichTextTag) => {
    const index = innermost((candidate) => candidate === tag);
    if (index > 0) stack.length = index;
  };

  for (const piece of htmlTokens(input)) {
    const token = piece.text;
    const name = piece.name?.toLowerCase();
    if (skipping !== null) {
      if (name === skipping && token.startsWith("</")) skipping = null;
      continue;
    }
    if (name === undefined) {
      if (token.startsWith("<!") || token.startsWith("<?")) continue;
      top().children.push({ type: "text", text: decodeEntities(token) });
      continue;
    }
    const closing = token.startsWith("</");
    if (droppedWithContent.has(name)) {
      if (!closing) {
        removed.push(name);
        if (!token.endsWith("/>")) skipping = name;
      }
      continue;
    }
    const tag = allowed[name];
    if (tag === undefined) {
      if (!closing && name !== "span" && name !== "font") removed.push(name);
      if (!closing) eventHandlers(token, name.length + 1, removed);
      continue;
    }
    if (!closing) eventHandlers(token, name.length + 1, removed);
    if (tag === "br") {
      if (!closing) top().children.push({ type: "element", tag: "br", children: [] });
      continue;
    }
    if (closing) {
      closeTo(tag);
      continue;
    }
    if (blockTags.has(tag)) {
      // Blocks do not nest inside inline formatting or paragraphs: close those first, as browsers do.
      while (stack.length > 1 && (top().tag === "strong" || top().tag === "em" || top().tag === "p"))
        stack.pop();
    }
    if (tag === "li") {
      const list = innermost((candidate) => candidate === "ul" || candidate === "ol");
      if (list > 0) stack.length = list + 1;
      else open("ul");
    }
    open(tag);
  }
  return { nodes: normalizeNodes(root.children, false), removed: [...new Set(removed)], tooDeep };
}

// Any "on" at all: a handler may follow a quoted value with no space (`title="x"onclick=y`).
const mayHaveHandler = /on/i;
const handlerName = /^on[a-z]/;
const isSpace = (char: string | undefined) =>
  char === " " || char === "\t" || char === "\n" || char === "\r" || char === "\f";

/**
 * Adds the event-handler attributes (`onclick=…`, `onerror`) of a start tag to `found`, reading
 * names and values as HTML does: a quoted value is skipped whole, so `title="x onclick=y"` holds
 * none. `from`: where the attributes start, after the tag's name. Linear in the tag.
 */
function eventHandlers(tag: string, from: number, found: string[]): void {
  // Most tags carry no attribute starting with "on": no scan for them.
  if (!mayHaveHandler.test(tag)) return;
  const end = tag.endsWith(">") ? tag.length - 1 : tag.length;
  let at = from;
  while (at < end) {
    const char = tag[at];
    if (isSpace(char) || char === "/") {
      at += 1;
      continue;
    }
    const nameStart = at;
    while (at < end && !isSpace(tag[at]) && tag[at] !== "=" && tag[at] !== "/") at += 1;
    if (at === nameStart) at += 1;
    const name = tag.slice(nameStart, at).toLowerCase();
    if (handlerName.test(name)) found.push(name);
    while (at < end && isSpace(tag[at])) at += 1;
    if (tag[at] !== "=") continue;
    at += 1;
    while (at < end && isSpace(tag[at])) at += 1;
    const quote = tag[at];
    if (quote === '"' || quote === "'") {
      const close = tag.indexOf(quote, at + 1);
      at = close < 0 ? end : close + 1;
    } else while (at < end && !isSpace(tag[at])) at += 1;
  }
}

/**
 * Writes nodes back as HTML, text escaped; it does not sanitize (parse with `parseRichText` first).
 *
 * @example
 * serializeRichNodes([{ type: "element", tag: "em", children: [{ type: "text", text: "a<b" }] }]);
 * // "<em>a&lt;b</em>"
 */
export function serializeRichNodes(nodes: RichNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text") return escapeRichText(node.text);
      if (node.tag === "br") return "<br>";
      return `<${node.tag}>${serializeRichNodes(node.children)}</${node.tag}>`;
    })
    .join("");
}

/**
 * Makes HTML from a document safe and canonical: only `p`, `ul`, `ol`, `li`, `br`, `strong` and
 * `em`, no attributes, text escaped, white space collapsed; a single paragraph is unwrapped.
 * Input longer than `options.maxLength` is kept as escaped plain text without being parsed.
 *
 * @example
 * sanitizeRichText('<p>Se <a href="javascript:alert(1)">her</a></p><script>x()</script>');
 * // { html: "Se her", removed: ["a", "script"] }
 */
export function sanitizeRichText(input: string, options: { maxLength?: number } = {}): SanitizedRichText {
  // Most cells hold no markup: the same result as the full parse, without building a tree.
  if (!/[<&]/.test(input)) return { html: escapeRichText(input.replace(/\s+/g, " ").trim()), removed: [] };
  if (input.length > (options.maxLength ?? Number.POSITIVE_INFINITY))
    return { html: escapeRichText(input.replace(/\s+/g, " ").trim()), removed: [], tooLong: true };
  const { nodes, removed, tooDeep } = parseRichText(input);
  const only = nodes[0];
  const unwrapped =
    nodes.length === 1 && only?.type === "element" && only.tag === "p" ? only.children : nodes;
  return { html: serializeRichNodes(unwrapped), removed, ...(tooDeep ? { tooDeep } : {}) };
}

/**
 * Rich text as plain text: one line per paragraph, "• " before list items.
 *
 * @example
 * richTextToPlainText("<p>Kig &amp; Lyt</p><ul><li>a</li></ul>"); // "Kig & Lyt\n• a"
 */
export function richTextToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, " ").trim();
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    if (line.trim() !== "") lines.push(line.trim());
    line = "";
  };
  const walk = (nodes: RichNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        line += node.text;
        continue;
      }
      if (node.tag === "br") {
        flush();
        continue;
      }
      if (node.tag === "li") {
        flush();
        line = "• ";
        walk(node.children);
        flush();
        continue;
      }
      if (blockTags.has(node.tag)) flush();
      walk(node.children);
      if (blockTags.has(node.tag)) flush();
    }
  };
  walk(parseRichText(html).nodes);
  flush();
  return lines.join("\n");
}
