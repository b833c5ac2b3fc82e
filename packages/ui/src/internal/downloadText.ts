/**
 * Offers text to the reader as a file download: a table's CSV, a wheel's SVG.
 *
 * @example
 * downloadText(csv, "beslutninger.csv", "text/csv;charset=utf-8");
 */
export function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(window.document.createElement("a"), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
}
