// Word and PDF files for the bench, made from generated text without Word or LibreOffice: a .docx
// (a table per initiative, smileys as Wingdings symbols) and a PDF of tables laid out line by line
// in Helvetica, the way a PDF printer draws them.
import { strToU8, zipSync } from "fflate";
import { monthName } from "../dist/lite.js";
import { pdfFile, pdfStream } from "../test/office/pdfSyntax.mjs";

const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const faces = { "☺": "F04A", "😐": "F04B", "☹": "F04C" };

function cellXml(cell) {
  const face = faces[cell.trim()];
  if (face) return `<w:tc><w:p><w:r><w:sym w:font="Wingdings" w:char="${face}"/></w:r></w:p></w:tc>`;
  const paragraphs = [...cell.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1]);
  const texts = paragraphs.length > 0 ? paragraphs : [cell];
  return `<w:tc>${texts.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text.replace(/<[^>]+>/g, ""))}</w:t></w:r></w:p>`).join("")}</w:tc>`;
}

/** A follow-up's text as Word holds it: a table per initiative. */
export function textToDocx(text) {
  let body = "";
  let table = "";
  for (const line of text.split("\n")) {
    if (line.includes("\t")) {
      const cells = line.split("\t");
      if (/Kort beskrivelse af indsatsen/.test(cells[1] ?? "") && table !== "") {
        body += `<w:tbl>${table}</w:tbl>`;
        table = "";
      }
      table += `<w:tr>${cells.map(cellXml).join("")}</w:tr>`;
      continue;
    }
    if (table !== "") body += `<w:tbl>${table}</w:tbl>`;
    table = "";
    if (line.trim() !== "")
      body += `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`;
  }
  if (table !== "") body += `<w:tbl>${table}</w:tbl>`;
  return zipSync({
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${w}"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

const latin1 = (text) =>
  text
    .replace(/[^\x20-\x7E\xA0-\xFF]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/\(/g, "\\(")
    .replace(/\)/g, "\\)");

/** A plan of `pages` pages as a PDF: a header row and dated activity rows, page numbers at the foot. */
export function planPdf(pages) {
  const rowsPerPage = 45;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  const kids = [];
  const months = Array.from({ length: 12 }, (_, index) => monthName(index + 1, "da"));
  for (let page = 0; page < pages; page += 1) {
    let content = "BT /F1 10 Tf\n";
    const put = (x, y, text) => {
      content += `1 0 0 1 ${x} ${y} Tm (${latin1(text)}) Tj\n`;
    };
    if (page === 0) {
      put(72, 770, "Dato: 4. maj 2017");
      put(72, 750, "Implementeringsplan for bench");
    }
    const top = page === 0 ? 720 : 770;
    for (const [text, x] of [
      ["Dato", 72],
      ["Tema", 170],
      ["Aktivitet", 300],
      ["Deltagerkreds", 440],
    ])
      put(x, top, text);
    for (let row = 0; row < rowsPerPage - (page === 0 ? 4 : 0); row += 1) {
      const n = page * rowsPerPage + row;
      const y = top - 15 * (row + 1);
      put(72, y, `${(n % 28) + 1}. ${months[n % 12]}`);
      put(170, y, `Tema ${n % 9}`);
      put(300, y, `Aktivitet nummer ${n}`);
      put(440, y, "Chefgruppen");
    }
    put(290, 30, `Side ${page + 1}`);
    content += "ET";
    objects.push(pdfStream(content));
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`,
    );
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages} >>`;
  return new Uint8Array(pdfFile(objects));
}
