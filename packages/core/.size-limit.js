// Size budgets per entry, checked by size-limit in CI (`pnpm size`): each entry bundled the way a
// host's bundler would (esbuild, minified) and gzipped, limits about 10 % above the measured
// sizes (2026-12-01, after decoding and normalisation, meetings, assessment and the Word/PDF
// readers landed: lite 16.9, main 94.0 with its lazy chunks, docx 71.8, pdf 60.4 kB; lite grew by
// the assessment operations, the meetings helpers and decodeText, all zod-free, and every entry by
// the diagnostics catalogue's new messages). The Word and PDF readers are entries of their own so
// nothing else pays for them: `lite`
// and the main entry must not grow by them (the main entry loads them with import() when a .docx
// or PDF comes). pdf.js itself (pdfjs-dist, loaded on the first PDF) is the host's to budget.

/** @param {string} entry  @param {number} limitKb  @param {string[]} [ignore] */
const entry = (entry, limitKb, ignore = []) => ({
  name: `@milepael/core${entry === "index" ? "" : `/${entry}`}`,
  path: `dist/${entry}.js`,
  limit: `${limitKb} kB`,
  gzip: true,
  ignore,
  modifyEsbuildConfig: (config) => ({ ...config, logLevel: "error" }),
});

export default [
  // lite grew 17.1 -> 19.2 kB with `assessmentMessage` (the assessment and rules areas of the
  // catalogue), which took 8 kB off ui's assessment entry that used to bundle the whole catalogue.
  // 2026-12-02, the importers' hardening after an adversarial test (a follow-up CSV grouped by Id
  // with repeated cells compared, the text before a follow-up's first section reported and the
  // standard guide recognised, plan headers in bold, extra cells one finding a row, rich text from
  // JSON made safe, and their messages in both languages): lite 20.0 -> 20.25 (the assessment's
  // two new messages), main -> 108.8, docx -> 84.2, pdf -> 69.2 kB. Limits about 3 % above.
  // 2026-12-02, later: the meetings CSV importer (milepael's decision list read back as meetings,
  // in the main entry beside the other CSV importers; Word and PDF leave it out) and the
  // diagnostics it and the Word copy's findings brought, and every importer reporting the markup it
  // removes: main 108.8 -> 114.1, docx -> 86.4, pdf -> 71.4 kB.
  // 2026-12-02, afternoon: fourteen importer defects from a second adversarial test (amounts read
  // by the sheet's language, kinds written as words, decomposed letters composed, Wingdings symbol
  // characters, Word's bullets, lines ended by a tab, the minutes' absentees, en-dash titles, leap
  // days and times) and the meetings' two new warnings with their messages: main 114.1 -> 116.3,
  // docx -> 87.6, pdf -> 72.5 kB. Limits about 2.5 % above.
  // 2026-12-02, evening: 28 defects from adversarial tests of the meetings and plan importers
  // (absentees' notes and the `note` field, time ranges without "kl.", "Pkt. 3" items, votes before
  // an outcome, headers in Word tables and with the kind above the body, page heads and feet,
  // minutes without labels, plan headers repeated per page and their two info messages, "og"
  // alternatives, "vinter 2017/2018", DD-MM-YYYY dates in the grammar, Alt+Enter lines in plan
  // CSV) and CSV status cells read as smileys: main 116.3 -> 118.6, docx -> 89.6, pdf -> 74.5,
  // lite 20.25 -> 20.96 (the date grammar's additions). Limits about 2 % above.
  // 2026-12-03: 53 defects from three adversarial rounds merged at once (Word's list numbering:
  // list styles, hidden numbers, level restarts, numbered follow-up sections and plan rows; meeting
  // headers: places, substitutes, absentees one per line, "Mødetid:", closed items, eleven more
  // decision wordings; the date grammar: "uge 41/42", deadlines, "maj 17", moved dates, weekdays
  // with a comma, comma lists, times of day): main 118.6 -> 121.9, docx 89.6 -> 92.6, pdf 74.5 ->
  // 76.4, lite 20.96 -> 21.43 kB. Limits about 2 % above.
  // Later that morning, two more rounds merged: the known gaps (primo/ultimo of a year, "Frist:"
  // deadlines, "13-12-17", ambiguous "juni 20", continued absentees, "Indstillingen følges",
  // numbers Word draws in table cells) and Word round trips without the embedded copy (line breaks,
  // tracks, economy amounts, paper headings, removed controls, faces with their status words):
  // lite 21.75, main 123.9, docx 94.3, pdf 77.7, docxExport 21.0 kB, each at its limit. Limits
  // raised about 2 % above, so the next fix is measured, not blocked.
  // Later on 2026-12-03: "primo-medio 2018" and rich text's canonical "&" (kept as written, escaped
  // only where HTML reads a character): lite 21.75 -> 22.08 kB.
  entry("lite", 22.5),
  // 2026-12-03: the Word reader's meetings paper (in the lazy chunks the main entry counts),
  // 124.3 -> 126.57 kB; with the Word reader's removed controls and the copy as custom XML (wt-ctrl
  // below), 129.31 kB. Limit about 2 % above.
  // Later on 2026-12-03: a note typed under the summary of milepael's paper is reported, told from
  // what the paper prints there by the summary's sentences (`summarySentences`), the round labels
  // and the initiatives' titles, and milepael's own Word file given another format says so
  // (`import.format-not-used`): main 131.29 -> 132.33 kB. The Word and PDF entries, which read such
  // a paper's text, carry the sentences too: docx 100.41 -> 101.55, pdf 82.53 -> 83.69 kB. Then
  // the PDF reader's rows cut by page breaks put back together (pdf/continuedRows.ts): pdf 84.36,
  // main (which counts the PDF chunk) 133.05, docx 101.7 kB. Limits about 1 % above.
  // Stop 28 (2026-12-03 afternoon): the CSV importers' one runner finds a sheet's header below its
  // title and padded rows, with the file's delimiter and quotes, and leaves out a repeated header
  // (csvMetadata/sheet.ts); a Word or PDF file given --format csv or json is refused by name; a note
  // typed into the tagged Word paper is reported; the PDF reader keeps a wrapped round label whole
  // and joins a word LibreOffice broke without a hyphen where the PDF prints it whole: main 134.38,
  // pdf 85.14, docx 102.5 kB. Limits about 0.5-1 % above.
  // Stop 29: nothing typed into a document's header or milepael's Word paper is lost any more: a
  // "Dato:" line that is no day is reported (`import.document-date-not-read`, both languages), one
  // without its year read in the document's; text typed beside a control in a paragraph of the
  // paper is reported (`import.docx-typed-beside`), a paragraph typed under a section's heading
  // too: main 134.38 -> 135.77, docx 102.5 -> 103.51 kB (the two new messages, the header's
  // dates, the paper's labels). Limits about 1 % above.
  entry("index", 137, ["pdfjs-dist", "fflate", "saxes"]),
  // docx: 78.9 kB after #22's third round (the date parser's tokenizer by first character and the
  // follow-up reader's fast paths, +0.7) and #16's splits of the importers (+0.2)
  // 2026-12-03: milepael's meetings paper read back from a Word file's pages, 94.5 -> 96.67 kB;
  // with the removed controls' counts and the copy read as custom XML, 99.1 kB. Limit about 2 % above.
  entry("docx", 104.5),
  // 2026-12-03: milepael's meetings paper read back from its report printed to PDF, by the paper's
  // reader the Word entry already carries (the paper's words, its lines, the unread cells' report),
  // 79.3 -> 80.98 kB; the follow-up text reader reads the table of rounds milepael's paper prints
  // under "Om dokumentet" (what a PDF of it, or its Word pages read as text, lost: meeting dates,
  // kinds, the round reported on), and the PDF reader leaves a wrapped header row out whole and
  // tells spaced paragraphs in a cell apart: 79.3 -> 82.53 kB. Limit about 1 % above.
  entry("pdf", 86, ["pdfjs-dist"]),
  // Committee papers (issue #21): docx-export without the docx package it loads on first use
  // (the host budgets that chunk), report the HTML paper. docx-export grew from 17.5 to 20.1 kB
  // with the tagged, lossless pages (a content control per value, the rounds' table). 2026-12-03:
  // 21.0 -> 21.84 kB with each part's count of its controls (a control Word removed is noticed),
  // the copy as a custom XML part with its properties, which Word and LibreOffice keep on saving
  // (they dropped the JSON part nothing related), and the fingerprint of the pages' text.
  // Then 22.6 kB with the meetings paper's every field (below) and canonical rich text.
  entry("docxExport", 23, ["docx"]),
  // 2026-12-03: the meetings paper prints every field (an item's summary, decision authority,
  // case and attachments under its heading, a meeting's municipality, the related documents'
  // table) so its Word file reads back without the copy: report 11.9 -> 12.37 kB; with rich text's
  // canonical "&" (an "&" HTML reads as a character escaped) 12.74 kB. Limit about 2 % above. The
  // reader of that paper is the Word entry's alone (its limit is raised above).
  // Then the follow-up paper prints its rounds under "Om dokumentet" as the Word paper does (the
  // words shared with it, so a PDF of the report reads back with every round's dates): 13.15 kB.
  // Later on 2026-12-03: the chart wraps a round's long label instead of cutting it off, and the
  // summary's words moved to paperSummaryText (shared with the follow-up reader): 13.44 kB. Limit
  // about 1.5 % above.
  entry("report", 13.65),
];
