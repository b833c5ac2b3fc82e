// The tagging behind a follow-up's Word pages: every value a content control whose tag says what it
// holds (see pageTags.ts), so milepael reads the file back without loss; what a page cannot show
// exactly goes to the copy embedded in the file.

import { marks, markText, type PageTag, shownText } from "./pageTags";
import { paragraphsToRich, richToParagraphs, type TagParagraph } from "./tagParagraphs";

export type Docx = typeof import("docx");
export type DocxParagraph = InstanceType<Docx["Paragraph"]>;
export type DocxTable = InstanceType<Docx["Table"]>;
export type DocxRun = InstanceType<Docx["TextRun"]>;

/** What the file's copy keeps for a tag: the exact value, or the fields the pages do not show. */
export interface CopyEntry {
  value?: string;
  extras?: Record<string, unknown>;
}

/** Writes tagged runs; collects the tags and the copy's entries as it goes. */
export class TagWriter {
  /** The tags in the order written: a part's tag comes after the values its control wraps. */
  readonly tags: PageTag[] = [];
  readonly entries: CopyEntry[] = [];
  /** Numbering instances used so far: each list its own, so an ordered list starts at 1. */
  private lists = 0;

  constructor(readonly docx: Docx) {}

  /** `runs` inside a content control tagged `name`. */
  tagged(name: string, args: Record<string, string>, runs: readonly DocxRun[]): DocxRun[] {
    this.tags.push({ name, args });
    const id = this.tags.length - 1;
    return [
      new this.docx.TextRun(`${marks.open}${id}${marks.openEnd}`),
      ...runs,
      new this.docx.TextRun(marks.close),
    ];
  }

  /** Plain text in a control; what the page cannot hold exactly goes to the copy. */
  text(name: string, value: string, args: Record<string, string> = {}, bold = false): DocxRun[] {
    const exact = shownText(value) === value ? args : { ...args, c: this.entry({ value }) };
    this.tags.push({ name, args: exact });
    // One run with the marks around its text, split into the control after packing: a third of
    // the runs a control of its own would take, and the docx package's time goes by the run.
    const text = `${marks.open}${this.tags.length - 1}${marks.openEnd}${markText(value)}${marks.close}`;
    return [new this.docx.TextRun({ text, bold })];
  }

  /** Sanitised rich text as paragraphs, each in a control (`more=1` after the first). */
  rich(name: string, html: string): DocxParagraph[] {
    // Word's lists here have three levels; deeper items are drawn at the third.
    const paragraphs: TagParagraph[] = richToParagraphs(html).map((paragraph) =>
      paragraph.list === undefined
        ? paragraph
        : { ...paragraph, list: { ...paragraph.list, level: Math.min(paragraph.list.level, 2) } },
    );
    const args = paragraphsToRich(paragraphs) === html ? {} : { c: this.entry({ value: html }) };
    const first = this.lists + 1;
    this.lists += new Set(paragraphs.map((paragraph) => paragraph.list?.group).filter(Boolean)).size;
    return paragraphs.map(
      (paragraph, index) =>
        new this.docx.Paragraph({
          ...(paragraph.list === undefined
            ? {}
            : {
                numbering: {
                  reference: paragraph.list.ordered ? "mp-numbers" : "mp-bullets",
                  level: paragraph.list.level,
                  instance: first + Number(paragraph.list.group ?? 0),
                },
              }),
          children: this.tagged(
            name,
            index === 0 ? args : { more: "1" },
            paragraph.runs.map((run) =>
              run.kind === "break"
                ? new this.docx.TextRun({ text: "", break: 1 })
                : new this.docx.TextRun({ text: markText(run.text), bold: run.bold, italics: run.italic }),
            ),
          ),
        }),
    );
  }

  /** The copy's entry for extras, as the argument `x`, when there are any. */
  extras(source: object, keys: readonly string[]): Record<string, string> {
    const extras = Object.fromEntries(
      Object.entries(source).filter(([key, value]) => keys.includes(key) && value !== undefined),
    );
    return Object.keys(extras).length === 0 ? {} : { x: this.entry({ extras }) };
  }

  private entry(entry: CopyEntry): string {
    this.entries.push(entry);
    return String(this.entries.length - 1);
  }
}

/**
 * Replaces the marks in a packed `word/document.xml` by content controls, tabs and line breaks.
 * Returns null if a mark is left, which would be a bug of the writer.
 *
 * @example
 * applyMarks(xml, countedTags(writer.tags, order)); // "<w:document …><w:sdt>…"
 */
export function applyMarks(xml: string, tags: readonly string[]): string | null {
  const run = (inner: string) => `<w:r><w:t xml:space="preserve">${inner}</w:t></w:r>`;
  const text = '<w:t xml:space="preserve">';
  const open = (id: string) =>
    `<w:sdt><w:sdtPr><w:tag w:val="${escapeAttribute(tags[Number(id)] ?? "")}"/></w:sdtPr><w:sdtContent>`;
  const replaced = xml
    // A value's run: the marks around its text.
    .replace(
      new RegExp(
        `<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?${text}${marks.open}(\\d+)${marks.openEnd}([^<${marks.close}]*)${marks.close}</w:t></w:r>`,
        "g",
      ),
      (_all, properties: string | undefined, id: string, value: string) =>
        `${open(id)}<w:r>${properties ?? ""}${text}${value}</w:t></w:r></w:sdtContent></w:sdt>`,
    )
    // A control around other runs: a run of its own opens it, another closes it.
    .replace(new RegExp(run(`${marks.open}(\\d+)${marks.openEnd}`), "g"), (_all, id: string) => open(id))
    .replaceAll(run(marks.close), "</w:sdtContent></w:sdt>")
    .replaceAll(marks.tab, `</w:t><w:tab/>${text}`)
    .replaceAll(marks.lineBreak, `</w:t><w:br/>${text}`)
    .replaceAll(marks.carriageReturn, `</w:t><w:cr/>${text}`);
  return /[\uFDD0-\uFDD5]/.test(replaced) ? null : replaced;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
