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

/**
 * A table's view as CSV: to the host's handler when it gives one, else downloaded as
 * `<title>.csv`.
 *
 * @example
 * offerCsv(decisionLogCsv(rows, "da"), document.metadata.title || "beslutninger", onExportCsv);
 */
export function offerCsv(csv: string, title: string, onExportCsv?: (csv: string) => void) {
  if (onExportCsv) onExportCsv(csv);
  else downloadText(csv, `${title}.csv`, "text/csv;charset=utf-8");
}
