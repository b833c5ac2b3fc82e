// Where the text of each value tag on a follow-up's Word pages goes: tables, so the tagged reader
// (readTaggedPages.ts) sets the plain fields by lookup instead of a case per tag.

/** The part being read that a value goes into: the section, the initiative, a milestone or the economy. */
export type Holder = "section" | "initiative" | "item";

/** The title page fields whose `meta.` tag holds their text as it stands. */
export const textMetadata = ["contactPerson", "phone", "email", "caseId", "organisation"] as const;

/** Tags whose text is a field of the part being read, as it stands. */
export const plainFields: Record<string, readonly [Holder, string]> = {
  "section.number": ["section", "number"],
  "section.title": ["section", "title"],
  "initiative.number": ["initiative", "number"],
  "initiative.title": ["initiative", "title"],
  "initiative.center": ["initiative", "responsibleCenter"],
  "initiative.committee": ["initiative", "responsibleCommittee"],
  "milestone.statusNote": ["item", "statusNote"],
  "economy.statusNote": ["item", "statusNote"],
};

/** Tags whose paragraphs are a rich-text field of the part being read, set when the file is read. */
export const richFields: Record<string, readonly [Holder, string]> = {
  "initiative.description": ["initiative", "description"],
  "initiative.notes": ["initiative", "notes"],
  "milestone.text": ["item", "text"],
  "economy.text": ["item", "text"],
};
