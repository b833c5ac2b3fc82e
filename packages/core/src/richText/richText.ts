/**
 * Rich text from documents, made safe: whatever HTML comes in, a small subset goes out. The
 * output holds only elements this module writes itself (`p`, `ul`, `ol`, `li`, `br`, `strong`,
 * `em`), never an attribute, and every piece of text escaped, so no script, handler or
 * `javascript:` URL can survive whatever the input.
 */

import { decodeEntities, escapeHtml } from "./entities";
import { htmlTokens } from "./htmlTokens";

export { decodeEntities, escapeAttribute, escapeHtml } from "./entities";

export type RichTextTag = "p" | "ul" | "ol" | "li" | "br" | "strong" | "em";

export type RichNode =
  | { type: "text"; text: string }
  | { type: "element"; tag: RichTextTag; children: RichNode[] };

export interface SanitizedRichText {
  /** The canonical, safe HTML. */
  html: string;
  /** Names of elements removed with their content (`script`, `style`, ...), for diagnostics. */
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
const blockTags: ReadonlySet<RichTextTag> = new Set(["p", "ul", "ol", "li"]);
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
 * text kept), except code and embeds, which go with their content and are listed in `removed`.
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
      continue;
    }
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
  return { nodes: normalize(root.children, false), removed: [...new Set(removed)], tooDeep };
}

/** Collapses white space, drops empty elements, and puts stray list text into items. */
function normalize(nodes: RichNode[], inList: boolean): RichNode[] {
  const result: RichNode[] = [];
  // Runs split by dropped tags merge into the last text node; their pieces are joined once at the
  // end of the run, so that a thousand pieces are not re-joined a thousand times.
  let run: { node: { type: "text"; text: string }; pieces: string[] } | null = null;
  const endRun = () => {
    if (run !== null && run.pieces.length > 1) run.node.text = run.pieces.join("").replace(/\s+/g, " ");
    run = null;
  };
  for (const node of nodes) {
    if (node.type === "text") {
      const text = node.text.replace(/\s+/g, " ");
      if (text === "" || (text === " " && inList)) continue;
      if (inList) {
        endRun();
        // Text directly in a list: items separated by bullets or "1)" markers, as extracted
        // documents write them.
        for (const item of text.split(/[•·▪]|(?:^|\s)(?:\d{1,2}|[a-z])\)\s/)) {
          const trimmed = item.trim();
          if (trimmed !== "")
            result.push({ type: "element", tag: "li", children: [{ type: "text", text: trimmed }] });
        }
        continue;
      }
      // Runs split by a dropped tag merge, and their white space collapses across the seam.
      if (run !== null) run.pieces.push(text);
      else {
        const merged = { type: "text" as const, text };
        result.push(merged);
        run = { node: merged, pieces: [text] };
      }
      continue;
    }
    const isList = node.tag === "ul" || node.tag === "ol";
    const children = normalize(node.children, isList);
    if (node.tag !== "br" && children.every((child) => child.type === "text" && child.text.trim() === ""))
      continue;
    endRun();
    result.push({ ...node, children });
  }
  endRun();
  return trimBlocks(result);
}

/** Trims white space at the edges of blocks and between them, where it means nothing. */
function trimBlocks(nodes: RichNode[]): RichNode[] {
  const hasBlock = nodes.some((node) => node.type === "element" && blockTags.has(node.tag));
  const trimmed = nodes
    .map((node) => {
      if (node.type === "element" && blockTags.has(node.tag))
        return { ...node, children: trimEdges(node.children) };
      return node;
    })
    .filter((node) => !(hasBlock && node.type === "text" && node.text.trim() === ""));
  return trimEdges(trimmed);
}

function trimEdges(nodes: RichNode[]): RichNode[] {
  const copy = nodes.map((node) => (node.type === "text" ? { ...node } : node));
  const first = copy[0];
  if (first?.type === "text") first.text = first.text.trimStart();
  const last = copy[copy.length - 1];
  if (last?.type === "text") last.text = last.text.trimEnd();
  return copy.filter((node) => node.type !== "text" || node.text !== "");
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
      if (node.type === "text") return escapeHtml(node.text);
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
  if (!/[<&]/.test(input)) return { html: escapeHtml(input.replace(/\s+/g, " ").trim()), removed: [] };
  if (input.length > (options.maxLength ?? Number.POSITIVE_INFINITY))
    return { html: escapeHtml(input.replace(/\s+/g, " ").trim()), removed: [], tooLong: true };
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
