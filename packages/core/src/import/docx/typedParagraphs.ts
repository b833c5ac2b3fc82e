import { metadataLabels, otherMetadataLabels, roundsWords } from "../../export/docx/pageTags";
import type { LooseText } from "./looseText";
import type { ParagraphNumbers } from "./paragraphNumbers";

// Text typed into a paragraph outside the tables beside its control (a word after the title, a
// remark after the date) is more than the paper writes there (its label, the ". " after a
// section's number, the space after an initiative's): the tags keep their values, and the text
// is reported where it stands. So is a paragraph typed below the first section's heading, where
// the paper writes no paragraph without a control.

/** The labels the paper writes before a control in a paragraph of its own: "Dato: ", "År: ". */
const paragraphLabels = [
  ...metadataLabels,
  ...otherMetadataLabels,
  ...Object.values(roundsWords).map(({ current }) => ({ label: current })),
].map(({ label }) => `${label}:`);

/**
 * Text typed in Word into a paragraph outside the tables: beside a control in it (`beside`), or a
 * paragraph of its own below the first section's heading. `paragraph`: its number.
 */
export interface TypedInParagraph {
  paragraph: number;
  text: string;
  beside: boolean;
}

/**
 * The paragraphs outside the tables of milepael's paper, as the tagged reader reads them, and what
 * staff typed into them (`found`).
 *
 * @example
 * const typed = new TypedParagraphs(numbers, loose);
 * typed.read(() => reader.visitChildren(paragraph), sectionsSeen);
 * typed.found; // [{ paragraph: 1, text: "(rettet)", beside: true }]
 */
export class TypedParagraphs {
  readonly found: TypedInParagraph[] = [];

  constructor(
    private readonly numbers: ParagraphNumbers,
    private readonly loose: LooseText,
  ) {}

  /** Reads a paragraph by `read`; `belowSections`: the first section's heading came before it. */
  read(read: () => void, belowSections: boolean): void {
    let text = "";
    const paragraph = this.numbers.paragraph(() => {
      text = this.loose.paragraph(read);
    });
    if (paragraph === undefined) return;
    const beside = this.numbers.tagged.has(paragraph);
    const typed = typedInParagraph(text, beside, belowSections);
    if (typed !== "") this.found.push({ paragraph, text: typed, beside });
  }
}

/**
 * What staff typed into a paragraph outside the tables, from its text outside the value controls
 * (`loose`), or "": in a paragraph holding a control (`tagged`), what is more than the paper's
 * label before it and the ". " or space it writes between controls; below the first section's
 * heading (`belowSections`), where the paper writes no paragraph without a control, all of it.
 *
 * @example
 * typedInParagraph("Dato:  (rettet)", true, false); // "(rettet)"
 */
export function typedInParagraph(loose: string, tagged: boolean, belowSections: boolean): string {
  if (!tagged) return belowSections ? loose.trim() : "";
  let rest = loose.trimStart();
  const label = paragraphLabels.find((candidate) => rest.startsWith(candidate));
  if (label !== undefined) rest = rest.slice(label.length);
  return rest.replace(/^[\s.]+/, "").trim();
}
