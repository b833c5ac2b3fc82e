import { SaxesParser } from "saxes";

/** An element of an Office XML part, its name written with the usual prefix ("w:p", "a:blip"). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Why a part could not be read: a DTD (refused, so no entity can expand) or broken XML. */
export class XmlRefused extends Error {
  constructor(
    readonly reason: "dtd" | "malformed",
    detail: string,
  ) {
    super(detail);
  }
}

// Office documents use these prefixes by convention; resolving the namespace and writing the
// conventional prefix keeps a document with other prefixes readable by the same code.
const prefixes: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://schemas.openxmlformats.org/drawingml/2006/picture": "pic",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "urn:schemas-microsoft-com:vml": "v",
  "urn:schemas-microsoft-com:office:office": "o",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
  // milepael's copy of the document, a Word export's custom XML (export/docx/embedded.ts).
  "urn:milepael:copy": "mp",
};

const maxDepth = 256;

function qualified(uri: string, local: string): string {
  const prefix = prefixes[uri];
  return prefix === undefined ? local : `${prefix}:${local}`;
}

/**
 * Parses one XML part into a tree. A document type declaration is refused outright: Office never
 * writes one, and refusing it means no entity is ever declared, let alone expanded.
 *
 * @example
 * parseXml('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>').name; // "w:p"
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: "#root", attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: XmlRefused | null = null;
  parser.on("doctype", () => {
    failure ??= new XmlRefused("dtd", "DOCTYPE");
  });
  parser.on("error", (error) => {
    failure ??= new XmlRefused("malformed", error.message);
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === "xmlns" || attribute.name === "xmlns") continue;
      attributes[qualified(attribute.uri, attribute.local)] = attribute.value;
    }
    const element: XmlElement = { name: qualified(tag.uri, tag.local), attributes, children: [] };
    // Word nests a few dozen levels at most; a deeper tree is hostile and would exhaust the stack.
    if (stack.length > maxDepth) failure ??= new XmlRefused("malformed", `nested deeper than ${maxDepth}`);
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (value) => {
    stack[stack.length - 1]?.children.push(value);
  });
  parser.on("cdata", (value) => {
    stack[stack.length - 1]?.children.push(value);
  });
  // saxes reports errors through the handler and may go on; stop at the first one.
  const chunk = 1 << 16;
  for (let start = 0; start < text.length && failure === null; start += chunk) {
    parser.write(text.slice(start, start + chunk));
  }
  if (failure === null) parser.close();
  if (failure !== null) throw failure;
  const element = root.children.find((child): child is XmlElement => typeof child !== "string");
  if (element === undefined) throw new XmlRefused("malformed", "no root element");
  return element;
}

/**
 * The child elements of an element, optionally only those with a name.
 *
 * @example
 * childElements(tableRow, "w:tc").length; // the cells of a row
 */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== "string" && (name === undefined || child.name === name),
  );
}

/**
 * The first child element with a name.
 *
 * @example
 * child(run, "w:rPr"); // the run's properties, or undefined
 */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((node): node is XmlElement => typeof node !== "string" && node.name === name);
}

/**
 * The first descendant element with a name, depth first.
 *
 * @example
 * descendant(drawing, "wp:docPr")?.attributes.descr; // a picture's alt text
 */
export function descendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const node of element.children) {
    if (typeof node === "string") continue;
    if (node.name === name) return node;
    const found = descendant(node, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The concatenated text inside an element.
 *
 * @example
 * textOf(parseXml("<w:t>Hej</w:t>")); // "Hej"
 */
export function textOf(element: XmlElement): string {
  return element.children.map((node) => (typeof node === "string" ? node : textOf(node))).join("");
}

/**
 * Whether a toggle property is on: `<w:b/>` and `<w:b w:val="true"/>` are on; `w:val="0"`,
 * `"false"` and `"off"` are off, and so is a property that is not there.
 *
 * @example
 * isOn(child(runProperties, "w:b")); // true for <w:b/>
 */
export function isOn(element: XmlElement | undefined): boolean {
  if (element === undefined) return false;
  const value = element.attributes["w:val"];
  return value === undefined || !/^(0|false|off)$/i.test(value);
}
