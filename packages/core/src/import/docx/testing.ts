import { strToU8, unzipSync, zipSync } from "fflate";
import type { BudgetFollowUp } from "../../model/budgetFollowUp.schema";
import { wingdingsFaces, wingdingsSymbol } from "../../status/vocabulary";

const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * A minimal .docx around a body's XML, for tests: the parts Word needs and any extra entries.
 *
 * @example
 * importDocx(wordFile("<w:p><w:r><w:t>Hej</w:t></w:r></w:p>"));
 */
export function wordFile(body: string, extra: Record<string, string | Uint8Array> = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${w}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  };
  for (const [name, content] of Object.entries(extra))
    entries[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(entries);
}

/**
 * A milepael export without the copy of its document, as Word may save it: only its pages are left
 * to read. Throws when the file carries no copy, so a test cannot pass on a file that never had one.
 *
 * @example
 * importDocx(withoutCopy(await exportDocx(meetingsLejre2017))).document;
 */
export function withoutCopy(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  // The copy is the package's custom XML part, with its properties and relationship.
  const parts = Object.keys(files).filter((name) => name.startsWith("customXml/"));
  if (parts.length === 0) throw new Error("the export carries no copy");
  for (const name of parts) delete files[name];
  return zipSync(files);
}

/**
 * A table row of plain cells, for tests.
 *
 * @example
 * wordFile(`<w:tbl>${row("Dato", "Aktivitet")}</w:tbl>`);
 */
