// Builds the small hand-made PDFs: in hostile/ a scanned page (a picture, no text layer), a PDF
// with JavaScript and a form field, one with a form field alone, one with JavaScript in a field's
// action, one that prints on opening (a named action), and a password-protected one; and picture-smileys.pdf, a
// tagged follow-up whose smileys are pictures, one with alt text (as Word's "Save as PDF" tags
// them) and one without. Plain PDF syntax, no tools needed.
//
//   node packages/core/test/office/make-hostile-pdfs.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pdfFile as pdf, pdfStream as stream } from "./pdfSyntax.mjs";

const here = join(dirname(fileURLToPath(import.meta.url)), "hostile");

// A scanned page: one grey picture drawn over the page, no text.
const pixels = "\x80".repeat(16 * 16);
writeFileSync(
  join(here, "scanned.pdf"),
  pdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    stream(
      pixels,
      "/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8 ",
    ),
    stream("q 595 0 0 842 0 0 cm /Im1 Do Q"),
  ]),
);

// Text, JavaScript run on opening, and a form field.
const text =
  "BT /F1 12 Tf 72 760 Td (Dato: 4. maj 2017) Tj 0 -30 Td (Implementeringsplan 2017) Tj ET\nBT /F1 10 Tf 72 700 Td (Dato) Tj 120 0 Td (Aktivitet) Tj ET\nBT /F1 10 Tf 72 685 Td (8. maj) Tj 120 0 Td (Workshop) Tj ET";
/** Objects 2 to 5 of a one-page PDF of `text`: its pages, the page (`pageExtra` added), font and content. */
const textPage = (pageExtra = "") => [
  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R ${pageExtra}>>`,
  "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  stream(text),
];
/** A text field on page 3, `extra` added to its dictionary. */
const field = (extra = "") =>
  `<< /Type /Annot /Subtype /Widget /FT /Tx /T (navn) /V (Jens) /Rect [72 600 300 620] /P 3 0 R ${extra}>>`;
writeFileSync(
  join(here, "javascript-and-form.pdf"),
  pdf([
    "<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /AcroForm << /Fields [7 0 R] >> /Names << /JavaScript << /Names [(start) 6 0 R] >> >> >>",
    ...textPage("/Annots [7 0 R] "),
    "<< /Type /Action /S /JavaScript /JS (app.alert\\('hej'\\); while\\(true\\){}) >>",
    field(),
  ]),
);

// A form field alone (committee PDFs have them): read, with a warning.
writeFileSync(
  join(here, "form.pdf"),
  pdf([
    "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>",
    ...textPage("/Annots [6 0 R] "),
    field(),
  ]),
);

// JavaScript hidden in a form field's action (run when the field is left), none at the document level.
writeFileSync(
  join(here, "field-javascript.pdf"),
  pdf([
    "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>",
    ...textPage("/Annots [6 0 R] "),
    field("/AA << /Bl 7 0 R >> "),
    "<< /Type /Action /S /JavaScript /JS (app.alert\\('hej'\\);) >>",
  ]),
);

// Printing on opening is a named action, not JavaScript: read as any PDF.
writeFileSync(
  join(here, "print-on-open.pdf"),
  pdf(["<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Named /N /Print >> >>", ...textPage()]),
);

// Password-protected: a standard security handler whose user password is not empty.
writeFileSync(
  join(here, "password.pdf"),
  pdf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
      stream("xxxxxxxxxxxxxxxx"),
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${"ab".repeat(32)}> /U <${"cd".repeat(32)}> >>`,
    ],
    `/Encrypt 5 0 R /ID [<${"01".repeat(16)}> <${"01".repeat(16)}>] `,
  ),
);
// A tagged follow-up with picture smileys: the first a Figure with alt text, the second untagged.
const put = (x, y, text) => `BT /F1 10 Tf 1 0 0 1 ${x} ${y} Tm (${text}) Tj ET\n`;
const followUp = [
  put(72, 760, "Tredje opf\xF8lgning p\xE5 Aftale om budget 2017"),
  put(72, 730, "5. Erhverv"),
  put(72, 700, "5.03. Kildedal"),
  put(190, 700, "Kort beskrivelse af indsatsen \\(drift\\)"),
  put(330, 700, "Tid"),
  put(460, 700, "Smiley"),
  put(72, 680, "Beskrivelse"),
  put(190, 680, "Ansvarligt center: By"),
  put(72, 660, "Milep\xE6l"),
  put(190, 660, "F\xF8rste"),
  put(330, 660, "1. budgetopf\xF8lgning 2017"),
  "/Figure << /MCID 0 >> BDC q 10 0 0 10 460 658 cm /Im1 Do Q EMC\n",
  put(72, 640, "Milep\xE6l"),
  put(190, 640, "Anden"),
  put(330, 640, "2. budgetopf\xF8lgning 2017"),
  "q 10 0 0 10 460 638 cm /Im1 Do Q\n",
].join("");
writeFileSync(
  join(here, "..", "picture-smileys.pdf"),
  pdf([
    "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 7 0 R /MarkInfo << /Marked true >> >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /StructParents 0 /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    stream(followUp),
    stream(
      "\x20\xC0\x20\xC0",
      "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 ",
    ),
    "<< /Type /StructTreeRoot /K [8 0 R] /ParentTree 9 0 R >>",
    "<< /Type /StructElem /S /Figure /P 7 0 R /Pg 3 0 R /K 0 /Alt (Gr\xF8n smiley) >>",
    "<< /Nums [0 [8 0 R]] >>",
  ]),
);
console.log("small PDFs written");
