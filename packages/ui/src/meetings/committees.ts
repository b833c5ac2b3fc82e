import type { MeetingsDocument } from "@milepael/core/lite";

/**
 * The key a committee is known by, whatever the spelling: "17, 4-udvalget" and "17,4-udvalget"
 * (text extraction drops or adds spaces), "Udvalget for Kultur & Fritid" and "Udvalget for kultur
 * og fritid" are one committee. Case, spaces and "&" against "og" do not count.
 *
 * @example
 * committeeKey("17, 4-udvalget") === committeeKey("17,4-udvalget"); // true
 */
export function committeeKey(body: string): string {
  return body.normalize("NFKC").toLocaleLowerCase("da").replace(/&/g, " og ").replace(/\s+/g, "");
}

/** A committee as the widgets name it: the first spelling in the document, and the others. */
export interface Committee {
  key: string;
  /** The spelling shown: the first one met in the document. */
  label: string;
  /** Every spelling the document uses, the label first. */
  spellings: string[];
}

/**
 * The committees of a meetings document, one per `committeeKey`, in the order they first appear,
 * and the label to show for each body as written.
 *
 * @example
 * const { list, labelOf } = committees(meetings);
 * labelOf("17,4-udvalget"); // "17, 4-udvalget" when the document first writes it so
 */
export function committees(document: MeetingsDocument): {
  list: Committee[];
  labelOf: (body: string) => string;
} {
  const byKey = new Map<string, Committee>();
  for (const meeting of document.meetings) {
    const key = committeeKey(meeting.body);
    const known = byKey.get(key);
    if (!known) byKey.set(key, { key, label: meeting.body, spellings: [meeting.body] });
    else if (!known.spellings.includes(meeting.body)) known.spellings.push(meeting.body);
  }
  return {
    list: [...byKey.values()],
    labelOf: (body) => byKey.get(committeeKey(body))?.label ?? body,
  };
}
