import type { MilepaelDocument } from "../model/document.schema";

/** cyrb53: a fast 53-bit string hash, well spread, not cryptographic (a name, not a secret). */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A stable id for a document that has none, for calendar UIDs: a short hash of what names it
 * (type and plan kind, title, date, case id, organisation) and of its first entry (the first
 * activity's date and title, or the first initiative's id and title). Exporting the same
 * document again gives the same id, so a calendar updates its events instead of doubling them;
 * two plans that share a title ("Uden titel") still differ by their first activity.
 *
 * @example
 * documentId(plan); // "2k8f0q1x9c7m" (the same every time for this plan)
 */
export function documentId(document: MilepaelDocument): string {
  const { metadata } = document;
  const first =
    document.type === "plan"
      ? [document.planKind, document.activities[0]?.date.text, document.activities[0]?.title]
      : document.type === "meetings"
        ? [document.meetings[0]?.body, document.meetings[0]?.date, document.meetings[0]?.kind]
        : [document.sections[0]?.initiatives[0]?.id, document.sections[0]?.initiatives[0]?.title];
  const parts = [
    document.type,
    metadata.title,
    metadata.date,
    metadata.caseId,
    metadata.organisation,
    ...first,
  ];
  return hash53(JSON.stringify(parts)).toString(36).padStart(11, "0");
}
