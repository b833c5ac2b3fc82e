// The last step of a Word export, on the packed file rather than the docx package's objects: the
// tag marks become content controls, and the document itself goes into the package beside the
// pages as its custom XML (embedded.ts), so the importer can take exact values while the pages
// say what they were exported as.

import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { MilepaelDocument } from "../../model/document.schema";
import {
  copyProperties,
  copyRelationship,
  copyXml,
  embeddedPartName,
  fingerprintBytes,
  textFingerprint,
} from "./embedded";
import { countedTags, marks } from "./pageTags";
import { applyMarks, type CopyEntry, type TagWriter } from "./tagWriter";

/**
 * Turns the tag marks into content controls, and puts the document itself into the package with
 * the fingerprint of the pages it was written as and what the tags' `c=`/`x=` point at.
 *
 * @example
 * embed(await docx.Packer.pack(file, "uint8array"), followUp, writer); // the .docx's bytes
 */
export function embed(packed: Uint8Array, document: MilepaelDocument, writer: TagWriter): Uint8Array {
  const files = unzipSync(packed);
  const written = files["word/document.xml"];
  const relationships = files["word/_rels/document.xml.rels"];
  const types = files["[Content_Types].xml"];
  if (written === undefined || relationships === undefined || types === undefined) return packed;
  let pages = written;
  let entries: CopyEntry[] = [];
  if (writer.tags.length > 0) {
    const xml = strFromU8(written);
    // Each part's tag says how many value controls it holds, so the importer sees one Word removed.
    const order = [...xml.matchAll(new RegExp(`${marks.open}(\\d+)${marks.openEnd}`, "g"))].map((match) =>
      Number(match[1]),
    );
    const tagged = applyMarks(xml, countedTags(writer.tags, order));
    if (tagged === null) throw new Error("exportDocx: a tag mark was not written as a content control");
    pages = strToU8(tagged);
    files["word/document.xml"] = pages;
    entries = writer.entries;
  }
  files[embeddedPartName] = strToU8(
    copyXml(
      JSON.stringify({
        fingerprint: fingerprintBytes(pages),
        text: textFingerprint(strFromU8(pages)),
        document,
        entries,
      }),
    ),
  );
  files[copyProperties.name] = strToU8(copyProperties.xml);
  files[copyProperties.relationships.name] = strToU8(copyProperties.relationships.xml);
  // The package's default type for .xml (application/xml) is a custom XML part's.
  files["[Content_Types].xml"] = strToU8(
    strFromU8(types).replace("</Types>", `${copyProperties.contentType}</Types>`),
  );
  files["word/_rels/document.xml.rels"] = strToU8(
    strFromU8(relationships).replace("</Relationships>", `${copyRelationship}</Relationships>`),
  );
  return zipSync(files, { level: 6, mtime: new Date("2000-01-01T00:00:00Z") });
}
