// The milepael document a Word export carries inside it, beside what the pages show: ids, round
// cut-offs and everything else a table cannot say. It counts only while the pages are as exported:
// the fingerprint of `word/document.xml` says so; once someone edits the file in Word, the importer
// reads the pages instead. No dependency on the `docx` package, so the importer can use it.

import { decodeEntities } from "../../richText/entities";

/**
 * The part of the .docx that holds the embedded document: a custom XML part, related from the
 * document and with its properties part, which Word and LibreOffice keep when they save the file
 * again (they drop a part nothing relates, as the JSON part of earlier exports was, and LibreOffice
 * one without properties). They may renumber it: the importer looks for its element.
 */
export const embeddedPartName = "customXml/item1.xml";

/** Where exports before the custom XML part kept the document, as JSON: still read. */
export const jsonPartName = "customXml/milepael-document.json";

/** The namespace of the custom XML part's one element, whose text is the JSON. */
export const copyNamespace = "urn:milepael:copy";

const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const relationship = (type: string, target: string) =>
  `<Relationship Id="rIdMilepaelCopy" Type="${relationships}/${type}" Target="${target}"/>`;

/** The relationship that makes the part the document's custom XML, so that editors keep it. */
export const copyRelationship = relationship("customXml", `../${embeddedPartName}`);

/** The custom XML part's properties part, its relationship to it and its content type. */
export const copyProperties = {
  name: "customXml/itemProps1.xml",
  xml: '<ds:datastoreItem ds:itemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>',
  relationships: {
    name: "customXml/_rels/item1.xml.rels",
    xml: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship("customXmlProps", "itemProps1.xml")}</Relationships>`,
  },
  contentType:
    '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>',
} as const;

/** What the embedded part holds. */
export interface EmbeddedDocument {
  /** FNV-1a (32 bit, hex) of the exported `word/document.xml`. */
  fingerprint: string;
  /** `textFingerprint` of it: the same once an editor saved the unedited file again. */
  text?: string;
  document: unknown;
}

/**
 * The embedded document's JSON as the custom XML part's text. XML cannot hold U+FFFE or U+FFFF,
 * which JSON leaves as they are: inside a JSON string their escapes say the same.
 *
 * @example
 * copyXml('{"a":"<b>"}'); // '<copy xmlns="urn:milepael:copy">{"a":"&lt;b>"}</copy>'
 */
export function copyXml(json: string): string {
  const text = json
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/[\uFFFE\uFFFF]/g, (character) => `\\u${character.charCodeAt(0).toString(16)}`);
  return `<copy xmlns="${copyNamespace}">${text}</copy>`;
}

/**
 * The fingerprint of the text a `word/document.xml` shows: its `w:t` texts, white space left out.
 * Word and LibreOffice write the pages again in runs and markup of their own when they save a file
 * nobody edited; what the pages say is the same, and so is this.
 *
 * @example
 * textFingerprint('<w:r><w:t>Godkendt</w:t></w:r>') === textFingerprint('<w:r><w:t xml:space="preserve">Godk</w:t></w:r><w:r><w:t>endt</w:t></w:r>'); // true
 */
export function textFingerprint(xml: string): string {
  let text = "";
  // `<w:t` followed by a space or `>`: not `w:tab`, `w:tbl` or `w:delText` (deleted in a tracked change).
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)) text += match[1];
  const shown = decodeEntities(text).replace(/\s+/g, "");
  return fingerprintBytes(Uint16Array.from({ length: shown.length }, (_, index) => shown.charCodeAt(index)));
}

/**
 * FNV-1a, 32 bit, of some bytes (or UTF-16 code units), as 8 hex digits: enough to tell whether a part was changed,
 * not a security measure (the embedded document is validated like any other input).
 *
 * @example
 * fingerprintBytes(new TextEncoder().encode("a")); // "e40c292c"
 */
export function fingerprintBytes(bytes: ArrayLike<number>): string {
  let hash = 0x811c9dc5;
  // An indexed loop: the iterator took 300 ms over a 1,000-initiative document.
  for (let index = 0; index < bytes.length; index += 1) {
    hash ^= bytes[index] as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
