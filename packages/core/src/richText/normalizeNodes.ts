import type { RichNode, RichTextTag } from "./richText";

/** The elements that are blocks: white space at their edges and between them means nothing. */
export const blockTags: ReadonlySet<RichTextTag> = new Set(["p", "ul", "ol", "li"]);

/**
 * Collapses white space, drops empty elements, and puts stray list text into items: the last
 * step of `parseRichText`.
 *
 * @example
 * normalizeNodes([{ type: "text", text: " a  b " }], false); // [{ type: "text", text: "a b" }]
 */
export function normalizeNodes(nodes: RichNode[], inList: boolean): RichNode[] {
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
    const children = normalizeNodes(node.children, isList);
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
