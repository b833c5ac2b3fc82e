// Plain PDF syntax for the hand-made PDFs (make-hostile-pdfs.mjs) and the bench's (bench/office.mjs).

/** A PDF from its objects (1-based, in order), with a correct cross-reference table. */
export function pdfFile(objects, trailerExtra = "") {
  let body = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
  const offsets = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A stream object of Latin-1 `content`, `extra` entries in its dictionary. */
export const pdfStream = (content, extra = "") =>
  `<< /Length ${Buffer.byteLength(content, "latin1")} ${extra}>>\nstream\n${content}\nendstream`;