export function row(...cells: string[]): string {
  return `<w:tr>${cells.map((cell) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${cell}</w:t></w:r></w:p></w:tc>`).join("")}</w:tr>`;
}

/**
 * A paragraph of plain text, for tests.
 *
 * @example
 * wordFile(paragraph("Implementeringsplan 2017"));
 */
export function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Each face as the Wingdings symbol Word stores for it: "☺" → "F04A". */
const wingdings: Record<string, string> = Object.fromEntries(
  Object.entries(wingdingsFaces).map(([letter, face]) => [
    face,
    wingdingsSymbol(letter).charCodeAt(0).toString(16).toUpperCase(),
  ]),
);

/**
 * A follow-up's or plan's text as Word would hold it, for tests: a table row per tab line (a new
 * table at each initiative), `<p>` blocks as paragraphs of a cell, faces as Wingdings symbols,
 * other lines as paragraphs.
 *
 * @example
 * importDocx(textToWordFile(generateFollowUpText({ initiatives: 3 })));
 */
export function textToWordFile(text: string): Uint8Array {
  const cell = (content: string) => {
    const face = wingdings[content.trim()];
    if (face !== undefined)
      return `<w:tc><w:p><w:r><w:sym w:font="Wingdings" w:char="${face}"/></w:r></w:p></w:tc>`;
    const blocks = [...content.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1] ?? "");
    const paragraphs = (blocks.length > 0 ? blocks : [content]).map(
      (block) =>
        `<w:p><w:r><w:t xml:space="preserve">${escapeXml(block.replace(/<[^>]+>/g, ""))}</w:t></w:r></w:p>`,
    );
    return `<w:tc>${paragraphs.join("")}</w:tc>`;
  };
  let body = "";
  let rows = "";
  const flush = () => {
    if (rows !== "") body += `<w:tbl>${rows}</w:tbl>`;
    rows = "";
  };
  for (const line of text.split("\n")) {
    if (line.includes("\t")) {
      const cells = line.split("\t");
      if (/Kort beskrivelse af indsatsen/.test(cells[1] ?? "")) flush();
      rows += `<w:tr>${cells.map(cell).join("")}</w:tr>`;
      continue;
    }
    flush();
    if (line.trim() !== "") body += paragraph(escapeXml(line));
  }
  flush();
  return wordFile(body);
}

/**
 * A level of an abstract list in `word/numbering.xml`, for tests: its format, its text around the
 * numbers and its first number.
 *
 * @example
 * numberingXml({ 0: numberingLevel(0, "decimal", "%1.") }, { 1: { abstract: "0" } });
 */
export const numberingLevel = (index: number, format: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${index}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

/**
 * `word/numbering.xml` of abstract lists (by id, their levels) and list instances (numId → abstract
 * id, and the levels they restart), for tests.
 *
 * @example
 * wordFile(body, { "word/numbering.xml": numberingXml({ 0: levels }, { 1: { abstract: "0" } }) });
 */
export function numberingXml(
  abstracts: Record<string, string>,
  nums: Record<string, { abstract: string; restart?: Record<number, number> }>,
): string {
  const abstractXml = Object.entries(abstracts)
    .map(([id, levels]) => `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`)
    .join("");
  const numXml = Object.entries(nums)
    .map(
      ([id, { abstract, restart = {} }]) =>
        `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstract}"/>${Object.entries(restart)
          .map(
            ([at, start]) =>
              `<w:lvlOverride w:ilvl="${at}"><w:startOverride w:val="${start}"/></w:lvlOverride>`,
          )
          .join("")}</w:num>`,
    )
    .join("");
  return `<w:numbering xmlns:w="${w}">${abstractXml}${numXml}</w:numbering>`;
}

/**
 * A text as Word would hold it (`textToWordFile`) where Word draws the numbers that `written`
 * matches at a paragraph's start, for tests: those paragraphs become items of a list of `level`
 * (list 1), their written numbers gone.
 *
 * @example
 * withWordNumbers(seed, /[5-7]\. (?=Erhverv)/, numberingLevel(0, "decimal", "%1.", 5));
 */
export function withWordNumbers(text: string, written: RegExp, level: string): Uint8Array {
  const files = unzipSync(textToWordFile(text));
  const numbered = new RegExp(`<w:p>(<w:r><w:t xml:space="preserve">)(?:${written.source})`, "g");
  const document = new TextDecoder()
    .decode(files["word/document.xml"])
    .replace(numbered, '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>$1');
  files["word/document.xml"] = strToU8(document);
  files["word/numbering.xml"] = strToU8(numberingXml({ 0: level }, { 1: { abstract: "0" } }));
  return zipSync(files);
}

/**
 * A Word export as staff may save it, for tests: the file's copy dropped (kept with `keepCopy`)
 * and the `index`th content control tagged `mp:<tag>` taken away, its text left on the page (as
 * Word does when text is typed over a control).
 *
 * @example
 * importDocx(controlRemoved(await exportDocx(followUp), "meta.date"));
 */
export function controlRemoved(bytes: Uint8Array, tag: string, index = 0, keepCopy = false): Uint8Array {
  const files = unzipSync(bytes);
  if (!keepCopy) for (const name of Object.keys(files)) if (name.startsWith("customXml/")) delete files[name];
  const pages = new TextDecoder().decode(files["word/document.xml"]);
  const opening = `<w:sdt><w:sdtPr><w:tag w:val="mp:${tag}`;
  let at = pages.indexOf(opening);
  for (let found = 0; found < index && at >= 0; found += 1) at = pages.indexOf(opening, at + 1);
  if (at < 0) throw new Error(`no control mp:${tag} #${index}`);
  const end = pages.indexOf("</w:sdt>", at) + "</w:sdt>".length;
  const shown = /<w:sdtContent>([\s\S]*)<\/w:sdtContent>/.exec(pages.slice(at, end))?.[1] ?? "";
  files["word/document.xml"] = strToU8(pages.slice(0, at) + shown + pages.slice(end));
  return zipSync(files);
}

/**
 * A follow-up as its paper (Word pages, a PDF of the report) read back says it, for tests: without
 * the guesses its text made (the paper prints each face with its status word), and a line break
 * inside plain text (7.02's milestone in the seed) read as the space it is in HTML.
 *
 * @example
 * expect(importDocx(withoutCopy(await exportDocx(followUp))).document).toEqual(withoutGuesses(followUp));
 */
export function withoutGuesses(document: BudgetFollowUp): BudgetFollowUp {
  return {
    ...document,
    sections: document.sections.map((section) => ({
      ...section,
      initiatives: section.initiatives.map((initiative) => ({
        ...initiative,
        milestones: initiative.milestones.map(({ statusGuessed: _guessed, ...milestone }) => ({
          ...milestone,
          text: milestone.text.includes("<") ? milestone.text : milestone.text.replace(/\s*\n\s*/g, " "),
        })),
      })),
    })),
  };
}
