import { parseRichText, type RichNode } from "@milepael/core/lite";
import { createElement, type ReactNode, useMemo } from "react";
import { classNames } from "../internal/classNames";

export interface RichTextProps {
  /** Text from a document: plain, or HTML in any state; only p, ul, ol, li, br, strong and em survive. */
  html: string;
  /** The element around the text. Default `div`. */
  as?: "div" | "span";
  className?: string;
}

/**
 * Text from a document with its simple formatting, made safe: the HTML is parsed by
 * `@milepael/core` into a tree of allowed elements and rendered as React elements, never through
 * `innerHTML`, so scripts, event handlers and links cannot reach the page.
 */
export function RichText({ html, as = "div", className }: RichTextProps) {
  const nodes = useMemo(() => parseRichText(html).nodes, [html]);
  return createElement(as, { className: classNames("mp-RichText", className) }, renderNodes(nodes));
}

// Keys are positions: the tree is rebuilt from the same string, so position is identity.
function renderNodes(nodes: readonly RichNode[]): ReactNode[] {
  return nodes.map((node, index) =>
    node.type === "text"
      ? node.text
      : node.tag === "br"
        ? createElement("br", { key: index })
        : createElement(node.tag, { key: index }, renderNodes(node.children)),
  );
}
